// runVerify(options): the whole proof in-process, returning the result object (the CLI, the
// tests and the benchmark all call this). Steps run in order; the report is written at the end;
// the databases it made (and the server, when it started one) are removed unless `keep`.
import path from 'node:path';
import { createThrowawayDatabase, describeDatabaseUrl } from '@leadmetrics/db';
import { loadFindingsCatalog } from '@leadmetrics/db';
import type { Database, ResolvedOptions, VerifyContext } from './context.js';
import { buildFindingRows } from './findings-table.js';
import { defaultCatalogFile, defaultPrismaDir, prismaPaths } from './paths.js';
import { writeReports } from './report/write.js';
import { runSteps, type RunnerEvent, type Step } from './runner.js';
import { accountingStep } from './steps/accounting.js';
import { catalogStep } from './steps/catalog.js';
import { driftStep } from './steps/drift.js';
import { erasureStep } from './steps/erasure.js';
import { lintCorrectedStep } from './steps/lint-corrected.js';
import { lintLegacyStep } from './steps/lint-legacy.js';
import { migrateStep } from './steps/migrate.js';
import { smokeStep } from './steps/smoke.js';
import type { StepId, StepResult, VerifyResult } from './types.js';

/** The eight steps of the proof, in the order they run. */
export const STEPS: readonly Step[] = [
  lintLegacyStep,
  lintCorrectedStep,
  migrateStep,
  accountingStep,
  driftStep,
  catalogStep,
  erasureStep,
  smokeStep,
] as Step[];

export interface VerifyOptions {
  /** A prisma folder holding legacy/schema.prisma, schema/ and migrations/ (default: packages/db/prisma). */
  prismaDir?: string;
  /** The findings catalog (default: packages/db/catalog/findings.json). */
  catalogFile?: string;
  /** Seed scale (default demo). */
  scale?: string;
  /** Seed number (default 1). */
  seed?: number;
  /** A PostgreSQL server to use instead of the embedded one; verify creates and drops its own databases on it. */
  databaseUrl?: string | null;
  /** Leave the migrated database (and the server verify started) up; call result.release() to remove them. */
  keep?: boolean;
  /** Cherry-pick: apply only these findings' migrations (and what they depend on). */
  only?: number[] | null;
  /** Directory for verify-report.md and verify-report.json; null to write none. Default: ./verify-report. */
  reportDir?: string | null;
  /**
   * Run only these steps (the others are skipped as "not selected"). For tests that only need
   * part of the proof; a partial run is never reported as passed.
   */
  steps?: StepId[];
  /** Progress, step by step. */
  onEvent?: (event: RunnerEvent) => void;
  env?: NodeJS.ProcessEnv;
}

/** A mistake in the options: nothing ran. */
export class VerifyUsageError extends Error {
  override name = 'VerifyUsageError';
}

/** Where the report goes by default: verify-report/ in the directory the user ran the command from. */
export function defaultReportDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), 'verify-report');
}

/** The seed's scale names, or null while the seed package cannot say (step 3 then reports it). */
async function knownScales(): Promise<string[] | null> {
  try {
    const { SCALES } = (await import('@leadmetrics/seed')) as { SCALES: Record<string, unknown> };
    return Object.keys(SCALES);
  } catch {
    return null;
  }
}

export interface VerifyRun extends VerifyResult {
  /** Removes what --keep kept (a no-op otherwise). Not part of the JSON. */
  release(): Promise<void>;
}

interface Cleanup {
  run: () => Promise<void>;
  keepable: boolean;
}

function resolveOptions(input: VerifyOptions): ResolvedOptions {
  const env = input.env ?? process.env;
  return {
    prismaDir: path.resolve(input.prismaDir ?? defaultPrismaDir),
    catalogFile: path.resolve(input.catalogFile ?? defaultCatalogFile),
    scale: input.scale ?? 'demo',
    seed: input.seed ?? 1,
    databaseUrl: input.databaseUrl ?? null,
    keep: input.keep ?? false,
    only: input.only && input.only.length > 0 ? [...new Set(input.only)].sort((a, b) => a - b) : null,
    reportDir: input.reportDir === null ? null : path.resolve(input.reportDir ?? defaultReportDir(env)),
    env,
  };
}

/** Refuses a seed, scale or --only finding that does not exist before anything runs; returns the catalog's findings. */
async function checkOptions(options: ResolvedOptions): Promise<VerifyContext['findings']> {
  if (!Number.isSafeInteger(options.seed)) throw new VerifyUsageError(`--seed must be an integer, got ${options.seed}`);
  const scales = await knownScales();
  if (scales && !scales.includes(options.scale))
    throw new VerifyUsageError(`--scale: unknown scale "${options.scale}" (known: ${scales.join(', ')})`);
  const { findings } = loadFindingsCatalog(options.catalogFile);
  if (options.only) {
    const unknown = options.only.filter((id) => !findings.some((f) => f.id === id));
    if (unknown.length > 0) {
      throw new VerifyUsageError(
        `--only: no finding ${unknown.join(', ')} in the catalog (known: ${findings.map((f) => f.id).join(', ')})`,
      );
    }
  }
  return findings;
}

