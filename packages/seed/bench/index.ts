/**
 * `pnpm bench` in packages/seed: rows per second of the seed's COPY loader at the medium scale, against inserting
 * the same rows with the legacy Prisma client's createMany, measured side by side in one run.
 *
 *   1. generation alone (no database): how fast rows are made, encoded and hashed;
 *   2. seedDatabase at medium into a fresh legacy database: generate + COPY, end to end;
 *   3. createMany of the same rows (same seed) for the first tables in foreign-key order, about BENCH_CREATE_MANY_ROWS
 *      rows, into another fresh legacy database.
 *
 * Environment: DATABASE_URL (a server to create the throw-away databases on; else one is provisioned),
 * BENCH_SCALE (default medium), BENCH_CREATE_MANY_ROWS (default 60000).
 */
import { createLegacyPrismaClient, createThrowawayDatabase, provisionPostgres } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations/apply.js';
import type { Row } from '../src/context.js';
import { seedDatabase, type ScaleName } from '../src/index.js';
import { run } from '../src/run.js';
import type { ModelInfo } from '../src/schema/types.js';

const scale = (process.env.BENCH_SCALE ?? 'medium') as ScaleName;
const createManyTarget = Number(process.env.BENCH_CREATE_MANY_ROWS ?? 60_000);
const seed = 1;
const TARGET_ROWS_PER_SECOND = 150_000;
const TARGET_RATIO = 10;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * A row as the Prisma client takes it: Date for DateTime; a SQL NULL in a Json column is left out (Prisma wants
 * Prisma.DbNull there, and an omitted nullable column is NULL all the same).
 */
function toPrisma(model: ModelInfo, row: Row): Row {
  const out: Row = {};
  for (const f of model.fields) {
    const v = row[f.name];
    if (v === undefined || (f.type === 'Json' && v === null)) continue;
    out[f.name] = f.type === 'DateTime' && typeof v === 'number' ? new Date(v) : v;
  }
  return out;
}

async function main(): Promise<void> {
  const server = await provisionPostgres();
  console.log(`bench: PostgreSQL from ${server.provider} (${server.serverVersion.split(' ').slice(0, 2).join(' ')}), scale ${scale}`);
  const copyDb = await createThrowawayDatabase(server.url, { prefix: 'seed_bench_copy' });
  const prismaDb = await createThrowawayDatabase(server.url, { prefix: 'seed_bench_prisma' });
  try {
    await applyFolders(copyDb.url, ['0_baseline'], { via: 'sql' });
    await applyFolders(prismaDb.url, ['0_baseline'], { via: 'sql' });

    // 1. Generation alone.
    let start = process.hrtime.bigint();
    const generated = await run({ scale, seed }, { onTable: (t) => { for (const _ of t.chunks()); } });
    const generateSeconds = seconds(start);
    const rows = generated.manifest.totalRows;

    // 2. The seed: generate and COPY in one transaction.
    start = process.hrtime.bigint();
    const manifest = await seedDatabase({ databaseUrl: copyDb.url, scale, seed });
    const seedSeconds = seconds(start);
    if (manifest.totalRows !== rows) throw new Error('the seeded run and the generation run produced different row counts');

    // 3. createMany of the same rows (same seed) for the first tables in foreign-key order.
    const subset: { model: ModelInfo; rows: Row[] }[] = [];
    let subsetRows = 0;
    await run({ scale, seed }, {
      onTable: (t) => {
        if (subsetRows < createManyTarget && t.rowCount > 0) {
          subset.push({ model: t.model, rows: t.rows });
          subsetRows += t.rowCount;
        }
      },
    });
    const client = await createLegacyPrismaClient(prismaDb.url);
    const prismaRows = subset.map(({ model, rows: r }) => ({ model, data: r.map((row) => toPrisma(model, row)) }));
    start = process.hrtime.bigint();
    for (const { model, data } of prismaRows) {
      const delegate = (client as unknown as Record<string, { createMany(args: { data: Row[] }): Promise<{ count: number }> }>)[
        model.name.charAt(0).toLowerCase() + model.name.slice(1)
      ]!;
      const { count } = await delegate.createMany({ data });
      if (count !== data.length) throw new Error(`createMany inserted ${count} of ${data.length} ${model.name} rows`);
    }
    const createManySeconds = seconds(start);
    await client.$disconnect();

    const seedRate = rows / seedSeconds;
    const createManyRate = subsetRows / createManySeconds;
    const loadOnlySeconds = Math.max(1e-9, seedSeconds - generateSeconds);
    console.log('');
    console.log(`rows at ${scale}:                 ${fmt(rows)} in ${Object.keys(manifest.tables).length} tables`);
    console.log(`generation only:               ${generateSeconds.toFixed(1)} s  ${fmt(rows / generateSeconds)} rows/s`);
    console.log(`seed (generate + COPY):        ${seedSeconds.toFixed(1)} s  ${fmt(seedRate)} rows/s`);
    console.log(`  of which loading (estimate): ${loadOnlySeconds.toFixed(1)} s  ${fmt(rows / loadOnlySeconds)} rows/s`);
    console.log(`createMany (${subset.length} tables):       ${createManySeconds.toFixed(1)} s  ${fmt(createManyRate)} rows/s for ${fmt(subsetRows)} rows`);
    console.log(`COPY seed / createMany:        ${(seedRate / createManyRate).toFixed(1)}x`);
    console.log('');
    console.log(`target >= ${fmt(TARGET_ROWS_PER_SECOND)} rows/s: ${seedRate >= TARGET_ROWS_PER_SECOND ? 'met' : 'NOT met'} (${fmt(seedRate)})`);
    console.log(`target >= ${TARGET_RATIO}x createMany:     ${seedRate / createManyRate >= TARGET_RATIO ? 'met' : 'NOT met'} (${(seedRate / createManyRate).toFixed(1)}x)`);
  } finally {
    await copyDb.dispose();
    await prismaDb.dispose();
    await server.dispose();
  }
}

main().catch((error) => {
  console.error(`bench: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
