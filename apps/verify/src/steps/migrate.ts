// Step 3: a real PostgreSQL (embedded by default, or the --database-url server), a throw-away
// database on it, the baseline applied with `prisma migrate deploy`, the seed with its planted
// anomalies, the row count of every table, then every migration (or the --only closure) applied
// with `prisma migrate deploy`, exactly as a user would: the folders up to the pause, the backfill
// (`pnpm backfill`), the release, then the contract folders (prisma/ONLINE.md).
import path from 'node:path';
import { checkedServerVersion, provisionPostgres, withPgClient } from '@leadmetrics/db';
import { applyPhasedChain } from '@leadmetrics/db/online';
import type { Manifest, ScaleName } from '@leadmetrics/seed';
import { located, type Step, type Stopwatch } from '../runner.js';
import type { VerifyContext } from '../context.js';
import * as harness from '@leadmetrics/db/migrations';
import type { TableCounts } from '@leadmetrics/db/migrations';
import { seedDatabase } from '@leadmetrics/seed';
import { takeCensus } from '../lib/census.js';
import { captureMeaning } from '../lib/meaning.js';
import { ensureGeneratedClient } from '../lib/client.js';
import { fromScratch } from '../lib/from-scratch.js';
import { selectFoldersToApply } from '../lib/plan.js';
import { captureColumns } from '../lib/value-meaning.js';
import { demoMappingFile, displayPath } from '../paths.js';
import { loadMappingFile } from '@leadmetrics/preflight';
import type { Problem } from '../types.js';

export interface MigrateDetails {
  provider: string;
  serverVersion: string;
  database: string;
  applied: { name: string; durationMs: number }[];
  notApplied: string[];
  seed: { scale: string; seed: number; totalRows: number; tables: number; anomalies: Record<string, number> };
  rowsBefore: number;
}

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Loads the seed's demo value mapping through preflight, as an operator loads theirs, and keeps the old
 * value of every row of each column it concerns (ctx.state.valuesBefore). Returns the file's problems.
 */
async function loadValueMapping(ctx: VerifyContext, url: string, watch: Stopwatch): Promise<Problem[]> {
  const loaded = await watch.time('value mapping', () =>
    loadMappingFile({ databaseUrl: url, file: demoMappingFile, displayName: displayPath(demoMappingFile) }),
  );
  if (loaded.problems.length > 0) return loaded.problems.map((message) => ({ message, where: displayPath(demoMappingFile) }));
  ctx.log(`value mapping: ${loaded.entries.length} entries loaded from ${displayPath(demoMappingFile)}`);
  const applied = new Set(ctx.state.plan?.toApply ?? []);
  ctx.state.valuesBefore = {
    mapping: loaded.entries,
    // Only the columns of folders this run applies: with --only, the others keep their old type on purpose.
    columns: await watch.time('capture converted columns', () =>
      captureColumns(
        url,
        loaded.columns.filter((c) => applied.has(c.folder)),
        loaded.liveNames,
      ),
    ),
  };
  return [];
}

type MigrateContext = VerifyContext;
type MigrateWatch = Stopwatch;
type FolderPlan = ReturnType<typeof selectFoldersToApply>['plan'];

/** The server: --database-url as given (version checked), else one provisioned for this run. */
async function provisionServer(
  ctx: MigrateContext,
  watch: MigrateWatch,
): Promise<{ url: string; provider: string; serverVersion: string }> {
  return watch.time('provision', async () => {
    if (ctx.options.databaseUrl) {
      const url = ctx.options.databaseUrl;
      const version = await checkedServerVersion(url, '--database-url');
      return { url, provider: '--database-url', serverVersion: version };
    }
    const provisioned = await provisionPostgres({ env: ctx.options.env, log: ctx.log });
    ctx.onCleanup(() => provisioned.dispose(), { keepable: true });
    return { url: provisioned.url, provider: provisioned.provider, serverVersion: provisioned.serverVersion };
  });
}

/**
 * Work that needs only the server and the corrected schema runs while we seed and migrate: the drift check's
 * from-scratch database, and the generated client (when it is stale).
 */
