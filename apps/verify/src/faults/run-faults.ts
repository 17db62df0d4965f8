// Fault injection on the phased chain: a seeded legacy database is adopted once undisturbed (the
// reference), then once per scheduled fault on a fresh copy, with a kill -9 of the step running at
// that point (prisma migrate deploy or the backfill) or an immediate restart of the server. After
// each fault the documented commands are run again from the top; the result must be complete (every
// folder recorded once, every phase contracted, no invalid index, every validate.sql empty), its
// accounting must balance, and every table must hold exactly the rows of the reference, no
// duplicate, none lost.
import { quoteIdentifier as quote, withDatabaseName, withPgClient } from '@leadmetrics/db';
import {
  checkAnomalyEntries,
  checkLedgerBalance,
  countTableRows,
  listMigrationFolders,
  readLedger,
  readMigrationFolder,
  runValidate,
  BASELINE_FOLDER,
} from '@leadmetrics/db/migrations';
import { adopt, AdoptionRunner, StepFailedError } from './adoption.js';
import { faultSchedule, type Fault } from './schedule.js';
import { startRestartableServer, type RestartableServer } from './server.js';

export interface FaultRunOptions {
  seed: number;
  kills: number;
  restarts: number;
  /** Fills the template database with the legacy schema and its data (returns nothing). */
  buildLegacy: (url: string) => Promise<void>;
  log?: (line: string) => void;
}

export interface FaultOutcome extends Fault {
  /** What was running when the fault struck (for a kill: the process killed). */
  struck: string;
  /** Ms after the round's start. */
  atMs: number;
  /** Whether the interrupted run failed (a kill always does; a restart during the backfill is retried away). */
  interrupted: boolean;
  recoveryMs: number;
  problems: string[];
}

export interface FaultReport {
  seed: number;
  referenceMs: number;
  outcomes: FaultOutcome[];
  problems: number;
}

