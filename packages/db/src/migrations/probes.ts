// How preflight counts what a pending migration will meet, without running it.
//
// Each migration folder that touches data has ONE probe module beside its SQL
// (`prisma/migrations/<folder>/probe.ts`, listed in folder-probes.ts), and that module's query is the only place where preflight's detection of each of its anomaly kinds is
// written. A test (apps/preflight/test/agreement.test.ts) applies every folder to a seeded database right
// after preflight has counted, and requires each count to equal the `rows` of the folder's own ledger
// entry for that kind, booked under the same action; another requires the module to cover exactly the
// kinds its README's front matter says the folder `resolves`. So a probe cannot drift away from its
// migration without a failing test naming both.
//
// Where a migration's rules come from the corrected schema (enum members, the typed columns of a new
// table), probes read them from the reference catalog, i.e. from what the migrations actually create,
// rather than repeating the lists.
import type pg from 'pg';
import type { CatalogSnapshot } from '../catalog-snapshot.js';
import { quoteIdentifier } from '../provision.js';
import type { LedgerAction } from './ledger.js';
import type { MappableColumn } from './value-mapping.js';

/** The read-only connection preflight gives a probe (a transaction that cannot write). */
export interface ProbeSession {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * What the migrations do to the legacy catalog, folder by folder (preflight's reference catalog): the catalog
 * after a set of folders, and the objects one folder sets (keys such as `column|public.users|status`).
 */
export interface ProbeReference {
  readonly folders: readonly string[];
  expected(applied: Iterable<string>): { snapshot: CatalogSnapshot };
  delta(folder: string): { set: Record<string, unknown>; remove: readonly string[] };
}

export interface ProbeContext {
  reference: ProbeReference;
  /**
   * The quoted name, in the database as it is now, of a table the folder knows by `name` (a folder runs
   * after the folders before it, which may rename tables that are still under their old name here).
   */
  table(name: string): string;
  /** Members of an enum the migrations create, in order; throws when the reference does not have it. */
  enumLabels(name: string): string[];
  /** Connections counting side by side: how many parts a big query is worth splitting into. */
  connections: number;
}

/** One anomaly kind a folder's query counts. */
export interface AnomalyProbe {
  /** The anomaly kind of catalog/findings.json, or a further kind when `extra` is set. */
  kind: string;
  /** A kind beyond the catalog's: more the migration does to data that an operator should know about. */
  extra?: boolean;
  /** What one counted unit is ('users', 'JSON entries', ...). */
  unit: string;
  /** The action of the folder's ledger entry for this kind (migration_ledger.action). */
  action: LedgerAction;
  /** What the migration does with them, in a few words. */
  effect: string;
}

/**
 * Data the migration refuses: when the query returns rows (id text), the folder stops with an error, so
 * preflight marks it blocked and shows the ids.
 */
export interface BlockerProbe {
  what: string;
  /** What to do about it. */
  fix: string;
  sql(ctx: ProbeContext): string;
}

/**
 * The columns a folder converts whose values the new type may not hold, and the query that finds those
 * values the way the folder does: not a mere spelling variant, no lossless reading. Each such value
 * needs an entry in the operator's mapping, or the folder stops.
 */
export interface ValueProbe {
  columns(ctx: ProbeContext): MappableColumn[];
  /** One query returning rows (table_name text, column_name text, value text, n bigint): each value with how many rows hold it. */
  sql(ctx: ProbeContext): string;
}

export interface FolderProbes {
  folder: string;
  /** Values the new type cannot hold (a folder that converts values with a mapping). */
  values?: ValueProbe;
  /** The kinds `sql` classifies rows into, in report order. */
  anomalies: AnomalyProbe[];
  /**
   * ONE query for all the folder's kinds, so each table is read once however many kinds it holds. It
   * returns one row per affected item with four columns:
   *   kind  text    one of `anomalies`' kinds,
   *   id    text    the row's primary key (what the sample ids show),
   *   n     bigint  how many counted units the row holds (1 for rows; the number of entries of a JSON log),
   *   at    text    where it sits, for kinds spread over several tables or outcomes (NULL otherwise).
   * A query that counts without listing every row may instead return count rows (id NULL, n = the count)
   * and sample rows (an id, n = 0).
   * A list is a query in parts whose rows together are the folder's (one per table, say): the parts are
   * counted side by side when preflight has several connections.
   */
  sql(ctx: ProbeContext): string | string[];
  blockers?: BlockerProbe[];
  /**
   * How expensive a row of this folder's tables is to count, relative to a plain scan (default 1): JSON
   * taken apart entry by entry costs far more. Only used to start the longest work first.
   */
  costPerRow?: number;
  /**
   * Runs before the probes of this folder, in the same read-only transaction (for work SQL alone cannot
   * do, such as trying a cast the way the migration does; results are passed on with set_config). A
   * folder with a prepare step must give `sql` as one string, which runs on the same connection.
   */
  prepare?(session: ProbeSession, ctx: ProbeContext): Promise<void>;
}

/** A double-quoted SQL identifier (the one quoter of the package, under the short name probes use). */
export const ident = quoteIdentifier;

/** A single-quoted SQL string literal. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function literalList(values: readonly string[]): string {
  return values.map(literal).join(', ');
}

/** `public.users` → `users`; other schemas keep their prefix. */
export function bareTableName(tableKey: string): string {
  return tableKey.startsWith('public.') ? tableKey.slice('public.'.length) : tableKey;
}
