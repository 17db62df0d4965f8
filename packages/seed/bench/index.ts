/**
 * `pnpm bench` in packages/seed: rows per second of the seed's COPY loader at the medium scale, against inserting
 * the same rows with the legacy Prisma client's createMany, measured side by side in one run.
 *
 *   1. generate the medium data set once (rows, COPY text, checksums), timed: the generator's own rate;
 *   2. COPY: load that COPY text into a fresh legacy database through seedDatabase's own loader (loadDatabase:
 *      keys and indexes dropped for the load, rebuilt and every row checked after it), timed;
 *   3. createMany: insert the same rows, for the first tables in foreign-key order (about BENCH_CREATE_MANY_ROWS
 *      rows), with the generated legacy Prisma client into another fresh legacy database, timed;
 *   4. seedDatabase end to end (generate + COPY) into a third database, timed, unless BENCH_END_TO_END=0.
 *
 * Environment: DATABASE_URL (server for the throw-away databases; else one is provisioned), BENCH_SCALE (default
 * medium), BENCH_CREATE_MANY_ROWS (default 20000), BENCH_END_TO_END (default 1).
 */
import { createLegacyPrismaClient, createThrowawayDatabase, provisionPostgres, runCliMain, withPgClient } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations';
import type { Row } from '../src/context.js';
import { seedDatabase, type ScaleName } from '../src/index.js';
import { DEFER_CONSTRAINTS_FROM_ROWS, loadDatabase } from '../src/seed-database.js';
import { produceSeed } from '../src/seed-run.js';
import { loadSchema } from '../src/schema/read-schema.js';
import type { FieldInfo, ModelInfo } from '../src/schema/types.js';

const scale = (process.env.BENCH_SCALE ?? 'medium') as ScaleName;
const createManyTarget = Number(process.env.BENCH_CREATE_MANY_ROWS ?? 20_000);
const endToEnd = process.env.BENCH_END_TO_END !== '0';
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

interface Captured {
  model: ModelInfo;
  columns: FieldInfo[];
  rows: number;
  chunks: Buffer[];
}

async function legacyDatabase(serverUrl: string, prefix: string) {
  const db = await createThrowawayDatabase(serverUrl, { prefix });
  await applyFolders(db.url, ['0_baseline'], { via: 'sql' });
  return db;
}

