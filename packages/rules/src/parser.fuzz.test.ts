/**
 * Fuzzing the parser with the legacy schema: thousands of random line and character mutations (deleted, duplicated,
 * swapped) from a seeded generator, so a failure is reproducible from its seed and index. Each mutant must either
 * parse or fail with a SchemaParseError that points inside the text, and none may take more than 100 ms of CPU time
 * (a sign of backtracking or a loop). A regular sample also builds the strict graph (whose name checks must fail the same
 * positioned way) and runs every rule on what parsed (rules must not crash on odd but valid schemas).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from './engine.js';
import { buildGraph } from './graph.js';
import { parseSchema } from './parser.js';
import { SchemaParseError } from './types.js';

const LEGACY = fileURLToPath(new URL('../../db/prisma/legacy/schema.prisma', import.meta.url));
const MUTANTS = 10_000;
const SEED = 20_241_128;
const MAX_MS = 100;
/** Building the strict graph and linting cost more than parsing; they run on a regular sample of the mutants. */
const GRAPH_EVERY = 4;
const LINT_EVERY = 250;

/** mulberry32: a tiny seeded PRNG, enough for reproducible fuzzing. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A mutation edits the text directly (string slices, no line array), since building 10,000 copies of a 3,500-line
 * array would cost as much as parsing them. A line is chosen by a random position inside it.
 */
type Mutation = (text: string, random: () => number) => string;

const pick = (n: number, random: () => number) => Math.floor(random() * n);

/** Characters the grammar cares about, so character mutations hit interesting places as often as plain text. */
const SYNTAX = '{}[]()"@/\\=:,?\n\t ';

/** Start and end (exclusive, without its line break) of the line holding position `at`. */
function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/** Index where 1-based `line` starts, or -1 when the text has fewer lines. */
function lineStart(text: string, line: number): number {
  if (line < 1) return -1;
  let at = 0;
  for (let n = 1; n < line; n++) {
    at = text.indexOf('\n', at) + 1;
    if (at === 0) return -1;
  }
  return at;
}

const mutations: Record<string, Mutation> = {
  deleteLine(text, random) {
    const [start, end] = lineAround(text, pick(text.length, random));
    return text.slice(0, start) + text.slice(end + 1);
  },
  duplicateLine(text, random) {
    const [start, end] = lineAround(text, pick(text.length, random));
    return `${text.slice(0, end)}\n${text.slice(start)}`;
  },
  swapLines(text, random) {
    let [a0, a1] = lineAround(text, pick(text.length, random));
    let [b0, b1] = lineAround(text, pick(text.length, random));
    if (a0 === b0) return text;
    if (b0 < a0) [a0, a1, b0, b1] = [b0, b1, a0, a1];
    return text.slice(0, a0) + text.slice(b0, b1) + text.slice(a1, b0) + text.slice(a0, a1) + text.slice(b1);
  },
  deleteChar(text, random) {
    const at = pick(text.length, random);
    return text.slice(0, at) + text.slice(at + 1);
  },
  duplicateChar(text, random) {
    const at = pick(text.length, random);
    return text.slice(0, at + 1) + text.slice(at);
  },
  swapChars(text, random) {
    const at = pick(text.length - 1, random);
    return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  },
  insertSyntaxChar(text, random) {
    const at = pick(text.length + 1, random);
    return text.slice(0, at) + SYNTAX[pick(SYNTAX.length, random)] + text.slice(at);
  },
};
const mutationNames = Object.keys(mutations);

/**
 * Parses (and, when asked, builds the strict graph, which validates names), timing it in CPU time: a runaway parse
 * burns CPU, while a test machine busy with other work only stretches the wall-clock time.
 */
function parseMutant(text: string, withGraph: boolean): { error?: unknown; elapsed: number } {
  const started = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  try {
    const ast = parseSchema(text, 'mutant.prisma');
    if (withGraph) buildGraph([ast], { strict: true });
    return { elapsed: cpuMs() };
  } catch (error) {
    return { error, elapsed: cpuMs() };
  }
}

const source = readFileSync(LEGACY, 'utf8');

