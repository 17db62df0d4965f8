// Preflight against the migrations it plans, side by side on the same seeded database: how long the
// read-only preflight takes on the `medium` seed (about a million rows) as a share of the time the
// migrations then take on it, applied as a team adopts them: the folders before the pause, the backfill
// and its release, the folders after the pause (timed with pg). Target: under 10%. Preflight's time is the median of three runs after a warm-up; the
// migrations can only run once.
//
//   pnpm --filter @leadmetrics/preflight exec tsx bench/preflight.ts [--scale medium] [--write-costs]
//
// --write-costs also seeds the demo scale and writes src/migration-costs.json: per folder, the
// rows it met (as preflight counts them) and the milliseconds it took, at both scales; preflight fits its
// duration estimates through these points. The same run prints how close the estimates were.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createThrowawayDatabase, provisionPostgres, withPgClient } from '@leadmetrics/db';
import { applyFolders, BASELINE_FOLDER, type AppliedFolder } from '@leadmetrics/db/migrations';
import { releaseContracts, runBackfill, splitAtPause } from '@leadmetrics/db/online';
import { loadDemoMapping, seedDatabase, type ScaleName } from '@leadmetrics/seed';
import {
  costsFile,
  formatDuration,
  readCosts,
  runPreflight,
  stringifyToDepth,
  type CostsData,
  type PreflightResult,
} from '../src/index.js';

export interface PreflightBenchResult {
  scale: ScaleName;
  rows: number;
  preflightMs: number;
  /** The whole adoption: folders before the pause, backfill, release, folders after the pause. */
  migrationsMs: number;
  /** The backfill and release alone (part of migrationsMs; no folder's estimate covers it). */
  backfillMs: number;
  /** preflightMs / migrationsMs. */
  ratio: number;
  /** Sum of preflight's estimates / the migrations' real time (1 = spot on). */
  estimateAccuracy: number;
  perFolder: { folder: string; rows: number; ms: number; estimateMs: number }[];
}

export interface PreflightBenchOptions {
  scale?: ScaleName;
  /** A server to create the throw-away database on; default: DATABASE_URL, else an embedded PostgreSQL. */
  serverUrl?: string;
  log?: (line: string) => void;
}

/** Seeds a legacy database at `scale`, runs preflight on it, then applies every folder, timing both. */
export async function benchPreflight(options: PreflightBenchOptions = {}): Promise<PreflightBenchResult> {
  const scale = options.scale ?? 'medium';
  const log = options.log ?? ((line: string) => console.error(line));
  const provisioned = options.serverUrl ? undefined : await provisionPostgres();
  const server = options.serverUrl ?? provisioned!.url;
  const db = await createThrowawayDatabase(server, { prefix: `lm_bench_preflight_${scale}` });
  try {
    await applyFolders(db.url, [BASELINE_FOLDER]);
    // A production database that never used our migrations has no Prisma history.
    await withPgClient(db.url, (client) => client.query('DROP TABLE "_prisma_migrations"'));
    log(`seeding ${scale} ...`);
    const manifest = await seedDatabase({ databaseUrl: db.url, scale, seed: 1 });
    await loadDemoMapping(db.url);
    log(`seeded ${manifest.totalRows.toLocaleString('en-US')} rows`);
    // A production database has been vacuumed; a freshly loaded one has not, and whatever reads it first
    // pays for setting hint bits on every page while autovacuum and the checkpointer compete for the
    // disk. Settle that for both sides before timing either (CHECKPOINT needs a privileged role; without
    // one the background checkpoint simply runs on).
    await withPgClient(db.url, async (client) => {
      await client.query('VACUUM ANALYZE');
      await client.query('CHECKPOINT').catch(() => {});
    });

    // One warm-up (module loading, the reference), then the median of three measured runs.
    await runPreflight({ databaseUrl: db.url });
    const runs: { ms: number; result: PreflightResult }[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const result = await runPreflight({ databaseUrl: db.url });
      runs.push({ ms: performance.now() - started, result });
    }
    runs.sort((a, b) => a.ms - b.ms);
    const { ms: preflightMs, result: preflight } = runs[1]!;
    log(
      `preflight: ${runs.map((r) => formatDuration(r.ms)).join(', ')} (${preflight.state.stage}, ${preflight.plan.length} folders planned)`,
    );

    const started = performance.now();
    const { applied, backfillMs } = await adoptPlan(
      db.url,
      preflight.plan.map((e) => e.folder),
    );
    const migrationsMs = performance.now() - started;
    log(`migrations: ${formatDuration(migrationsMs)} (backfill and release ${formatDuration(backfillMs)})`);

    const perFolder = preflight.plan.map((entry) => ({
      folder: entry.folder,
      rows: entry.rowsTouched,
      ms: applied.find((a) => a.name === entry.folder)!.durationMs,
      estimateMs: entry.estimate.ms,
    }));
    return {
      scale,
      rows: manifest.totalRows,
      preflightMs,
      migrationsMs,
      backfillMs,
      ratio: preflightMs / migrationsMs,
      // Preflight estimates what `prisma migrate deploy` runs, folder by folder; the backfill is its own command.
      estimateAccuracy: perFolder.reduce((s, f) => s + f.estimateMs, 0) / perFolder.reduce((s, f) => s + f.ms, 0),
      perFolder,
    };
  } finally {
    await db.dispose();
    await provisioned?.dispose();
  }
}

