/**
 * The differential inputs, in one place for the test and the nightly-style command: generated schemas, mutations
 * of generated schemas, and mutations of the legacy schema (plus the legacy schema itself).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareWithPrisma, type Disagreement } from './compare.js';
import { generateSchema, seededRandom } from './generate.js';
import { mutate } from './mutate.js';
import { askPrisma } from './prisma-oracle.js';

export const LEGACY_SCHEMA = fileURLToPath(new URL('../../../db/prisma/legacy/schema.prisma', import.meta.url));

export interface DifferentialCase {
  label: string;
  files: [string, string][];
}

const SCALARS = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes']);

/**
 * A valid piece of the legacy schema: its configuration blocks, every enum, and a run of consecutive models with the
 * relation fields that point outside the run left out. Prisma needs seconds for the whole legacy schema on a busy
 * machine, so most legacy-based inputs are mutations of such pieces; the whole schema is mutated now and then.
 */
export function legacyExcerpt(random: () => number, legacy: string, models = 8): string {
  const blocks = legacy.split(/\n(?=(?:\/\/\/[^\n]*\n)*(?:model|enum|view|type|datasource|generator) )/);
  const isModel = (block: string) => /^(?:\/\/\/[^\n]*\n)*(model|view) /.test(block);
  const modelBlocks = blocks.filter(isModel);
  const start = Math.floor(random() * Math.max(1, modelBlocks.length - models));
  const chosen = modelBlocks.slice(start, start + models);
  const kept = [...blocks.filter((b) => !isModel(b)), ...chosen];
  const declared = new Set(kept.map((b) => /^(?:\/\/\/[^\n]*\n)*\w+ (\w+)/.exec(b)?.[1]));
  const fieldType = /^\s+\w+\s+([A-Z]\w*)[?[\]]*(\s|$)/;
  return kept
    .map((block) =>
      block
        .split('\n')
        .filter((line) => {
          const type = fieldType.exec(line)?.[1];
          return !type || SCALARS.has(type) || declared.has(type);
        })
        .join('\n'),
    )
    .join('\n');
}

/** Input number `n` of a run seeded with `seed`: the same pair always gives the same text. */
export function differentialCase(seed: number, n: number, legacy: string): DifferentialCase {
  const random = seededRandom(seed * 1_000_003 + n);
  const generated = () => generateSchema(seed * 7919 + n).text;
  if (n % 500 === 499) return { label: `mutated legacy #${n}`, files: [['schema.prisma', mutate(random, legacy)]] };
  const form = n % 20;
  if (form < 8) return { label: `generated #${n}`, files: [['schema.prisma', generated()]] };
  if (form < 17) return { label: `mutated generated #${n}`, files: [['schema.prisma', mutate(random, generated())]] };
  if (form < 18) return { label: `legacy excerpt #${n}`, files: [['schema.prisma', legacyExcerpt(random, legacy)]] };
  return { label: `mutated legacy excerpt #${n}`, files: [['schema.prisma', mutate(random, legacyExcerpt(random, legacy))]] };
}

export interface DifferentialSummary {
  inputs: number;
  prismaAccepted: number;
  prismaRejected: number;
  /** Rejected by Prisma only for its semantic checks (what attributes, relations and values mean), not for grammar or names. */
  semanticOnly: number;
  disagreements: { label: string; text: string; disagreement: Disagreement }[];
}

export function runDifferential(inputs: number, seed = 1): DifferentialSummary {
  const legacy = readFileSync(LEGACY_SCHEMA, 'utf8');
  const summary: DifferentialSummary = { inputs: 0, prismaAccepted: 0, prismaRejected: 0, semanticOnly: 0, disagreements: [] };
  const cases: DifferentialCase[] = [{ label: 'legacy schema', files: [['schema.prisma', legacy]] }];
  for (let n = 0; cases.length < inputs; n++) cases.push(differentialCase(seed, n, legacy));
  for (const input of cases) {
    summary.inputs++;
    const prisma = askPrisma(input.files);
    if (prisma.accepted) summary.prismaAccepted++;
    else summary.prismaRejected++;
    const disagreement = compareWithPrisma(input.files, prisma);
    if (!prisma.accepted && !prisma.languageError) summary.semanticOnly++;
    if (disagreement) summary.disagreements.push({ label: input.label, text: input.files[0][1], disagreement });
  }
  return summary;
}
