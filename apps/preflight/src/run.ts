// runPreflight: one read-only session, then where the database stands, then the plan.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkedServerVersion, describeDatabaseUrl } from '@leadmetrics/db';
import { BASELINE_FOLDER } from '@leadmetrics/db/migrations';
import { prismaChecksum } from '@leadmetrics/db/migrations';
import type { ValueMappingEntry } from '@leadmetrics/db/migrations';
import { readCosts, type CostsData } from './estimate.js';
import { batchesOf, planPendingMigrations, type Batch, type MigrationPlanEntry } from './plan.js';
import { withReadOnlySession, type ReadOnlySessionOptions } from './read-only.js';
import { loadReference, type Reference } from './reference/reference.js';
import { readDatabaseState, type DatabaseState } from './state.js';
import { readMappingReadOnly } from './values.js';

export interface PreflightOptions extends ReadOnlySessionOptions {
  databaseUrl: string;
  /** COUNT(*) every table the plan touches instead of reading pg_class estimates. */
  exactCounts?: boolean;
  /** Plan only these pending folders (the state is always read in full). */
  only?: readonly string[];
  /** Defaults to the committed reference and migration-costs.json. */
  reference?: Reference;
  costs?: CostsData | null;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface PreflightResult {
  version: 1;
  generatedAt: string;
  database: { where: string; serverVersion: string };
  state: DatabaseState;
  plan: MigrationPlanEntry[];
  batches: Batch[];
  /** Pending folders that cannot run before a blocked one is dealt with. */
  waiting: string[];
  totals: { safe: number; attention: number; blocked: number; estimateMs: number };
  /** Nothing is blocked and the database is recognised. */
  ok: boolean;
  reference: { measuredOn: string; stale: string[] };
  costs: { measuredOn: string | null };
  timings: { stateMs: number; planMs: number; totalMs: number };
  /** The operator's value mapping as the database holds it (what --write-mapping keeps in the template). */
  valueMapping: ValueMappingEntry[];
}

function migrationChecksums(reference: Reference): Map<string, string> {
  return new Map(
    [BASELINE_FOLDER, ...reference.folders].map((name) => [
      name,
      prismaChecksum(readFileSync(path.join(reference.dir, name, 'migration.sql'), 'utf8')),
    ]),
  );
}

export async function runPreflight(options: PreflightOptions): Promise<PreflightResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const reference = options.reference ?? loadReference();
  const costs = options.costs === undefined ? readCosts() : options.costs;
  const where = describeDatabaseUrl(options.databaseUrl).display;
  log(`preflight: connecting read-only to ${where}`);
  // A plan for migrations the server cannot run would mislead: a server older than they support stops here, in one line.
  await checkedServerVersion(options.databaseUrl, 'the database URL');
  return withReadOnlySession(
    options.databaseUrl,
    async (session) => {
      const serverVersion = (await session.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
      const live = await readDatabaseState(session, reference, migrationChecksums(reference));
      const stateMs = performance.now() - started;
      log(`preflight: ${live.state.summary}`);
      const valueMapping = await readMappingReadOnly(session);
      const plan = await planPendingMigrations({
        session,
        reference,
        live,
        costs,
        exactCounts: options.exactCounts,
        only: options.only,
        valueMapping,
      });
      const planMs = performance.now() - started - stateMs;
      log(`preflight: ${plan.length} pending folder(s) planned`);
      const { batches, waiting } = batchesOf(plan);
      const count = (verdict: MigrationPlanEntry['verdict']) => plan.filter((e) => e.verdict === verdict).length;
      const recognised = live.state.stage !== 'empty' && live.state.stage !== 'unknown';
      return {
        version: 1,
        generatedAt: new Date().toISOString(),
        database: { where, serverVersion: `PostgreSQL ${serverVersion}` },
        state: live.state,
        plan,
        batches,
        waiting,
        totals: {
          safe: count('safe'),
          attention: count('needs attention'),
          blocked: count('blocked'),
          estimateMs: plan.reduce((sum, e) => sum + e.estimate.ms, 0),
        },
        ok: recognised && count('blocked') === 0,
        reference: { measuredOn: reference.data.measuredOn, stale: live.state.staleReference },
        costs: { measuredOn: costs?.measuredOn ?? null },
        timings: { stateMs, planMs, totalMs: performance.now() - started },
        valueMapping,
      };
    },
    options,
  );
}
