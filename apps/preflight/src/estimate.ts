// How long a pending folder will take: a straight line (fixed cost + cost per row of the tables it reads
// or changes) fitted through durations measured by bench/preflight.ts, which applies the chain to seeded
// databases of two scales and records, per folder, the rows it met and the milliseconds it took
// (migration-costs.json beside this file). A folder the file does not know uses DEFAULT_COST.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReadOnlySession } from './read-only.js';
import { ident } from '@leadmetrics/db/migrations';

export const costsFile = fileURLToPath(new URL('./migration-costs.json', import.meta.url));

export interface CostPoint {
  scale: string;
  rows: number;
  ms: number;
}

export interface CostsData {
  $comment?: string;
  measuredOn: string;
  folders: Record<string, CostPoint[]>;
}

/**
 * Used for a folder with no measurement: 250 ms of fixed cost (a transaction, its catalog changes and
 * ledger rows) plus 40 µs per row, about the slowest per-row cost the data folders showed on the bench
 * (a status-enum conversion rewrites each table and rebuilds its indexes). Deliberately pessimistic.
 */
export const DEFAULT_COST = { fixedMs: 250, msPerRow: 0.04 };

export interface Estimate {
  ms: number;
  basis: 'measured' | 'default';
  fixedMs: number;
  msPerRow: number;
}

export function readCosts(file: string = costsFile): CostsData | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CostsData) : null;
}

/** Least-squares line through the points, with neither term allowed below zero. */
export function fitLine(points: readonly CostPoint[]): { fixedMs: number; msPerRow: number } {
  if (points.length === 1) return { fixedMs: 0, msPerRow: points[0]!.rows > 0 ? points[0]!.ms / points[0]!.rows : 0 };
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.rows, 0) / n;
  const my = points.reduce((s, p) => s + p.ms, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.rows - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.rows - mx) * (p.ms - my), 0);
  let msPerRow = sxx > 0 ? sxy / sxx : 0;
  if (msPerRow < 0) msPerRow = 0;
  let fixedMs = my - msPerRow * mx;
  if (fixedMs < 0) {
    fixedMs = 0;
    msPerRow =
      points.reduce((s, p) => s + p.ms * p.rows, 0) /
      Math.max(
        1,
        points.reduce((s, p) => s + p.rows * p.rows, 0),
      );
  }
  return { fixedMs, msPerRow };
}

export function estimateDuration(folder: string, rows: number, costs: CostsData | null): Estimate {
  const points = costs?.folders[folder];
  if (!points || points.length === 0) return { ms: DEFAULT_COST.fixedMs + DEFAULT_COST.msPerRow * rows, basis: 'default', ...DEFAULT_COST };
  const line = fitLine(points);
  return { ms: line.fixedMs + line.msPerRow * rows, basis: 'measured', ...line };
}

export interface TableSize {
  rows: number;
  /** estimate: pg_class.reltuples after ANALYZE; count: an exact COUNT(*). */
  source: 'estimate' | 'count';
}

/**
 * Row counts of the given tables (names as they are in the database). pg_class.reltuples is free and
 * close enough to plan with; tables never analysed (reltuples -1, or 0 on PostgreSQL before 14) are
 * counted, and `exact` counts every table.
 */
export async function readTableSizes(session: ReadOnlySession, tables: readonly string[], exact = false): Promise<Map<string, TableSize>> {
  const sizes = new Map<string, TableSize>();
  if (tables.length === 0) return sizes;
  const { rows } = await session.query<{ name: string; reltuples: number }>(
    `SELECT c.relname AS name, c.reltuples::float8 AS reltuples
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname = ANY($1::text[])`,
    [tables],
  );
  const toCount: string[] = [];
  for (const row of rows) {
    if (!exact && row.reltuples > 0) sizes.set(row.name, { rows: Math.round(row.reltuples), source: 'estimate' });
    else toCount.push(row.name);
  }
  if (toCount.length > 0) {
    const counted = await session.query<{ name: string; n: string }>(
      toCount.map((name, i) => `SELECT $${i + 1}::text AS name, count(*)::text AS n FROM ${ident(name)}`).join(' UNION ALL '),
      toCount,
    );
    for (const row of counted.rows) sizes.set(row.name, { rows: Number(row.n), source: 'count' });
  }
  return sizes;
}

/** "850 ms", "12 s", "3 min 20 s". */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.max(1, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1_000);
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
