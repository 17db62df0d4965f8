// Running a folder's probe query on a read-only session: one statement that reads the folder's rows once
// and returns, per kind, the count, five sample ids and a breakdown. A query given in parts is counted
// part by part (side by side when there are several sessions) and the results merged. A query that fails
// (a column is missing, say) is reported with its error; its savepoint keeps the session usable.
import { performance } from 'node:perf_hooks';
import type { ReadOnlySession } from '../read-only.js';
import type { AnomalyProbe, FolderProbes, ProbeContext } from '@leadmetrics/db/migrations';

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
  /** The folder's prepare step failed: its probes fail too. */
  prepareError?: string;
}

interface KindCount {
  count: number;
  sampleIds: string[];
  breakdown: Record<string, number> | null;
}

/** What one task measured: counts of one part, or the failure of it. */
export interface PartResult {
  counts?: Map<string, KindCount>;
  error?: string;
  prepareError?: string;
  blockers?: BlockerCount[];
  ms: number;
}

function message(error: unknown): string {
  return ((error as Error).message ?? String(error)).split('\n')[0]!;
}

async function countKinds(session: ReadOnlySession, sql: string): Promise<Map<string, KindCount>> {
  const { rows } = await session.guarded(() =>
    session.query<{ kind: string; count: string; sample: string[] | null; breakdown: Record<string, string> | null }>(
      `WITH p AS MATERIALIZED (${sql}),
       totals AS (
         SELECT p.kind, sum(p.n) AS count, (array_agg(p.id ORDER BY p.id) FILTER (WHERE p.id IS NOT NULL))[1:${SAMPLE_SIZE}] AS sample
           FROM p GROUP BY p.kind
       ),
       parts AS (
         SELECT b.kind, json_object_agg(b.at, b.c ORDER BY b.at) AS breakdown
           FROM (SELECT p.kind, p.at, sum(p.n) AS c FROM p WHERE p.at IS NOT NULL GROUP BY p.kind, p.at) b
          GROUP BY b.kind
       )
       SELECT t.kind, t.count::bigint::text AS count, t.sample, parts.breakdown
         FROM totals t LEFT JOIN parts ON parts.kind = t.kind`,
    ),
  );
  return new Map(
    rows.map((row) => [
      row.kind,
      {
        count: Number(row.count),
        sampleIds: row.sample ?? [],
        breakdown: row.breakdown ? Object.fromEntries(Object.entries(row.breakdown).map(([k, v]) => [k, Number(v)])) : null,
      },
    ]),
  );
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

/** The folder's query as parts; a folder with a prepare step is one part (it needs that step's session). */
export function probeParts(probes: FolderProbes, ctx: ProbeContext): string[] {
  const sql = probes.sql(ctx);
  const parts = Array.isArray(sql) ? sql : [sql];
  if (probes.prepare && parts.length !== 1)
    throw new Error(`${probes.folder}: a probe module with a prepare step must give its query as one string`);
  return parts;
}

/**
 * The work of one part, as a task for a session: the first part also runs the prepare step and the
 * blocker checks.
 */
export async function runProbePart(
  session: ReadOnlySession,
  ctx: ProbeContext,
  probes: FolderProbes,
  sql: string,
  first: boolean,
): Promise<PartResult> {
  const started = performance.now();
  const result: PartResult = { ms: 0 };
  if (first && probes.prepare) {
    try {
      await session.guarded(() => probes.prepare!(session, ctx));
    } catch (error) {
      result.prepareError = message(error);
    }
  }
  try {
    result.counts = await countKinds(session, sql);
  } catch (error) {
    result.error = message(error);
  }
  if (first) {
    result.blockers = [];
    for (const blocker of probes.blockers ?? []) {
      try {
        result.blockers.push({ what: blocker.what, fix: blocker.fix, ...(await countBlocker(session, blocker.sql(ctx))) });
      } catch (error) {
        result.blockers.push({ what: blocker.what, fix: blocker.fix, count: null, sampleIds: [], error: message(error) });
      }
    }
  }
  result.ms = performance.now() - started;
  return result;
}

/** The parts' results as the folder's counts: sums, the five smallest sample ids, merged breakdowns. */
export function mergeParts(probes: FolderProbes, parts: readonly PartResult[]): FolderCounts {
  const known = new Set(probes.anomalies.map((a) => a.kind));
  for (const part of parts) {
    for (const kind of part.counts?.keys() ?? []) {
      if (!known.has(kind)) throw new Error(`${probes.folder}: its probe query returned kind "${kind}", which its module does not list`);
    }
  }
  const error = parts.find((p) => p.error)?.error;
  const anomalies = probes.anomalies.map((probe): AnomalyCount => {
    const base = { kind: probe.kind, extra: probe.extra ?? false, unit: probe.unit, action: probe.action, effect: probe.effect };
    if (error !== undefined) return { ...base, count: null, sampleIds: [], breakdown: null, error };
    let count = 0;
    let sampleIds: string[] = [];
    let breakdown: Record<string, number> | null = null;
    for (const part of parts) {
      const found = part.counts!.get(probe.kind);
      if (!found) continue;
      count += found.count;
      sampleIds = [...sampleIds, ...found.sampleIds].sort().slice(0, SAMPLE_SIZE);
      if (found.breakdown) {
        breakdown ??= {};
        for (const [at, n] of Object.entries(found.breakdown)) breakdown[at] = (breakdown[at] ?? 0) + n;
      }
    }
    if (breakdown) breakdown = Object.fromEntries(Object.entries(breakdown).sort(([a], [b]) => (a < b ? -1 : 1)));
    return { ...base, count, sampleIds, breakdown };
  });
  const prepareError = parts.find((p) => p.prepareError)?.prepareError;
  return { anomalies, blockers: parts.flatMap((p) => p.blockers ?? []), ...(prepareError ? { prepareError } : {}) };
}

/** All parts of a folder on one session, one after the other. */
export async function runFolderProbes(session: ReadOnlySession, ctx: ProbeContext, probes: FolderProbes): Promise<FolderCounts> {
  const parts: PartResult[] = [];
  for (const [i, sql] of probeParts(probes, ctx).entries()) parts.push(await runProbePart(session, ctx, probes, sql, i === 0));
  return mergeParts(probes, parts);
}
