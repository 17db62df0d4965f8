import type { GraphIndex } from '../types.js';

/**
 * True when index `a` makes index `b` redundant for look-ups: `b`'s columns are a leading prefix of `a`'s, in order
 * (a B-tree on (x, y) also serves look-ups on x). Uniqueness is not compared: a unique on (x, y) does not replace a
 * unique on x, so callers that care about constraints check the kinds themselves.
 */
export function indexCovers(a: Pick<GraphIndex, 'fields'>, b: Pick<GraphIndex, 'fields'>): boolean {
  if (b.fields.length === 0 || b.fields.length > a.fields.length) return false;
  return b.fields.every((field, i) => a.fields[i] === field);
}