function startSideWork(ctx: MigrateContext): void {
  if (ctx.options.only) return;
  void fromScratch(ctx);
  ctx.state.clientReady ??= ensureGeneratedClient(ctx).then(
    () => null,
    (error: unknown) => error as Error,
  );
}

/** The legacy data with its planted anomalies, with progress every tenth of a large seed. */
async function seedLegacy(ctx: MigrateContext, url: string, watch: MigrateWatch): Promise<Manifest> {
  let shownTenth = 0;
  return watch.time('seed', async () => {
    try {
      return await seedDatabase({
        databaseUrl: url,
        scale: ctx.options.scale as ScaleName,
        seed: ctx.options.seed,
        schemaPath: ctx.paths.legacySchema,
        // The database is one verify just created for itself, so seeding it is safe on any host.
        allowRemote: true,
        onProgress: (p) => {
          if (p.phase !== 'generate' || p.rowsPlanned < 50_000) return;
          const tenth = Math.floor((10 * p.rowsDone) / p.rowsPlanned);
          if (tenth > shownTenth) {
            shownTenth = tenth;
            ctx.log(`seeding: ${thousands(p.rowsDone)} of ~${thousands(p.rowsPlanned)} rows (${p.tablesDone}/${p.tablesTotal} tables)`);
          }
        },
      });
    } catch (error) {
      throw located(
        `seeding the legacy database failed (scale ${ctx.options.scale}, seed ${ctx.options.seed}): ${(error as Error).message}`,
        'packages/seed',
        error,
      );
    }
  });
}

/** Row counts, column census and meaning before the migrations; problems where the database disagrees with the manifest. */
async function captureBefore(
  ctx: MigrateContext,
  url: string,
  plan: FolderPlan,
  manifest: Manifest,
  watch: MigrateWatch,
): Promise<{ rowsBefore: TableCounts; seedProblems: Problem[] }> {
  const rowsBefore = await watch.time('count rows', () => harness.countTableRows(url));
  ctx.state.rowsBefore = rowsBefore;
  ctx.state.censusBefore = await watch.time('column census', () => takeCensus(url));
  ctx.state.meaningBefore = await watch.time('meaning before', () => captureMeaning(url, ctx.findings, plan.toApply));
  const seedProblems: Problem[] = [];
  for (const [table, entry] of Object.entries(manifest.tables)) {
    if (rowsBefore[table] !== entry.rows) {
      seedProblems.push({
        message: `table ${table}: the seed's manifest says ${entry.rows} rows, the database holds ${rowsBefore[table] ?? 'no such table'}`,
        where: `table ${table}`,
      });
    }
  }
  return { rowsBefore, seedProblems };
}

/** The phased chain through prisma migrate deploy, the backfill at the pause; a failure as a problem naming the folder. */
async function applyChain(
  ctx: MigrateContext,
  url: string,
  dir: string,
  plan: FolderPlan,
  watch: MigrateWatch,
): Promise<{ applied: { name: string; durationMs: number }[] } | { failure: { summary: string; problem: Problem } }> {
  ctx.log(`applying ${plan.toApply.length} migration folder(s) with prisma migrate deploy, the backfill at the pause`);
  try {
    const phased = await watch.time('migrate deploy', () =>
      applyPhasedChain(url, {
        via: 'prisma',
        dir,
        folders: plan.toApply,
        atPause: async () => ctx.log('pause point: expand folders applied and backfilled; contract folders next'),
      }),
    );
    for (const b of phased.backfill) ctx.log(`backfill ${b.expandFolder}: ${b.outcome}, ${thousands(b.rows)} rows in ${b.batches} batches`);
    return { applied: [...phased.expand, ...phased.contract] };
  } catch (error) {
    const e = error as Error & { folder?: string; file?: string };
    return {
      failure: {
        summary: `migration ${e.folder ?? '?'} failed to apply`,
        problem: { message: e.message, where: e.file ? displayPath(e.file) : displayPath(dir) },
      },
    };
  }
}

