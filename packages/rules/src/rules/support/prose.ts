/** Wording helpers for rule messages. Nothing here knows a model of any particular schema. */

/** `a`, `a and b`, `a, b and c`: items joined as a sentence would list them. */
export function joinAsProse(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
