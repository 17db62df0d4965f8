// One run of the harness: the legacy application serves traffic, the chain runs step by step, the
// corrected application takes over where the chain says (at the pause before contract, or after
// today's chain), and at the end every committed write is looked up in the final database.
import type { Chain, ChainStep, StepPhase } from './chain.js';
import { countTableRows, type TableCounts } from './db.js';
import { withoutLocalPaths } from './local-paths.js';
import { checkJournal, checkLedger, type WriteCheck } from './final-check.js';
import { LockSampler, MIGRATION_APPLICATION, type LockSamples } from './lock-sampler.js';
import { samplePool } from './pool.js';
import type { JournalEntry, Phase, PhaseWindow, RequestRecord } from './types.js';
import { withApplicationName, Workload } from './workload.js';

export interface HarnessOptions {
  /** A database holding the legacy schema and its data; the run migrates it. */
  databaseUrl: string;
  chain: Chain;
  /** Connections (and concurrent workers) per application. */
  workers?: number;
  /** Mean pause between two requests of one worker. */
  thinkMs?: number;
  /** Legacy traffic alone before the chain starts: the "before" latencies. */
  beforeSeconds?: number;
  /** Both applications between the last expand/backfill step and the first contract step. */
  pauseSeconds?: number;
  /** Traffic after the chain, from `finalApplication` (the corrected one once a contract step ran). */
  afterSeconds?: number;
  /**
   * Which application serves after a chain without contract steps: 'corrected' (the deploy after
   * today's chain) or 'legacy' (a chain that is only an expand phase leaves the legacy schema usable).
   */
  finalApplication?: 'corrected' | 'legacy';
  samplerIntervalMs?: number;
  /** The legacy application's two-statement writes in one transaction each (default: separate statements, as the review describes it). */
  legacyTransactions?: boolean;
  /** How often a step rolled back by a deadlock or lock timeout is run again, as an operator would. */
  stepRetries?: number;
  /** Rows per table the workloads act on. */
  poolSize?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface StepRecord {
  name: string;
  phase: StepPhase;
  finding: number | null;
  startMs: number;
  endMs: number;
  rowsBackfilled?: number;
  /** Errors of attempts that were retried (deadlock, lock timeout), then of the last one if it failed too. */
  failedAttempts?: string[];
  error?: string;
}

export interface HarnessRun {
  chain: { name: string; description: string };
  options: Required<Omit<HarnessOptions, 'databaseUrl' | 'chain' | 'log'>>;
  /** Rows per table before the run, as counted. */
  tableRows: TableCounts;
  requests: RequestRecord[];
  journal: JournalEntry[];
  phases: PhaseWindow[];
  steps: StepRecord[];
  locks: LockSamples;
  writes: WriteCheck;
  ledgerProblems: string[];
  /** Milliseconds since the start of the run when the chain started and ended. */
  chainStartMs: number;
  chainEndMs: number;
  totalMs: number;
  chainError: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Errors an operator answers by running the same command again: the step's transaction was rolled
// back whole (deadlock, lock timeout, serialization failure), so a retry starts from clean state.
const RETRYABLE_CODES = new Set(['40P01', '55P03', '40001']);

function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

async function runWithRetries<T>(
  run: () => Promise<T>,
  retries: number,
  onRetry: (error: string, attempt: number) => void,
): Promise<{ result: T | null; failedAttempts: string[] }> {
  const failedAttempts: string[] = [];
  for (let attempt = 1; ; attempt++) {
    try {
      return { result: await run(), failedAttempts };
    } catch (error) {
      failedAttempts.push(withoutLocalPaths((error as Error).message.split('\n')[0]!));
      if (attempt > retries || !RETRYABLE_CODES.has(sqlStateOf(error) ?? '')) return { result: null, failedAttempts };
      onRetry(failedAttempts.at(-1)!, attempt);
      await sleep(500 * 2 ** (attempt - 1));
    }
  }
}

/** Keeps the current phase and step, and the windows they made. */
class PhaseClock {
  private origin = performance.now();
  private current: { phase: Phase; step: string | null; startMs: number } = { phase: 'before', step: null, startMs: 0 };
  readonly windows: PhaseWindow[] = [];

  nowMs(): number {
    return performance.now() - this.origin;
  }

  /** Time zero: when traffic starts. */
  restart(): void {
    this.origin = performance.now();
  }

  phase(): { phase: Phase; step: string | null } {
    return { phase: this.current.phase, step: this.current.step };
  }

  enter(phase: Phase, step: string | null = null): void {
    const now = this.nowMs();
    this.windows.push({ phase: this.current.phase, step: this.current.step, startMs: this.current.startMs, endMs: now });
    this.current = { phase, step, startMs: now };
  }

  close(): void {
    this.enter(this.current.phase, this.current.step);
    this.windows.splice(0, this.windows.length, ...this.windows.filter((w) => w.endMs > w.startMs));
  }
}

type Settings = HarnessRun['options'];

function settingsOf(options: HarnessOptions): Settings {
  return {
    workers: options.workers ?? 4,
    thinkMs: options.thinkMs ?? 10,
    beforeSeconds: options.beforeSeconds ?? 5,
    pauseSeconds: options.pauseSeconds ?? 3,
    afterSeconds: options.afterSeconds ?? 3,
    finalApplication: options.finalApplication ?? 'corrected',
    samplerIntervalMs: options.samplerIntervalMs ?? 25,
    stepRetries: options.stepRetries ?? 3,
    legacyTransactions: options.legacyTransactions ?? false,
    poolSize: options.poolSize ?? 2000,
    seed: options.seed ?? 1,
  };
}

/** The two applications, and the deploy that takes the database from the legacy one to the corrected one. */
class Applications {
  private legacy: Workload | undefined;
  private readonly corrected: Workload;
  deployed = false;