/** Per table: row count and a digest of the rows without generated ids and timestamps. */
async function fingerprint(url: string): Promise<Map<string, string>> {
  return withPgClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const prints = new Map<string, string>();
    for (const { name } of tables.rows) {
      const row = await client.query<{ n: string; digest: string }>(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS digest
           FROM (SELECT md5((to_jsonb(t) - 'id' - 'createdAt' - 'updatedAt')::text) AS h FROM ${quote(name)} t) s`,
      );
      prints.set(name, `${row.rows[0]!.n} rows, ${row.rows[0]!.digest}`);
    }
    return prints;
  });
}

/** Everything that must hold once the adoption completed. */
async function checkComplete(url: string, countsBefore: Record<string, number>, reference: Map<string, string> | null): Promise<string[]> {
  const problems: string[] = [];
  const folders = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);
  await withPgClient(url, async (client) => {
    const history = await client.query<{ name: string; finished: number; unfinished: number }>(
      `SELECT migration_name AS name, count(*) FILTER (WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL)::int AS finished,
              count(*) FILTER (WHERE finished_at IS NULL AND rolled_back_at IS NULL)::int AS unfinished
         FROM "_prisma_migrations" GROUP BY 1`,
    );
    const byName = new Map(history.rows.map((r) => [r.name, r]));
    for (const name of folders) {
      const h = byName.get(name);
      if (!h || h.finished !== 1 || h.unfinished !== 0)
        problems.push(`${name}: recorded ${h?.finished ?? 0} time(s) as applied, ${h?.unfinished ?? 0} unfinished`);
    }
    const open = await client.query(`SELECT "expandFolder" FROM "online_migration"."phase" WHERE "contractedAt" IS NULL`);
    for (const row of open.rows) problems.push(`${row.expandFolder}: not contracted`);
    const invalid = await client.query(`SELECT indexrelid::regclass::text AS name FROM pg_index WHERE NOT indisvalid`);
    for (const row of invalid.rows) problems.push(`invalid index ${row.name} left behind`);
  });
  for (const name of folders) {
    for (const row of await runValidate(url, name)) problems.push(`${name}/validate.sql: ${JSON.stringify(row)}`);
  }
  const ledger = await readLedger(url);
  problems.push(...checkLedgerBalance(countsBefore, await countTableRows(url), ledger).problems);
  for (const name of folders) problems.push(...checkAnomalyEntries(ledger, name, readMigrationFolder(name).resolves).problems);
  if (reference) {
    const actual = await fingerprint(url);
    for (const [table, print] of reference) {
      if (actual.get(table) !== print) problems.push(`table ${table}: ${actual.get(table) ?? 'missing'}, the undisturbed run has ${print}`);
    }
  }
  return problems;
}

async function copyOf(server: RestartableServer, template: string, name: string): Promise<string> {
  await withPgClient(server.url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)}`);
    await client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`);
  });
  return withDatabaseName(server.url, name);
}

/** One round: the adoption with one fault, then the documented commands again until done. */
async function faultRound(server: RestartableServer, url: string, fault: Fault, referenceMs: number, log: (line: string) => void) {
  const runner = new AdoptionRunner(url);
  const started = performance.now();
  const first = adopt(runner).then(
    () => null,
    (error: unknown) => error,
  );
  await new Promise((resolve) => setTimeout(resolve, fault.at * referenceMs * 0.95));
  let struck: string;
  if (fault.kind === 'kill') {
    // The next step to start, unless the run ends first (then there is nothing left to kill).
    const ended = await Promise.race([runner.whenRunning().then(() => false), first.then(() => true)]);
    struck = (ended ? null : runner.killCurrent()) ?? 'nothing (the run ended first)';
  } else {
    struck = runner.current ?? 'between steps';
    await server.restartImmediately();
  }
  const atMs = performance.now() - started;
  const error = await first;
  if (error && !(error instanceof StepFailedError)) throw error;
  log(
    `round ${fault.round}: ${fault.kind} at ${Math.round(atMs)} ms during ${struck}; the run ${error ? `failed (${(error as StepFailedError).result.step})` : 'completed anyway'}`,
  );
  const recoveryStarted = performance.now();
  if (error) await adopt(runner);
  return { struck, atMs, interrupted: Boolean(error), recoveryMs: performance.now() - recoveryStarted, steps: runner.log };
}

export async function runFaultSchedule(options: FaultRunOptions): Promise<FaultReport> {
  const log = options.log ?? (() => {});
  const server = await startRestartableServer();
  try {
    const template = 'lm_faults_legacy';
    await withPgClient(server.url, (client) => client.query(`CREATE DATABASE ${quote(template)}`));
    await options.buildLegacy(withDatabaseName(server.url, template));
    const countsBefore = await countTableRows(withDatabaseName(server.url, template));

    const referenceUrl = await copyOf(server, template, 'lm_faults_reference');
    const started = performance.now();
    await adopt(new AdoptionRunner(referenceUrl));
    const referenceMs = performance.now() - started;
    const referenceProblems = await checkComplete(referenceUrl, countsBefore, null);
    if (referenceProblems.length > 0) throw new Error(`the undisturbed adoption is not clean:\n${referenceProblems.join('\n')}`);
    const reference = await fingerprint(referenceUrl);
    log(`undisturbed adoption: ${Math.round(referenceMs)} ms, clean`);

    const outcomes: FaultOutcome[] = [];
    // A kill scheduled after the run already ended kills nothing; such rounds are made up for with
    // further seeded kills, so the schedule always delivers `kills` kills of a running step.
    const schedule = faultSchedule(options.seed, options.kills, options.restarts);
    const extra = faultSchedule(options.seed + 1, options.kills, 0);
    for (let index = 0; index < schedule.length; index++) {
      const fault = schedule[index]!;
      const url = await copyOf(server, template, `lm_faults_round_${fault.round}`);
      const round = await faultRound(server, url, fault, referenceMs, log);
      const problems = await checkComplete(url, countsBefore, reference);
      log(
        `round ${fault.round}: recovered in ${Math.round(round.recoveryMs)} ms; ${problems.length ? `${problems.length} problem(s): ${problems.slice(0, 3).join('; ')}` : 'clean'}`,
      );
      outcomes.push({
        ...fault,
        struck: round.struck,
        atMs: round.atMs,
        interrupted: round.interrupted,
        recoveryMs: round.recoveryMs,
        problems,
      });
      await withPgClient(server.url, (client) => client.query(`DROP DATABASE ${quote(`lm_faults_round_${fault.round}`)} WITH (FORCE)`));
      if (fault.kind === 'kill' && round.struck.startsWith('nothing') && extra.length > 0) {
        schedule.push({ ...extra.shift()!, round: schedule.length + 1 });
      }
    }
    return { seed: options.seed, referenceMs, outcomes, problems: outcomes.reduce((sum, o) => sum + o.problems.length, 0) };
  } finally {
    await server.dispose();
  }
}
