import type { GraphField, GraphModel } from '../types.js';

/**
 * True when what is written about a field or model (its `///` doc and `//` comments) matches `pattern`.
 * Matching is case-insensitive unless the pattern says otherwise by carrying its own flags.
 */
export function hasCommentMatching(node: GraphField | GraphModel, pattern: RegExp | string): boolean {
  if (!node.commentText) return false;
  const regex = typeof pattern === 'string' ? new RegExp(pattern, 'i') : pattern;
  regex.lastIndex = 0;
  return regex.test(node.commentText);
}