/** The context the steps share; what they create registers in `cleanups`. */
function createContext(
  options: ResolvedOptions,
  findings: VerifyContext['findings'],
  emit: (event: RunnerEvent) => void,
  cleanups: Cleanup[],
): VerifyContext {
  const ctx: VerifyContext = {
    options,
    paths: prismaPaths(options.prismaDir),
    findings,
    state: {},
    log: (line) => emit({ type: 'log', line }),
    onCleanup: (run, o = {}) => cleanups.push({ run, keepable: o.keepable ?? false }),
    createDatabase: async (prefix, o = {}): Promise<Database> => {
      const server = ctx.state.server;
      if (!server) throw new Error('no PostgreSQL server yet (step 3 provisions it)');
      const db = await createThrowawayDatabase(server.url, { prefix });
      ctx.onCleanup(() => db.dispose(), { keepable: o.keepable ?? false });
      return { url: db.url, name: db.name };
    },
  };
  return ctx;
}

/**
 * Runs the steps (those not in `selectedIds` as "not selected"), then removes what they made, last made first.
 * With --keep the migrated database and its server stay: their removals are returned for release().
 */
async function runAndCleanUp(
  ctx: VerifyContext,
  selectedIds: StepId[] | undefined,
  emit: (event: RunnerEvent) => void,
  cleanups: Cleanup[],
): Promise<{ steps: StepResult[]; kept: (() => Promise<void>)[] }> {
  const kept: (() => Promise<void>)[] = [];
  try {
    const selected = selectedIds ? new Set(selectedIds) : null;
    const chosen = STEPS.map((step): Step =>
      selected && !selected.has(step.id) ? { ...step, ready: () => 'not selected (steps option)', run: step.run } : step,
    );
    return { steps: await runSteps(chosen, ctx, emit), kept };
  } finally {
    // Work started early in the background must settle before its database and server go.
    await Promise.allSettled([ctx.state.fromScratch, ctx.state.clientReady]);
    for (const cleanup of cleanups.reverse()) {
      if (ctx.options.keep && cleanup.keepable) kept.push(cleanup.run);
      else await cleanup.run().catch((error: unknown) => emit({ type: 'log', line: `cleanup failed: ${(error as Error).message}` }));
    }
  }
}

/** The result: passed only when every step and every finding passed and the run was complete. */
function buildResult(ctx: VerifyContext, steps: StepResult[], startedAt: string, started: number, partial: boolean): VerifyResult {
  const { options } = ctx;
  const findingsRows = buildFindingRows(ctx, steps);
  const result: VerifyResult = {
    ok: steps.every((s) => s.status !== 'failed') && !steps.some((s) => s.status === 'skipped' && !options.only),
    startedAt,
    durationMs: performance.now() - started,
    options: {
      scale: options.scale,
      seed: options.seed,
      only: options.only,
      prismaDir: options.prismaDir,
      catalogFile: options.catalogFile,
      databaseServer: options.databaseUrl ? describeDatabaseUrl(options.databaseUrl).display : null,
      keep: options.keep,
    },
    database: {
      provider: ctx.state.server?.provider ?? null,
      serverVersion: ctx.state.server?.serverVersion ?? null,
      name: ctx.state.database?.name ?? null,
      url: options.keep ? (ctx.state.database?.url ?? null) : null,
      kept: options.keep && Boolean(ctx.state.database),
    },
    steps,
    findings: findingsRows,
    reportFiles: null,
  };
  if (!findingsRows.every((row) => row.ok) || partial) result.ok = false;
  return result;
}

export async function runVerify(input: VerifyOptions = {}): Promise<VerifyRun> {
  const options = resolveOptions(input);
  const findings = await checkOptions(options);
  const emit = input.onEvent ?? (() => {});
  const cleanups: Cleanup[] = [];
  const ctx = createContext(options, findings, emit, cleanups);

  const started = performance.now();
  const startedAt = new Date().toISOString();
  const { steps, kept } = await runAndCleanUp(ctx, input.steps, emit, cleanups);
  const result = buildResult(ctx, steps, startedAt, started, Boolean(input.steps));
  if (options.reportDir) result.reportFiles = await writeReports(result, options.reportDir);
  const run = result as VerifyRun;
  Object.defineProperty(run, 'release', {
    enumerable: false,
    value: async () => {
      for (const cleanup of kept.splice(0)) await cleanup();
    },
  });
  return run;
}