describe(`parser fuzz (${MUTANTS} mutants of the legacy schema)`, () => {
  it('the unmutated schema parses', () => {
    expect(() => buildGraph([parseSchema(source, 'schema.prisma')], { strict: true })).not.toThrow();
  });

  // Mostly 10,000 parses of a 3,500-line schema (about 1.5 ms each when the machine is idle); the generous timeout
  // only keeps a machine busy with other work from failing the run.
  it('every mutant parses or fails with a positioned SchemaParseError, each within 100 ms', { timeout: 600_000 }, () => {
    // Warm up first: the limit is about runaway parsing, not about V8 compiling the parser on its first calls.
    for (let w = 0; w < 20; w++) buildGraph([parseSchema(source, 'warm-up.prisma')], { strict: true });
    lint({ sources: [{ file: 'warm-up.prisma', text: source }], config: {} });
    const random = prng(SEED);
    const counts = { parsed: 0, rejected: 0 };
    const failures: string[] = [];
    let slowest = 0;
    for (let n = 0; n < MUTANTS; n++) {
      let text = source;
      const applied: string[] = [];
      const steps = 1 + pick(3, random);
      for (let s = 0; s < steps; s++) {
        const name = mutationNames[pick(mutationNames.length, random)];
        text = mutations[name](text, random);
        applied.push(name);
      }
      const withGraph = n % GRAPH_EVERY === 0;
      const outcome = parseMutant(text, withGraph);
      if (outcome.elapsed > MAX_MS) {
        // A runaway parse is slow on every attempt; a pause of the machine (GC, another process) is not.
        const again = parseMutant(text, withGraph);
        if (again.elapsed > MAX_MS)
          failures.push(`#${n} (${applied.join(', ')}): took ${outcome.elapsed.toFixed(1)} and ${again.elapsed.toFixed(1)} ms`);
      }
      slowest = Math.max(slowest, Math.min(outcome.elapsed, MAX_MS));
      const { error } = outcome;
      if (error === undefined) {
        counts.parsed++;
        // Rules must cope with any schema that parses; linting every mutant would take minutes, so sample.
        if (n % LINT_EVERY === 0) {
          try {
            lint({ sources: [{ file: 'mutant.prisma', text }], config: {} });
          } catch (lintError) {
            failures.push(`#${n} (${applied.join(', ')}): lint threw ${(lintError as Error).stack}`);
          }
        }
      } else if (!(error instanceof SchemaParseError)) {
        failures.push(`#${n} (${applied.join(', ')}): ${(error as Error).stack}`);
      } else {
        counts.rejected++;
        const { file, line, column } = error.pos;
        const start = lineStart(text, line);
        const lineLength = start < 0 ? -1 : lineAround(text, start)[1] - start;
        if (file !== 'mutant.prisma' || start < 0 || column < 1 || column > lineLength + 1) {
          failures.push(`#${n} (${applied.join(', ')}): position ${line}:${column} outside the text: ${error.message}`);
        }
      }
      if (failures.length >= 5) break;
    }
    expect(failures).toEqual([]);
    // Both outcomes must occur, or the mutations are not exercising the parser.
    expect(counts.parsed).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(0);
    expect(counts.parsed + counts.rejected).toBe(MUTANTS);
    expect(slowest).toBeLessThanOrEqual(MAX_MS);
  });
});

/** Repeats `unit` until the text holds `count` copies, numbering each (`{n}` in the unit). */
function repeated(unit: string, count: number): string {
  const parts = new Array<string>(count);
  for (let n = 0; n < count; n++) parts[n] = unit.replaceAll('{n}', String(n));
  return parts.join('');
}

describe('parser fuzz: large and deeply nested inputs', () => {
  it('lints 20,000 similar models under one parent without a stack overflow, in linear work', { timeout: 120_000 }, () => {
    const count = 20_000;
    const parent = `model Owner {\n  id String @id\n${repeated('  items{n} Item{n}Entry[]\n', count)}}\n`;
    const children = repeated(
      'model Item{n}Entry {\n  id String @id\n  ownerId String\n  owner Owner @relation(fields: [ownerId], references: [id])\n  status String // open | closed\n  lines Json\n}\n',
      count,
    );
    const result = lint({ text: parent + children, config: {} });
    expect(result.errors).toEqual([]);
    expect(result.graph!.models).toHaveLength(count + 1);
    // Every report names one model: one finding per model at most per rule, never one per pair of models.
    const perRule = new Map<string, number>();
    for (const report of result.reports) perRule.set(report.ruleId, (perRule.get(report.ruleId) ?? 0) + 1);
    for (const [ruleId, reports] of perRule) expect(reports, ruleId).toBeLessThanOrEqual(count + 1);
  });

  it('rejects values nested past the limit with a positioned error, at any depth, without a stack overflow', () => {
    for (const depth of [33, 1_000, 200_000]) {
      const text = `model A {\n  id Int @id @default(${'['.repeat(depth)}${']'.repeat(depth)})\n}\n`;
      expect(() => parseSchema(text, 'deep.prisma'), `depth ${depth}`).toThrow(SchemaParseError);
    }
    const calls = `model A {\n  id Int @id @default(${'f('.repeat(100_000)}${')'.repeat(100_000)})\n}\n`;
    expect(() => parseSchema(calls, 'deep.prisma')).toThrow(/nested more than/);
  });

  it('reads one very long line, a very long comment block and a field with thousands of attributes', () => {
    const longName = `n${'x'.repeat(200_000)}`;
    const docs = repeated('/// line {n} of the documentation\n', 50_000);
    const attributes = repeated(' @map("c{n}")', 5_000);
    const text = `${docs}model A {\n  id Int @id\n  ${longName} String${attributes}\n}\n`;
    const [block] = parseSchema(text, 'long.prisma').blocks;
    expect(block.doc!.split('\n')).toHaveLength(50_000);
    expect(block.fields[1].name).toHaveLength(longName.length);
    expect(block.fields[1].attributes).toHaveLength(5_000);
  });
});
