// Step 3: a real PostgreSQL (embedded by default, or the --database-url server), a throw-away
// database on it, the baseline applied with `prisma migrate deploy`, the seed with its planted
// anomalies, the row count of every table, then every migration (or the --only closure) applied
// with `prisma migrate deploy`, exactly as a user would.
import path from 'node:path';
import { checkedServerVersion, provisionPostgres, withPgClient } from '@leadmetrics/db';
import type { ScaleName } from '@leadmetrics/seed';
import { located, type Step, type Stopwatch } from '../runner.js';
import type { VerifyContext } from '../context.js';
import * as harness from '@leadmetrics/db/migrations';
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
  const loaded = await watch.time('value mapping', () => loadMappingFile({ databaseUrl: url, file: demoMappingFile, displayName: displayPath(demoMappingFile) }));
  if (loaded.problems.length > 0) return loaded.problems.map((message) => ({ message, where: displayPath(demoMappingFile) }));
  ctx.log(`value mapping: ${loaded.entries.length} entries loaded from ${displayPath(demoMappingFile)}`);
  const applied = new Set(ctx.state.plan?.toApply ?? []);
  ctx.state.valuesBefore = {
    mapping: loaded.entries,
    // Only the columns of folders this run applies: with --only, the others keep their old type on purpose.
    columns: await watch.time('capture converted columns', () => captureColumns(url, loaded.columns.filter((c) => applied.has(c.folder)), loaded.liveNames)),
  };
  return [];
}

export const migrateStep: Step<MigrateDetails> = {
  id: 'migrate',
  title: 'Provision PostgreSQL, apply the baseline, seed with anomalies, apply the migrations',
  async run(ctx, watch) {
    const dir = ctx.paths.migrationsDir;
    const { plan, problems } = selectFoldersToApply(ctx.findings, dir, ctx.options.catalogFile, ctx.options.only);
    ctx.state.plan = plan;

    const server = await watch.time('provision', async () => {
      if (ctx.options.databaseUrl) {
        const url = ctx.options.databaseUrl;
        const version = await checkedServerVersion(url, '--database-url');
        return { url, provider: '--database-url', serverVersion: version };
      }
      const provisioned = await provisionPostgres({ env: ctx.options.env, log: ctx.log });
      ctx.onCleanup(() => provisioned.dispose(), { keepable: true });
      return { url: provisioned.url, provider: provisioned.provider, serverVersion: provisioned.serverVersion };
    });
    ctx.state.server = server;
    ctx.log(`PostgreSQL from ${server.provider}: ${server.serverVersion.split(' ').slice(0, 2).join(' ')}`);
    const db = await ctx.createDatabase('lm_verify', { keepable: true });
    // Work that needs only the server and the corrected schema runs while we seed and migrate:
    // the drift check's from-scratch database, and the generated client (when it is stale).
    if (!ctx.options.only) {
      void fromScratch(ctx);
      ctx.state.clientReady ??= ensureGeneratedClient(ctx).then(
        () => null,
        (error: unknown) => error as Error,
      );
    }
    ctx.state.database = db;

    await watch.time('baseline', () => harness.applyFolders(db.url, [harness.BASELINE_FOLDER], { via: 'prisma', dir }));
    ctx.log(`${harness.BASELINE_FOLDER} applied with prisma migrate deploy`);

    let shownTenth = 0;
    const manifest = await watch.time('seed', async () => {
      try {
        return await seedDatabase({
          databaseUrl: db.url,
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
    ctx.state.manifest = manifest;
    const planted = Object.entries(manifest.anomalies).filter(([, a]) => a.count > 0).length;
    ctx.log(
      `seeded ${thousands(manifest.totalRows)} rows (scale ${manifest.scale}, seed ${manifest.seed}), ${planted} anomaly kinds planted`,
    );

    const rowsBefore = await watch.time('count rows', () => harness.countTableRows(db.url));
    ctx.state.rowsBefore = rowsBefore;
    ctx.state.censusBefore = await watch.time('column census', () => takeCensus(db.url));
    ctx.state.meaningBefore = await watch.time('meaning before', () => captureMeaning(db.url, ctx.findings, plan.toApply));
    const seedProblems: Problem[] = [];
    for (const [table, entry] of Object.entries(manifest.tables)) {
      if (rowsBefore[table] !== entry.rows) {
        seedProblems.push({
          message: `table ${table}: the seed's manifest says ${entry.rows} rows, the database holds ${rowsBefore[table] ?? 'no such table'}`,
          where: `table ${table}`,
        });
      }
    }

    // The operator's step before migrating: the value mapping, checked and loaded; then the old values
    // of the columns it concerns, for the accounting step's row-by-row check of their meaning.
    const mappingProblems = await loadValueMapping(ctx, db.url, watch);
    if (mappingProblems.length > 0) {
      return {
        summary: `the value mapping ${displayPath(demoMappingFile)} does not fit the seeded database`,
        problems: [...problems, ...seedProblems, ...mappingProblems],
      };
    }

    ctx.log(`applying ${plan.toApply.length} migration folder(s) with prisma migrate deploy`);
    let applied: { name: string; durationMs: number }[];
    try {
      applied = await watch.time('migrate deploy', () => harness.applyFolders(db.url, plan.toApply, { via: 'prisma', dir }));
    } catch (error) {
      const e = error as Error & { folder?: string; file?: string };
      return {
        summary: `migration ${e.folder ?? '?'} failed to apply`,
        problems: [...problems, ...seedProblems, { message: e.message, where: e.file ? displayPath(e.file) : displayPath(dir) }],
      };
    }
    const recorded = await withPgClient(db.url, (client) => harness.appliedMigrations(client));
    const missing = [harness.BASELINE_FOLDER, ...plan.toApply].filter((name) => !recorded.includes(name));
    for (const name of missing) {
      problems.push({
        message: `prisma migrate deploy finished, but _prisma_migrations does not record ${name} as applied`,
        where: displayPath(path.join(dir, name)),
      });
    }
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
