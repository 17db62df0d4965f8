/**
 * Simple English plural and singular for identifiers (`entry` <-> `entries`, `status` <-> `statuses`). Not a full
 * inflector: it covers the regular patterns and the irregular words that show up in schemas. Case of the first
 * letter is kept, so `Company` -> `Companies`.
 */
const IRREGULAR: Array<[singular: string, plural: string]> = [
  ['person', 'people'],
  ['child', 'children'],
  ['man', 'men'],
  ['woman', 'women'],
  ['mouse', 'mice'],
  ['criterion', 'criteria'],
  ['analysis', 'analyses'],
  ['index', 'indices'],
  ['matrix', 'matrices'],
  ['leaf', 'leaves'],
  ['life', 'lives'],
];
/** Words that are the same in both forms. */
const UNCOUNTABLE = new Set([
  'data',
  'media',
  'metadata',
  'information',
  'equipment',
  'news',
  'series',
  'species',
  'feedback',
  'settings',
  'analytics',
]);

const pluralOf = new Map(IRREGULAR);
const singularOf = new Map(IRREGULAR.map(([s, p]) => [p, s]));

function keepCase(original: string, result: string): string {
  return original[0] && original[0] !== original[0].toLowerCase() ? result[0].toUpperCase() + result.slice(1) : result;
}

/** Applies `transform` to the last word of a camel-case name: `blogPost` -> `blogPosts`. */
function onLastWord(name: string, transform: (word: string) => string): string {
  const match = /([A-Z]?[a-z0-9]*)$/.exec(name);
  const last = match && match[1] ? match[1] : name;
  const head = name.slice(0, name.length - last.length);
  return head + keepCase(last, transform(last.toLowerCase()));
}

export function plural(name: string): string {
  return onLastWord(name, (w) => {
    if (UNCOUNTABLE.has(w) || singularOf.has(w)) return w;
    const irregular = pluralOf.get(w);
    if (irregular) return irregular;
    if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
    return `${w}s`;
  });
}

export function singular(name: string): string {
  return onLastWord(name, (w) => {
    if (UNCOUNTABLE.has(w) || pluralOf.has(w)) return w;
    const irregular = singularOf.get(w);
    if (irregular) return irregular;
    if (w.length <= 3 || /(ss|us|is)$/.test(w)) return w;
    if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
    if (/(sses|ches|shes|xes|zes|uses)$/.test(w)) return w.slice(0, -2);
    if (w.endsWith('s')) return w.slice(0, -1);
    return w;
  });
}
