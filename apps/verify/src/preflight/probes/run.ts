// Running a folder's probes on the read-only session: one query per kind that counts and samples in a
// single pass over the probe's rows. A probe that fails (a column is missing, say) is reported with its
// error; its savepoint keeps the rest of the session usable.
import { performance } from 'node:perf_hooks';
import type { ReadOnlySession } from '../read-only.js';
import type { AnomalyProbe, BlockerProbe, FolderProbes, ProbeContext } from './types.js';

export const SAMPLE_SIZE = 5;

export interface AnomalyCount {
  kind: string;
  extra: boolean;
  unit: string;
  action: AnomalyProbe['action'];
  effect: string;
  /** Units counted (rows, or entries for JSON logs); null when the probe failed. */
  count: number | null;
  /** Up to five ids of affected rows, smallest first. */
  sampleIds: string[];
  /** Counts by table/column or by outcome, where the kind spreads over several. */
  breakdown: Record<string, number> | null;
  error?: string;
  durationMs: number;
}

export interface BlockerCount {
  what: string;
  fix: string;
  count: number | null;
  sampleIds: string[];
  error?: string;
}

export interface FolderCounts {
  anomalies: AnomalyCount[];
  blockers: BlockerCount[];
  /** The folder's prepare step failed: every probe that needs it fails too. */
  prepareError?: string;
}

function message(error: unknown): string {
  return ((error as Error).message ?? String(error)).split('\n')[0]!;
}

async function countProbe(session: ReadOnlySession, sql: string): Promise<{ count: number; sampleIds: string[]; breakdown: Record<string, number> | null }> {
  const { rows } = await session.guarded(() =>
    session.query<{ count: string; sample: string[] | null; breakdown: Record<string, string> | null }>(
      `WITH p AS MATERIALIZED (${sql})
       SELECT coalesce((SELECT sum(p.n) FROM p), 0)::bigint::text AS count,
              (SELECT array_agg(s.id ORDER BY s.id) FROM (SELECT p.id FROM p ORDER BY p.id LIMIT ${SAMPLE_SIZE}) s) AS sample,
              (SELECT json_object_agg(b.at, b.c ORDER BY b.at) FROM (SELECT p.at, sum(p.n) AS c FROM p WHERE p.at IS NOT NULL GROUP BY p.at) b) AS breakdown`,
    ),
  );
  const row = rows[0]!;
  return {
    count: Number(row.count),
    sampleIds: row.sample ?? [],
    breakdown: row.breakdown ? Object.fromEntries(Object.entries(row.breakdown).map(([k, v]) => [k, Number(v)])) : null,
  };
}

async function countBlocker(session: ReadOnlySession, sql: string): Promise<{ count: number; sampleIds: string[] }> {
  const { rows } = await session.guarded(() =>
    session.query<{ count: string; sample: string[] | null }>(
      `WITH p AS MATERIALIZED (${sql})
       SELECT (SELECT count(*) FROM p)::text AS count,
              (SELECT array_agg(s.id ORDER BY s.id) FROM (SELECT p.id FROM p ORDER BY p.id LIMIT ${SAMPLE_SIZE}) s) AS sample`,
    ),
  );
  return { count: Number(rows[0]!.count), sampleIds: rows[0]!.sample ?? [] };
}

export async function runFolderProbes(session: ReadOnlySession, ctx: ProbeContext, probes: FolderProbes): Promise<FolderCounts> {
  let prepareError: string | undefined;
  if (probes.prepare) {
    try {
      await session.guarded(() => probes.prepare!(session, ctx));
    } catch (error) {
      prepareError = message(error);
    }
  }
  const anomalies: AnomalyCount[] = [];
  for (const probe of probes.anomalies) {
    const started = performance.now();
    const base = { kind: probe.kind, extra: probe.extra ?? false, unit: probe.unit, action: probe.action, effect: probe.effect };
    try {
      const result = await countProbe(session, probe.sql(ctx));
      anomalies.push({ ...base, ...result, durationMs: performance.now() - started });
    } catch (error) {
      anomalies.push({ ...base, count: null, sampleIds: [], breakdown: null, error: message(error), durationMs: performance.now() - started });
    }
  }
  const blockers: BlockerCount[] = [];
  for (const blocker of probes.blockers ?? ([] as BlockerProbe[])) {
    try {
      blockers.push({ what: blocker.what, fix: blocker.fix, ...(await countBlocker(session, blocker.sql(ctx))) });
    } catch (error) {
      blockers.push({ what: blocker.what, fix: blocker.fix, count: null, sampleIds: [], error: message(error) });
    }
  }
  return { anomalies, blockers, ...(prepareError ? { prepareError } : {}) };
}
