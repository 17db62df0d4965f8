/**
 * The linter reads schemas the way Prisma does: for every input, Prisma's own engine
 * (`@prisma/prisma-schema-wasm`) and the linter's parser + graph must agree on whether the schema is valid, and on
 * a valid schema the graph must equal Prisma's DMMF (models, views, fields, types, relations, indexes, enums,
 * composite types, documentation comments).
 *
 * DIFFERENTIAL_INPUTS sets the number of inputs (2,000 by default; the nightly-style run uses 20,000:
 * `pnpm --filter @leadmetrics/rules differential`), DIFFERENTIAL_SEED the seed (1).
 */
import { describe, expect, it } from 'vitest';
import { compareWithPrisma, firstDifference, readWithLinter } from './compare.js';
import { generateSchema } from './generate.js';
import { fromDmmf, fromGraph } from './normalized.js';
import { askPrisma } from './prisma-oracle.js';
import { runDifferential } from './run.js';

const INPUTS = Number(process.env.DIFFERENTIAL_INPUTS ?? 2000);
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 1);

describe('differential test against Prisma', () => {
  it(`agrees with Prisma on ${INPUTS} inputs (seed ${SEED})`, { timeout: 60_000 + INPUTS * 300 }, () => {
    const summary = runDifferential(INPUTS, SEED);
    const shown = summary.disagreements
      .slice(0, 30)
      .map((d) => `${d.label}: ${d.disagreement.kind}: ${d.disagreement.detail.slice(0, 300)}`);
    console.log(
      `differential: ${summary.inputs} inputs, Prisma accepted ${summary.prismaAccepted} and rejected ${summary.prismaRejected} ` +
        `(${summary.semanticOnly} only for semantic checks, compared like the others); disagreements: ${summary.disagreements.length}`,
    );
    expect(shown).toEqual([]);
    // Both outcomes must be well represented, or the test proves little.
    expect(summary.prismaAccepted).toBeGreaterThan(summary.inputs * 0.3);
    expect(summary.prismaRejected).toBeGreaterThan(summary.inputs * 0.15);
  });

  it('writes every block kind and comment form the grammar has', () => {
    const seen = new Set<string>();
    const texts: string[] = [];
    for (let seed = 0; seed < 200; seed++) {
      const schema = generateSchema(seed);
      for (const feature of schema.features) seen.add(feature);
      texts.push(schema.text);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['model', 'view', 'type', 'enum', '@@ignore', 'mongodb', 'postgresql']));
    const all = texts.join('\n');
    for (const form of [
      '///',
      '// ',
      '/* ',
      '\r\n',
      'Unsupported("',
      '@@index(',
      '@@unique(',
      '@@id(',
      '@@map(',
      '@relation(',
      '@default(',
      '@db.',
      '@ignore',
      '@updatedAt',
      'sort: Desc',
      'type: Hash',
      '[]',
      '?',
      '\\"',
      '\t',
    ]) {
      expect(all, `no generated schema uses ${JSON.stringify(form)}`).toContain(form);
    }
  });

  it('notices a graph that differs from the DMMF (a lost documentation comment)', () => {
    const text = 'datasource db {\n  provider = "postgresql"\n}\n/// Kept.\nmodel A {\n  id Int @id\n}\n';
    const prisma = askPrisma([['s.prisma', text]]);
    const ours = fromGraph(readWithLinter([['s.prisma', text]]).graph!);
    expect(firstDifference(ours, fromDmmf(prisma.dmmf!))).toBeUndefined();
    ours.models[0].doc = null;
    expect(firstDifference(ours, fromDmmf(prisma.dmmf!))).toMatch(/doc: null != "Kept."/);
  });

  it('notices a schema accepted by one side only', () => {
    const valid = 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n}\n';
    expect(compareWithPrisma([['s.prisma', valid]])).toBeUndefined();
    const saidInvalid = { accepted: false, errors: ['This line is invalid.'], languageError: true };
    expect(compareWithPrisma([['s.prisma', valid]], saidInvalid)?.kind).toBe('we accept what Prisma rejects');
    // A rejection for Prisma's semantic checks alone counts like any other.
    const saidMeaningless = { accepted: false, errors: ['Error validating: ...'], languageError: false };
    expect(compareWithPrisma([['s.prisma', valid]], saidMeaningless)?.kind).toBe('we accept what Prisma rejects');
    const noBackRelation =
      'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n}\nmodel B {\n  id Int @id\n  aId Int\n  a A @relation(fields: [aId], references: [id])\n}\n';
    const prisma = askPrisma([['s.prisma', noBackRelation]]);
    expect(prisma.accepted).toBe(false);
    expect(prisma.languageError).toBe(false);
    expect(compareWithPrisma([['s.prisma', noBackRelation]], prisma)).toBeUndefined();
    // Prisma rejects arguments spread over lines; so must the linter.
    const spread = 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n  x Int\n  @@index([\n    x\n  ])\n}\n';
    expect(askPrisma([['s.prisma', spread]]).accepted).toBe(false);
    expect(compareWithPrisma([['s.prisma', spread]])).toBeUndefined();
  });
});