/**
 * Applies the planned folders the way RUNBOOK.md walks a team through them: the contract folders
 * refuse until the backfill has finished and been released, so one `applyFolders` over the plan stops.
 */
async function adoptPlan(databaseUrl: string, plan: readonly string[]): Promise<{ applied: AppliedFolder[]; backfillMs: number }> {
  const { beforePause, afterPause } = splitAtPause(plan);
  const applied = await applyFolders(databaseUrl, beforePause);
  const backfillStarted = performance.now();
  if (afterPause.length > 0) {
    await runBackfill(databaseUrl, { pauseMs: 0 });
    await releaseContracts(databaseUrl);
  }
  const backfillMs = performance.now() - backfillStarted;
  applied.push(...(await applyFolders(databaseUrl, afterPause)));
  return { applied, backfillMs };
}

export function printPreflightBench(result: PreflightBenchResult): void {
  const percent = (result.ratio * 100).toFixed(1);
  console.log(`preflight vs migrations on the ${result.scale} seed (${result.rows.toLocaleString('en-US')} rows)`);
  console.log(`  preflight   ${formatDuration(result.preflightMs)}`);
  console.log(`  migrations  ${formatDuration(result.migrationsMs)} (of which backfill and release ${formatDuration(result.backfillMs)})`);
  console.log(`  ratio       ${percent}% of the migrations' time (target < 10%: ${result.ratio < 0.1 ? 'met' : 'NOT met'})`);
  console.log(`  estimates   ${(result.estimateAccuracy * 100).toFixed(0)}% of the real time (100% = exact)`);
}

/** Writes migration-costs.json from benches at several scales. */
export function writeCosts(results: readonly PreflightBenchResult[], measuredOn: string): CostsData {
  const folders: CostsData['folders'] = {};
  for (const result of results) {
    for (const f of result.perFolder)
      (folders[f.folder] ??= []).push({ scale: result.scale, rows: f.rows, ms: Math.round(f.ms * 10) / 10 });
  }
  const data: CostsData = {
    $comment:
      'Written by bench/preflight.ts --write-costs: per migration folder, the rows of the tables it reads or changes (as preflight counts them) and the milliseconds it took, per seed scale. Preflight fits its duration estimates through these points.',
    measuredOn,
    folders,
  };
  writeFileSync(costsFile, stringifyToDepth(data, 3));
  return data;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const scale = (args.includes('--scale') ? args[args.indexOf('--scale') + 1] : 'medium') as ScaleName;
  const server = await provisionPostgres({ log: (line) => console.error(line) });
  try {
    const main = await benchPreflight({ scale, serverUrl: server.url });
    printPreflightBench(main);
    if (args.includes('--write-costs')) {
      const small = await benchPreflight({ scale: 'demo', serverUrl: server.url });
      writeCosts([small, main], `${server.serverVersion.split(' ').slice(0, 2).join(' ')} (${server.provider})`);
      console.log(`wrote ${costsFile} (${Object.keys(readCosts()!.folders).length} folders)`);
    }
  } finally {
    await server.dispose();
  }
}
