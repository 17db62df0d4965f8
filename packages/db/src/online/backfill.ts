// The backfill command's engine: for every applied expand folder whose backfill has not finished,
// walk its steps batch by batch (key ranges in key order), each batch one short transaction with a
// lock timeout, its progress saved in online_migration.phase inside that same transaction. A crash
// therefore loses at most the batch in flight, which rolled back with its progress, and a re-run
// carries on from the last committed key.
import type pg from 'pg';
import { migrationsDir } from '../paths.js';
import { quoteIdentifier as quote } from '../provision.js';
import type { BackfillDefinition, BackfillStep } from './definition.js';
import { OnlineRefusedError } from './errors.js';
import { loadBackfillDefinition, phasedFindings, type PhasedFinding } from './phases.js';
import { sleep } from './retry.js';
import { BackfillSession } from './session.js';
import { lockPhaseState, lockPhaseStateSql, readPhaseStates, type PhaseState } from './state.js';

export interface BackfillOptions {
  /** Only the backfills of these findings (numbers); all applied ones when absent. */
  only?: readonly number[];
  /**
   * Rows per batch to start each step with; adapted towards targetBatchMs between minBatchSize and
   * maxBatchSize. A step may set its own (its keys may each be many rows: a tenant).
   */
  batchSize?: number;
  minBatchSize?: number;
  maxBatchSize?: number;
  /** How long one batch should take; the batch size is scaled by this over the last batch's time (at most ×2 or ×½ at once). */
  targetBatchMs?: number;
  /** Pause between two batches, so the application's own queries get the server in between. */
  pauseMs?: number;
  /**
   * The longest one batch may run, and so hold the row locks it took: every statement of the batch
   * runs under a statement_timeout of what is left of it, so a batch that runs long (a loaded machine,
   * a bigger range than expected) is cancelled by the server, rolls back, and is tried again with half
   * as many keys. A batch of one key that still runs past it is given statementTimeoutMs at once (one key
   * cannot be split, and every try cut short throws its work away).
   */
  maxBatchMs?: number;
  /** lock_timeout of every batch (capped by maxBatchMs): a batch never queues behind a lock for longer than this. */
  lockTimeoutMs?: number;
  /** statement_timeout of the runner's statements outside batches, and the most one batch of a single key may be given. */
  statementTimeoutMs?: number;
  /** Attempts after the first for one batch (lock timeouts, deadlocks, lost connections, restarts). */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Queue behind a runner already working on the database instead of refusing. */
  wait?: boolean;
  onProgress?: (progress: BackfillProgress) => void;
  /** Stops between two batches (what was committed stays; a re-run carries on). */
  signal?: AbortSignal;
  dir?: string;
}

export interface BackfillProgress {
  kind: 'start' | 'batch' | 'retry' | 'step-done' | 'finished' | 'already-finished' | 'contracted';
  expandFolder: string;
  finding: number | null;
  step: number;
  steps: number;
  label: string;
  /** Rows of this step's table walked so far, and how many it has. */
  rowsDone: number;
  rowsTotal: number;
  batchSize: number;
  rowsPerSecond: number;
  /** Seconds until this step is done at the current rate, or null before the first batch. */
  etaSeconds: number | null;
  message?: string;
}

export interface BackfillResult {
  expandFolder: string;
  finding: number | null;
  outcome: 'finished' | 'already-finished' | 'contracted' | 'stopped';
  rows: number;
  batches: number;
  retries: number;
  seconds: number;
  counts: Record<string, number>;
}

const DEFAULTS = {
  batchSize: 2000,
  minBatchSize: 100,
  maxBatchSize: 50_000,
  targetBatchMs: 200,
  maxBatchMs: 800,
  pauseMs: 20,
  lockTimeoutMs: 2000,
  statementTimeoutMs: 60_000,
  maxRetries: 10,
  baseDelayMs: 100,
  maxDelayMs: 10_000,
};
type Settings = typeof DEFAULTS & BackfillOptions;

