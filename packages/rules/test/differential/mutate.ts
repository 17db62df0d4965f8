/**
 * Small edits that may or may not keep a schema valid: the inputs where a parser is most likely to disagree with
 * Prisma's (a character too many or too few, a line moved, a token swapped for another one of the grammar).
 */
import { pick, type Random } from './generate.js';

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '"',
  '@',
  '@@',
  '?',
  '[]',
  ',',
  ':',
  '=',
  '.',
  '-',
  '!',
  '//',
  '///',
  '/*',
  '*/',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\\',
  'model',
  'enum',
  'type',
  'view',
  'Int',
  'String',
  '@id',
  '@unique',
  '@default(1)',
  '@map("x")',
  '@relation("R")',
  '@@index([id])',
  '@@map("t")',
  '@ignore',
  '@@ignore',
  '_',
  '1',
  'é',
  '\u00a0',
  '\f',
  '\u0000',
  'Unsupported("x")',
];

function randomIndex(random: Random, text: string): number {
  return Math.floor(random() * (text.length + 1));
}

function lineEdit(random: Random, text: string): string {
  const lines = text.split('\n');
  const at = Math.floor(random() * lines.length);
  const form = random();
  if (form < 0.3) lines.splice(at, 1);
  else if (form < 0.55) lines.splice(at, 0, lines[at]);
  else if (form < 0.8 && at + 1 < lines.length) [lines[at], lines[at + 1]] = [lines[at + 1], lines[at]];
  else lines[at] = lines[at].trim();
  return lines.join('\n');
}

/** Replaces one identifier-like word with another word of the schema (a type, a field, a keyword). */
function wordSwap(random: Random, text: string): string {
  const words = text.match(/[A-Za-z_][A-Za-z0-9_]*/g);
  if (!words || words.length === 0) return text;
  const from = pick(random, words);
  const to = pick(random, words);
  const occurrences: number[] = [];
  for (let i = text.indexOf(from); i >= 0 && occurrences.length < 200; i = text.indexOf(from, i + 1)) occurrences.push(i);
  const at = pick(random, occurrences);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function mutate(random: Random, text: string): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const form = random();
    const at = randomIndex(random, out);
    if (form < 0.25) out = out.slice(0, at) + pick(random, TOKENS) + out.slice(at);
    else if (form < 0.45) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 3));
    else if (form < 0.65) out = lineEdit(random, out);
    else if (form < 0.85) out = wordSwap(random, out);
    else out = out.slice(0, at) + out.slice(at, at + 1) + out.slice(at); // a character doubled
  }
  return out;
}
