/**
 * Status fields of the legacy schema are plain strings whose allowed values are listed in a comment, e.g.
 * `status String @default("draft") // draft | review | approved | published`. The seed draws statuses from that
 * list, so it must read it.
 */

const TOKEN = /^(?:[a-z][a-z0-9_.-]*[a-z0-9]|[a-z]|[A-Z][A-Z0-9_]*)$/;
const STOPWORDS = new Set([
  'and',
  'or',
  'the',
  'a',
  'an',
  'of',
  'to',
  'is',
  'by',
  'for',
  'with',
  'from',
  'on',
  'in',
  'at',
  'fk',
  'id',
  'eg',
  'ie',
  'etc',
  'see',
  'set',
  'null',
]);
const isValue = (word: string) => TOKEN.test(word) && !STOPWORDS.has(word.toLowerCase());
const caseClass = (word: string) => (word === word.toUpperCase() ? 'upper' : 'lower');
// Lists in this schema's comments use `|` for alternatives and `->` for lifecycle order. Commas are not taken as
// separators: in prose they separate words, not values ("Free-text reason given by the actor, if any").
const SEPARATORS = /\s*(?:\||→|->|=>)\s*/;

/**
 * The longest run of two or more identifiers separated by `|`, `->` or `→` in a comment,
 * plus the field's default when the comment forgot it. Returns [] when the comment lists no values.
 */
export function parseAllowedValues(comment: string, defaultValue?: string): string[] {
  let best: string[] = [];
  // A comment may hold several clauses ("draft | published. Set by the scheduler"): try each.
  for (const clause of comment.split(/\.(?=\s|$)|[;:()[\]]/)) {
    const parts = clause
      .replace(/["'`]/g, ' ')
      .split(SEPARATORS)
      .map((p) => p.trim());
    let run: string[] = [];
    const close = () => {
      // A list is written in one case; a run mixing cases is prose, not values.
      const consistent = run.every((w) => caseClass(w) === caseClass(run[0]!));
      if (consistent && run.length > best.length) best = run;
      run = [];
    };
    parts.forEach((part, i) => {
      const words = part.split(/\s+/).filter(Boolean);
      if (words.length === 1 && isValue(words[0]!)) {
        run.push(words[0]!);
        return;
      }
      // A part of several words ("one of draft" / "published once approved") ends a list with its first word
      // and may start one with its last word.
      if (i > 0 && words.length > 0 && isValue(words[0]!)) run.push(words[0]!);
      close();
      const last = words[words.length - 1];
      if (i < parts.length - 1 && last && isValue(last)) run = [last];
    });
    close();
  }
  if (best.length < 2) best = [];
  const unique = [...new Set(best)];
  if (defaultValue && unique.length > 0 && !unique.includes(defaultValue)) unique.unshift(defaultValue);
  return unique;
}

/** Integers listed as alternatives in a comment (`// -1 | 1`, `// 301 | 302 | 307 | 308`), or []. */
export function parseAllowedIntegers(comment: string): number[] {
  const match = /(-?\d+)(\s*\|\s*-?\d+)+/.exec(comment);
  return match ? match[0].split('|').map((x) => Number(x.trim())) : [];
}