/** Folders prisma migrate deploy should have recorded in _prisma_migrations but did not. */
async function unrecordedFolders(url: string, dir: string, plan: FolderPlan): Promise<Problem[]> {
  const recorded = await withPgClient(url, (client) => harness.appliedMigrations(client));
  return [harness.BASELINE_FOLDER, ...plan.toApply]
    .filter((name) => !recorded.includes(name))
    .map((name) => ({
      message: `prisma migrate deploy finished, but _prisma_migrations does not record ${name} as applied`,
      where: displayPath(path.join(dir, name)),
    }));
}

export const migrateStep: Step<MigrateDetails> = {
  id: 'migrate',
  title: 'Provision PostgreSQL, apply the baseline, seed with anomalies, apply the migrations',
  async run(ctx, watch) {
    const dir = ctx.paths.migrationsDir;
    const { plan, problems } = selectFoldersToApply(ctx.findings, dir, ctx.options.catalogFile, ctx.options.only);
    ctx.state.plan = plan;

    const server = await provisionServer(ctx, watch);
    ctx.state.server = server;
    ctx.log(`PostgreSQL from ${server.provider}: ${server.serverVersion.split(' ').slice(0, 2).join(' ')}`);
    const db = await ctx.createDatabase('lm_verify', { keepable: true });
    startSideWork(ctx);
    ctx.state.database = db;

    await watch.time('baseline', () => harness.applyFolders(db.url, [harness.BASELINE_FOLDER], { via: 'prisma', dir }));
    ctx.log(`${harness.BASELINE_FOLDER} applied with prisma migrate deploy`);
    const manifest = await seedLegacy(ctx, db.url, watch);
    ctx.state.manifest = manifest;
    const planted = Object.entries(manifest.anomalies).filter(([, a]) => a.count > 0).length;
    ctx.log(
      `seeded ${thousands(manifest.totalRows)} rows (scale ${manifest.scale}, seed ${manifest.seed}), ${planted} anomaly kinds planted`,
    );
    const { rowsBefore, seedProblems } = await captureBefore(ctx, db.url, plan, manifest, watch);

    // The operator's step before migrating: the value mapping, checked and loaded; then the old values
    // of the columns it concerns, for the accounting step's row-by-row check of their meaning.
    const mappingProblems = await loadValueMapping(ctx, db.url, watch);
    if (mappingProblems.length > 0) {
      return {
        summary: `the value mapping ${displayPath(demoMappingFile)} does not fit the seeded database`,
        problems: [...problems, ...seedProblems, ...mappingProblems],
      };
    }

    const chain = await applyChain(ctx, db.url, dir, plan, watch);
    if ('failure' in chain) return { summary: chain.failure.summary, problems: [...problems, ...seedProblems, chain.failure.problem] };
    const { applied } = chain;
    const missing = await unrecordedFolders(db.url, dir, plan);
    problems.push(...missing);
    if (missing.length === 0) ctx.state.migrated = true;

    const notApplied = plan.onDisk.filter((name) => name !== harness.BASELINE_FOLDER && !plan.toApply.includes(name));
    const anomalies = Object.fromEntries(Object.entries(manifest.anomalies).map(([kind, a]) => [kind, a.count]));
    return {
      summary:
        `${problems.length + seedProblems.length > 0 ? `${problems.length + seedProblems.length} problem(s) with the catalog, folders or seed; ` : ''}` +
        `${server.provider}; baseline + ${thousands(manifest.totalRows)} seeded rows + ${applied.length} migration(s) applied${notApplied.length ? ` (${notApplied.length} not applied: --only)` : ''}`,
      problems: [...problems, ...seedProblems],
      details: {
        provider: server.provider,
        serverVersion: server.serverVersion,
        database: db.name,
        applied: applied.map((a) => ({ name: a.name, durationMs: Math.round(a.durationMs) })),
        notApplied,
        seed: {
          scale: manifest.scale,
          seed: manifest.seed,
          totalRows: manifest.totalRows,
          tables: Object.keys(manifest.tables).length,
          anomalies,
        },
        rowsBefore: Object.entries(rowsBefore)
          .filter(([table]) => !harness.BOOKKEEPING_TABLES.includes(table))
          .reduce((a, [, n]) => a + n, 0),
      },
    };
  },
};