  constructor(make: (app: 'legacy' | 'corrected') => Workload) {
    this.legacy = make('legacy');
    this.corrected = make('corrected');
  }

  async prepare(): Promise<void> {
    await this.legacy!.prepare();
    await this.corrected.prepare();
  }

  startLegacy(): void {
    this.legacy!.start();
  }

  /** The corrected application comes up beside the legacy one (half of `seconds`), then the legacy one goes away. */
  async deploy(seconds: number): Promise<void> {
    this.deployed = true;
    this.corrected.start();
    await sleep((seconds * 1000) / 2);
    await this.legacy?.stop();
    this.legacy = undefined;
    await sleep((seconds * 1000) / 2);
  }

  async stop(): Promise<void> {
    await this.legacy?.stop();
    await this.corrected.stop();
  }
}

/** Runs one step (again after a deadlock or lock timeout), recording when it ran and how it ended. */
async function runStep(
  step: ChainStep,
  clock: PhaseClock,
  databaseUrl: string,
  settings: Settings,
  log: (line: string) => void,
): Promise<StepRecord> {
  clock.enter(step.phase, step.name);
  const record: StepRecord = { name: step.name, phase: step.phase, finding: step.finding, startMs: clock.nowMs(), endMs: 0 };
  const outcome = await runWithRetries(
    () => step.run({ databaseUrl, log }),
    settings.stepRetries,
    (error, attempt) => log(`${step.name} attempt ${attempt} failed, retrying: ${error}`),
  );
  if (outcome.result?.rowsBackfilled !== undefined) record.rowsBackfilled = outcome.result.rowsBackfilled;
  if (outcome.failedAttempts.length > 0) record.failedAttempts = outcome.failedAttempts;
  if (!outcome.result) record.error = outcome.failedAttempts.at(-1)!;
  record.endMs = clock.nowMs();
  log(
    `${step.phase} ${step.name} ${((record.endMs - record.startMs) / 1000).toFixed(2)} s${record.error ? ` FAILED: ${record.error}` : ''}`,
  );
  return record;
}

/** The window after the chain: the corrected application (deployed now if the chain had no pause), or the legacy one. */
async function serveAfterTheChain(
  applications: Applications,
  finalApplication: 'corrected' | 'legacy',
  seconds: number,
  log: (line: string) => void,
): Promise<void> {
  const deploy = finalApplication === 'corrected' && !applications.deployed;
  log(`${applications.deployed || deploy ? 'corrected' : 'legacy'} traffic for ${seconds} s after the chain`);
  if (deploy) await applications.deploy(seconds);
  else await sleep(seconds * 1000);
}

export async function runHarness(options: HarnessOptions): Promise<HarnessRun> {
  const settings = settingsOf(options);
  const { databaseUrl, chain } = options;
  const log = (line: string) => options.log?.(`${chain.name}: ${line}`);
  const tableRows = await countTableRows(databaseUrl);
  const pool = await samplePool(databaseUrl, settings.poolSize);
  const clock = new PhaseClock();
  const requests: RequestRecord[] = [];
  const journal: JournalEntry[] = [];
  const applications = new Applications(
    (app) =>
      new Workload({
        app,
        databaseUrl,
        pool,
        workers: settings.workers,
        sliceOffset: app === 'legacy' ? 0 : settings.workers,
        sliceCount: 2 * settings.workers,
        thinkMs: settings.thinkMs,
        transactional: settings.legacyTransactions,
        seed: settings.seed,
        clock,
        requests,
        journal,
      }),
  );
  const sampler = new LockSampler(databaseUrl, clock, settings.samplerIntervalMs);
  await applications.prepare();
  clock.restart();
  await sampler.start();
  applications.startLegacy();
  log(`legacy traffic for ${settings.beforeSeconds} s before the chain`);
  await sleep(settings.beforeSeconds * 1000);

  const finalApplication = chain.partial ? 'legacy' : settings.finalApplication;
  const steps: StepRecord[] = [];
  const chainStartMs = clock.nowMs();
  const migrationUrl = withApplicationName(databaseUrl, MIGRATION_APPLICATION);
  for (const step of chain.steps) {
    if (step.phase === 'contract' && !steps.some((s) => s.phase === 'contract')) {
      clock.enter('pause');
      log(
        `pause before contract (${settings.pauseSeconds} s): ${finalApplication === 'corrected' ? 'the corrected application is deployed' : 'the legacy application stays'}`,
      );
      if (finalApplication === 'corrected') await applications.deploy(settings.pauseSeconds);
      else await sleep(settings.pauseSeconds * 1000);
    }
    steps.push(await runStep(step, clock, migrationUrl, settings, log));
    if (steps.at(-1)!.error) break;
  }
  const chainEndMs = clock.nowMs();
  const failed = steps.find((s) => s.error);
  const chainError = failed ? `${failed.name}: ${failed.error}` : null;

  clock.enter('after');
  if (!chainError) await serveAfterTheChain(applications, finalApplication, settings.afterSeconds, log);
  await applications.stop();
  const locks = await sampler.stop();
  clock.close();

  log(`checking ${journal.length} committed writes in the final database`);
  const writes = await checkJournal(databaseUrl, journal);
  const ledgerProblems = chainError ? [] : await checkLedger(databaseUrl, tableRows, journal);
  return {
    chain: { name: chain.name, description: chain.description },
    options: settings,
    tableRows,
    requests,
    journal,
    phases: clock.windows,
    steps,
    locks,
    writes,
    ledgerProblems,
    chainStartMs,
    chainEndMs,
    totalMs: clock.nowMs(),
    chainError,
  };
}