/** Runs every pending backfill (or those of `only`); refuses with an OnlineRefusedError, changing nothing, when it cannot run. */
export async function runBackfill(databaseUrl: string, options: BackfillOptions = {}): Promise<BackfillResult[]> {
  const settings: Settings = { ...DEFAULTS, ...stripUndefined(options) };
  let retries = 0;
  let retryNote: (attempt: number, delay: number, error: unknown) => void = () => {};
  const session = new BackfillSession(databaseUrl, {
    ...settings,
    wait: settings.wait ?? false,
    signal: settings.signal,
    onRetry: (attempt, delay, error) => {
      retries++;
      retryNote(attempt, delay, error);
    },
  });
  await session.open();
  try {
    const plan = await session.withRetry((client) => planBackfills(client, settings.dir ?? migrationsDir, settings.only));
    const results: BackfillResult[] = [];
    for (const item of plan) {
      const before = retries;
      const context = new StepContext(item, settings);
      retryNote = (attempt, delay, error) => context.retry(attempt, delay, error);
      const result = await backfillFinding(session, item, context);
      results.push({ ...result, retries: retries - before + context.cutBatches });
      if (result.outcome === 'stopped') break;
    }
    return results;
  } finally {
    await session.close();
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

interface PlannedBackfill extends PhasedFinding {
  state: PhaseState;
}

/** Decides what to run, refusing before anything changes when the database is not where a backfill belongs. */
export async function planBackfills(client: pg.ClientBase, dir: string, only?: readonly number[]): Promise<PlannedBackfill[]> {
  const findings = phasedFindings(dir);
  const states = await readPhaseStates(client);
  if (states.size === 0) {
    throw new OnlineRefusedError(
      'no expand folder is applied to this database (online_migration.phase is missing or empty), so there is nothing to backfill; nothing was changed. ' +
        'Apply the expand folders first: pnpm --filter @leadmetrics/db prisma migrate deploy (it stops at the first contract folder; that is the pause)',
    );
  }
  let selected = findings.filter((f) => states.has(f.expandFolder));
  if (only && only.length > 0) {
    const unknown = only.filter((n) => !findings.some((f) => f.finding === n));
    if (unknown.length > 0) {
      const known = findings.map((f) => `f${String(f.finding).padStart(2, '0')}`).join(', ');
      throw new OnlineRefusedError(
        `--only names finding(s) ${unknown.join(', ')}, which have no expand folder in ${dir}; the phased findings are ${known}`,
      );
    }
    const wanted = findings.filter((f) => f.finding !== null && only.includes(f.finding));
    const missing = wanted.filter((f) => !states.has(f.expandFolder));
    if (missing.length > 0) {
      throw new OnlineRefusedError(
        `the backfill of ${missing.map((f) => f.expandFolder).join(', ')} cannot start: its expand folder is not applied to this database; nothing was changed. ` +
          'Apply it first: pnpm --filter @leadmetrics/db prisma migrate deploy',
      );
    }
    const contracted = wanted.filter((f) => states.get(f.expandFolder)!.contractedAt);
    if (contracted.length > 0) {
      throw new OnlineRefusedError(
        `the contract step of ${contracted.map((f) => `${f.expandFolder} (${states.get(f.expandFolder)!.contractedAt!.toISOString()})`).join(', ')} already ran: ` +
          'its backfill is long over and the structures it filled are the only ones left; nothing was changed',
      );
    }
    selected = wanted;
  } else if (selected.length > 0 && selected.every((f) => states.get(f.expandFolder)!.contractedAt)) {
    throw new OnlineRefusedError(
      'every phased finding applied to this database is already contracted: there is nothing left to backfill; nothing was changed',
    );
  }
  return selected.map((f) => ({ ...f, state: states.get(f.expandFolder)! }));
}

/** Progress reporting and batch-size adaptation for one finding's backfill. */
class StepContext {
  step = 0;
  steps = 0;
  label = '';
  rowsDone = 0;
  rowsTotal = 0;
  batchSize: number;
  /** How long the next batch may run: maxBatchMs, or more for a batch of one key that needed it. */
  budgetMs: number;
  /** Batches cancelled at their bound and tried again. */
  cutBatches = 0;
  /** Keys of the batch in flight, once its range is known. */
  keysInFlight: number | null = null;
  private minBatchSize: number;
  private maxBatchSize: number;
  private stepStarted = performance.now();
  private rowsAtStart = 0;

  constructor(
    readonly item: PlannedBackfill,
    readonly settings: Settings,
  ) {
    this.batchSize = settings.batchSize;
    this.minBatchSize = settings.minBatchSize;
    this.maxBatchSize = settings.maxBatchSize;
    this.budgetMs = settings.maxBatchMs;
  }

  /** Starts a step with its own batch sizes: what suited the previous step's table says nothing about this one's keys. */
  beginStep(step: number, steps: number, definition: BackfillStep, done: number, total: number): void {
    Object.assign(this, { step, steps, label: definition.label, rowsDone: done, rowsTotal: Math.max(total, done) });
    this.minBatchSize = Math.max(1, definition.minBatchSize ?? this.settings.minBatchSize);
    this.maxBatchSize = Math.max(this.minBatchSize, definition.maxBatchSize ?? this.settings.maxBatchSize);
    this.batchSize = Math.min(this.maxBatchSize, Math.max(this.minBatchSize, definition.batchSize ?? this.settings.batchSize));
    this.budgetMs = this.settings.maxBatchMs;
    this.stepStarted = performance.now();
    this.rowsAtStart = done;
  }

  emit(kind: BackfillProgress['kind'], message?: string): void {
    const seconds = (performance.now() - this.stepStarted) / 1000;
    const rate = seconds > 0 ? (this.rowsDone - this.rowsAtStart) / seconds : 0;
    const left = Math.max(0, this.rowsTotal - this.rowsDone);
    this.settings.onProgress?.({
      kind,
      expandFolder: this.item.expandFolder,
      finding: this.item.finding,
      step: this.step,
      steps: this.steps,
      label: this.label,
      rowsDone: this.rowsDone,
      rowsTotal: this.rowsTotal,
      batchSize: this.batchSize,
      rowsPerSecond: rate,
      etaSeconds: rate > 0 ? left / rate : null,
      message,
    });
  }

  /**
   * Scales the batch by how far it was from the target (at most halved or doubled at once), within
   * the step's bounds: batches settle near the target instead of anywhere between half and one and a
   * half times it, so fewer of them (and fewer pauses) walk the same rows.
   */
  adapt(elapsedMs: number): void {
    this.budgetMs = this.settings.maxBatchMs;
    const factor = Math.min(2, Math.max(0.5, this.settings.targetBatchMs / Math.max(1, elapsedMs)));
    // Below the minimum only when the bound put it there (cut); it grows back as batches allow.
    const floor = this.batchSize < this.minBatchSize ? 1 : this.minBatchSize;
    this.batchSize = Math.min(this.maxBatchSize, Math.max(floor, Math.round(this.batchSize * factor)));
  }

  /**
   * A batch was cancelled at its bound and rolled back: try it again with half as many keys, or, when
   * it cannot get smaller, with all the time a statement may take. False when neither is left.
   */
  cut(error: unknown): boolean {
    // Half of what the cut batch really held: asking for fewer keys than the table had left would
    // not make the next try any shorter. The bound goes before --min-batch-size, down to one key.
    const held = Math.min(this.batchSize, this.keysInFlight ?? this.batchSize);
    const before = { size: held, budget: this.budgetMs };
    if (held > 1) {
      this.batchSize = Math.max(1, Math.floor(held / 2));
    } else if (this.budgetMs < this.settings.statementTimeoutMs) {
      // Doubling the time would throw away the work of every try cut short (a large tenant ran 0.8, 1.6 and
      // 3.2 s in vain before it finished); the key holds its rows only for as long as it really runs.
      this.budgetMs = this.settings.statementTimeoutMs;
    } else {
      return false;
    }
    this.cutBatches++;
    const reason = `${(error as Error).message} (57014)`;
    this.emit(
      'retry',
      this.batchSize < before.size
        ? `a batch of ${before.size} keys ran past its bound of ${before.budget} ms and was rolled back: ${reason}; trying ${this.batchSize}`
        : `a batch of one key ran longer than the bound of ${before.budget} ms and was rolled back: ${reason}; it cannot be split, so it is given ${this.budgetMs} ms`,
    );
    return true;
  }

  retry(attempt: number, delayMs: number, error: unknown): void {
    const code = (error as { code?: string }).code;
    this.emit('retry', `attempt ${attempt} in ${delayMs} ms after: ${(error as Error).message}${code ? ` (${code})` : ''}`);
  }
}

const isStatementTimeout = (error: unknown) => (error as { code?: string }).code === '57014';

async function backfillFinding(
  session: BackfillSession,
  item: PlannedBackfill,
  context: StepContext,
): Promise<Omit<BackfillResult, 'retries'>> {
  const started = performance.now();
  const base = { expandFolder: item.expandFolder, finding: item.finding };
  if (item.state.contractedAt) {
    context.emit('contracted', `already contracted at ${item.state.contractedAt.toISOString()}; skipped`);
    return { ...base, outcome: 'contracted', rows: 0, batches: 0, seconds: 0, counts: item.state.backfillCounts };
  }
  if (item.state.backfilledAt) {
    context.emit('already-finished', `finished at ${item.state.backfilledAt.toISOString()}`);
    return { ...base, outcome: 'already-finished', rows: 0, batches: 0, seconds: 0, counts: item.state.backfillCounts };
  }
  const definition: BackfillDefinition = item.backfillFile ? await loadBackfillDefinition(item.backfillFile) : { steps: [] };
  await session.withRetry((client) =>
    client.query(
      `UPDATE "online_migration"."phase" SET "backfillStartedAt" = coalesce("backfillStartedAt", now()) WHERE "expandFolder" = $1`,
      [item.expandFolder],
    ),
  );
  let rows = 0;
  let batches = 0;
  for (let index = item.state.backfillStep; index < definition.steps.length; index++) {
    const walked = await walkStep(session, item, definition.steps[index]!, index, definition.steps.length, context);
    rows += walked.rows;
    batches += walked.batches;
    if (walked.stopped) return { ...base, outcome: 'stopped', rows, batches, seconds: (performance.now() - started) / 1000, counts: {} };
  }
  const counts = await session.withRetry((client) => finishBackfill(client, item.expandFolder, definition, context.settings));
  context.emit('finished');
  return { ...base, outcome: 'finished', rows, batches, seconds: (performance.now() - started) / 1000, counts };
}

/** Walks one step's table from where the saved progress says, batch after batch, until no key is left. */
async function walkStep(
  session: BackfillSession,
  item: PlannedBackfill,
  step: BackfillStep,
  index: number,
  steps: number,
  context: StepContext,
) {
  const { keyType, done, total } = await session.withRetry(async (client) => {
    const state = (await readPhaseStates(client)).get(item.expandFolder)!;
    return describeStep(client, step, state.backfillStep === index ? state.backfillKey : null);
  });
  context.beginStep(index, steps, step, done, total);
  context.emit('start');
  let rows = 0;
  let batches = 0;
  for (;;) {
    if (context.settings.signal?.aborted) return { rows, batches, stopped: true };
    const batchStarted = performance.now();
    let outcome: number | 'step-done';
    try {
      // A batch cut at its bound is not retried as it was: it comes back here to be made smaller.
      outcome = await session.withRetry((client) => runBatch(client, item.expandFolder, step, index, keyType, context), {
        rethrow: isStatementTimeout,
      });
    } catch (error) {
      if (!isStatementTimeout(error) || context.settings.signal?.aborted || !context.cut(error)) throw error;
      continue;
    }
    if (outcome === 'step-done') break;
    rows += outcome;
    batches++;
    context.rowsDone += outcome;
    context.rowsTotal = Math.max(context.rowsTotal, context.rowsDone);
    context.adapt(performance.now() - batchStarted);
    context.emit('batch');
    await sleep(context.settings.pauseMs, context.settings.signal);
  }
  context.emit('step-done');
  return { rows, batches, stopped: false };
}

const ESTIMATE_ABOVE_ROWS = 100_000;

async function describeStep(client: pg.ClientBase, step: BackfillStep, lastKey: string | null) {
  const type = await client.query<{ type: string }>(
    `SELECT format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND NOT a.attisdropped`,
    [quote(step.table), step.key],
  );
  if (!type.rows[0])
    throw new OnlineRefusedError(`backfill step "${step.label}": table ${step.table} has no column ${step.key} in this database`);
  const keyType = type.rows[0].type;
  // For a big table the planner's row estimate is enough for the progress line and its ETA, and saves
  // a scan of the whole table per step (rowsTotal grows if the walk passes it). A small one, or one
  // never analysed (-1) or analysed while empty, is counted: that is cheap.
  const estimate = await client.query<{ n: number }>(`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = to_regclass($1)`, [
    quote(step.table),
  ]);
  const total =
    (estimate.rows[0]?.n ?? -1) >= ESTIMATE_ABOVE_ROWS
      ? estimate
      : await client.query<{ n: number }>(`SELECT count(*)::float8 AS n FROM ${quote(step.table)}`);
  const done =
    lastKey === null
      ? 0
      : (
          await client.query<{ n: number }>(
            `SELECT count(*)::float8 AS n FROM ${quote(step.table)} WHERE ${quote(step.key)} <= $1::${keyType}`,
            [lastKey],
          )
        ).rows[0]!.n;
  return { keyType, done, total: total.rows[0]!.n };
}

/**
 * One batch in one transaction: lock the progress row, find the next key range, run the step's
 * statement over it, save the new last key and the summed counts, commit. Returns the number of
 * keys walked, or 'step-done' when none was left (the step is then marked done).
 */
async function runBatch(
  client: pg.ClientBase,
  expandFolder: string,
  step: BackfillStep,
  index: number,
  keyType: string,
  context: StepContext,
): Promise<number | 'step-done'> {
  const budget = Math.max(1, Math.round(context.budgetMs));
  context.keysInFlight = null;
  try {
    // One round trip opens the batch: the transaction, its timeouts and its locked progress row.
    const opened = (await client.query(
      `BEGIN; SET LOCAL lock_timeout = ${Math.min(Math.round(context.settings.lockTimeoutMs), budget)}; ` +
        `SET LOCAL statement_timeout = ${budget}; ${lockPhaseStateSql(client, expandFolder)}`,
    )) as unknown as pg.QueryResult<PhaseState>[];
    const state = opened[3]?.rows[0];
    if (!state || state.backfillStep !== index || state.backfilledAt || state.contractedAt) {
      throw new OnlineRefusedError(
        `the progress of ${expandFolder} changed under this runner (step ${state?.backfillStep ?? 'none'}, expected ${index}); nothing of this batch was kept. Run the backfill again`,
      );
    }
    const table = quote(step.table);
    const key = quote(step.key);
    const lower = state.backfillKey;
    // The step's statement may only run for what is left of the batch's time since BEGIN (now() is
    // the transaction's start), so the batch as a whole, and every row lock it holds, ends within it.
    const range = await client.query<{ upper: string | null; n: number }>(
      `SELECT max(k)::text AS upper, count(*)::int AS n,
              set_config('statement_timeout', greatest(1, $${lower === null ? 2 : 3}::int - (extract(epoch FROM clock_timestamp() - now()) * 1000)::int)::text, true) AS "left"
         FROM (SELECT ${key} AS k FROM ${table} ${lower === null ? '' : `WHERE ${key} > $2::${keyType}`} ORDER BY ${key} LIMIT $1) s`,
      lower === null ? [context.batchSize, budget] : [context.batchSize, lower, budget],
    );
    const { upper, n } = range.rows[0]!;
    context.keysInFlight = n;
    const folder = client.escapeLiteral(expandFolder);
    // The progress and the commit go in one round trip too (literals, as a query of several
    // statements takes no parameters); if the update fails, the commit is not reached.
    if (n === 0 || upper === null) {
      await client.query(
        `UPDATE "online_migration"."phase" SET "backfillStep" = ${index + 1}, "backfillKey" = NULL WHERE "expandFolder" = ${folder}; COMMIT`,
      );
      return 'step-done';
    }
    const result = await client.query(step.batchSql, [lower, upper]);
    const counts = addCounts(state.backfillCounts, result.rows?.[0] ?? {});
    await client.query(
      `UPDATE "online_migration"."phase" SET "backfillKey" = ${client.escapeLiteral(upper)}, "backfillRows" = "backfillRows" + ${n}, ` +
        `"backfillCounts" = ${client.escapeLiteral(JSON.stringify(counts))}::jsonb WHERE "expandFolder" = ${folder}; COMMIT`,
    );
    return n;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

function addCounts(sum: Record<string, number>, row: Record<string, unknown>): Record<string, number> {
  const next = { ...sum };
  for (const [name, value] of Object.entries(row)) {
    const number = Number(value ?? 0);
    if (!Number.isFinite(number))
      throw new Error(`backfill batch returned a non-numeric column "${name}" (${String(value)}); a batch may only return counts`);
    next[name] = (next[name] ?? 0) + number;
  }
  return next;
}

/** Runs the definition's finishSql with the summed counts and marks the backfill finished, in one transaction. */
async function finishBackfill(
  client: pg.ClientBase,
  expandFolder: string,
  definition: BackfillDefinition,
  settings: Settings,
): Promise<Record<string, number>> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = ${Math.round(settings.lockTimeoutMs)}`);
    const state = await lockPhaseState(client, expandFolder);
    if (!state) throw new OnlineRefusedError(`${expandFolder}: its progress row disappeared`);
    if (state.backfilledAt) {
      await client.query('COMMIT');
      return state.backfillCounts;
    }
    if (state.backfillStep < definition.steps.length)
      throw new OnlineRefusedError(`${expandFolder}: step ${state.backfillStep} of ${definition.steps.length} is not done`);
    if (definition.finishSql) {
      // Handed over as a transaction-local setting so finishSql may be several statements or a DO block.
      await client.query(`SELECT set_config('online_migration.counts', $1, true)`, [JSON.stringify(state.backfillCounts)]);
      await client.query(definition.finishSql);
    }
    await client.query(`UPDATE "online_migration"."phase" SET "backfilledAt" = now() WHERE "expandFolder" = $1`, [expandFolder]);
    await client.query('COMMIT');
    return state.backfillCounts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