async function main(): Promise<void> {
  const server = await provisionPostgres();
  console.log(`bench: PostgreSQL from ${server.provider} (${server.serverVersion.split(' ').slice(0, 2).join(' ')}), scale ${scale}`);
  const dbs: { url: string; dispose(): Promise<void> }[] = [];
  try {
    const copyDb = await legacyDatabase(server.url, 'seed_bench_copy');
    const prismaDb = await legacyDatabase(server.url, 'seed_bench_prisma');
    dbs.push(copyDb, prismaDb);

    // 1. Generate once, keeping the COPY text of every table and the rows of the createMany subset.
    const captured: Captured[] = [];
    const subset: { model: ModelInfo; rows: Row[] }[] = [];
    let subsetRows = 0;
    let start = process.hrtime.bigint();
    const generated = await produceSeed(
      { scale, seed },
      {
        onTable: (t) => {
          const take = subsetRows < createManyTarget && t.rowCount > 0;
          if (take) {
            subset.push({ model: t.model, rows: [] });
            subsetRows += t.rowCount;
          }
          captured.push({ model: t.model, columns: t.columns, rows: t.rowCount, chunks: [...t.chunks()] });
        },
        onRows: (model, rows) => {
          const entry = subset.find((s) => s.model === model);
          if (entry) for (const row of rows) entry.rows.push(row);
        },
        onDeferred: () => {
          throw new Error('the bench does not replay deferred keys; the legacy schema has none');
        },
      },
    );
    const generateSeconds = seconds(start);
    const rows = generated.manifest.totalRows;

    // 2. COPY, through seedDatabase's own loader.
    const schema = loadSchema();
    start = process.hrtime.bigint();
    await loadDatabase(
      copyDb.url,
      schema,
      { deferConstraints: generated.plan.plannedRows >= DEFER_CONSTRAINTS_FROM_ROWS },
      async (sink) => {
        for (const table of captured) await sink.table({ ...table, rowCount: table.rows, chunks: () => table.chunks });
      },
    );
    const copySeconds = seconds(start);
    const activity = schema.modelByName.get('Activity')!.table;
    const loaded = await withPgClient(copyDb.url, (client) => client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${activity}"`));
    if (loaded.rows[0]!.n !== generated.manifest.tables[activity]!.rows) throw new Error('COPY lost rows');

    // 3. createMany of the same rows.
    const prisma = await createLegacyPrismaClient(prismaDb.url);
    const prismaRows = subset.map(({ model, rows: r }) => ({ model, data: r.map((row) => toPrisma(model, row)) }));
    start = process.hrtime.bigint();
    for (const { model, data } of prismaRows) {
      const delegate = (prisma as unknown as Record<string, { createMany(args: { data: Row[] }): Promise<{ count: number }> }>)[
        model.name.charAt(0).toLowerCase() + model.name.slice(1)
      ]!;
      const { count } = await delegate.createMany({ data });
      if (count !== data.length) throw new Error(`createMany inserted ${count} of ${data.length} ${model.name} rows`);
    }
    const createManySeconds = seconds(start);
    await prisma.$disconnect();

    // 4. The seed end to end.
    let seedSeconds: number | undefined;
    if (endToEnd) {
      const seedDb = await legacyDatabase(server.url, 'seed_bench_seed');
      dbs.push(seedDb);
      start = process.hrtime.bigint();
      const manifest = await seedDatabase({ databaseUrl: seedDb.url, scale, seed });
      seedSeconds = seconds(start);
      if (JSON.stringify(manifest.tables) !== JSON.stringify(generated.manifest.tables))
        throw new Error('seedDatabase produced other data than the generation run');
    }

    const copyRate = rows / copySeconds;
    const createManyRate = subsetRows / createManySeconds;
    const bytes = captured.reduce((n, t) => n + t.chunks.reduce((m, c) => m + c.length, 0), 0);
    console.log('');
    console.log(`rows at ${scale}:               ${fmt(rows)} in ${captured.length} tables (${fmt(bytes / 1e6)} MB of COPY text)`);
    console.log(
      `generation (no database):    ${generateSeconds.toFixed(1).padStart(6)} s  ${fmt(rows / generateSeconds).padStart(9)} rows/s`,
    );
    console.log(`COPY load:                   ${copySeconds.toFixed(1).padStart(6)} s  ${fmt(copyRate).padStart(9)} rows/s`);
    console.log(
      `createMany (${String(subset.length).padStart(2)} tables):      ${createManySeconds.toFixed(1).padStart(6)} s  ${fmt(createManyRate).padStart(9)} rows/s (${fmt(subsetRows)} rows)`,
    );
    if (seedSeconds !== undefined)
      console.log(`seedDatabase (end to end):   ${seedSeconds.toFixed(1).padStart(6)} s  ${fmt(rows / seedSeconds).padStart(9)} rows/s`);
    console.log(`COPY / createMany:           ${(copyRate / createManyRate).toFixed(1)}x`);
    console.log('');
    console.log(
      `target COPY >= ${fmt(TARGET_ROWS_PER_SECOND)} rows/s:  ${copyRate >= TARGET_ROWS_PER_SECOND ? 'met' : 'NOT met'} (${fmt(copyRate)})`,
    );
    console.log(
      `target COPY >= ${TARGET_RATIO}x createMany:     ${copyRate / createManyRate >= TARGET_RATIO ? 'met' : 'NOT met'} (${(copyRate / createManyRate).toFixed(1)}x)`,
    );
  } finally {
    for (const db of dbs) await db.dispose();
    await server.dispose();
  }
}

runCliMain('bench', async () => {
  await main();
  return 0;
});
