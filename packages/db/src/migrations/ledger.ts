// The accounting of prisma/MIGRATIONS.md: what the ledger says a migration did to existing rows,
// and whether the table row counts before and after agree with it.
import type pg from 'pg';
import { quoteIdentifier as quote, withPgClient } from '../provision.js';

export const LEDGER_ACTIONS = ['inserted', 'deleted', 'updated', 'nulled', 'merged', 'moved', 'quarantined', 'renamed', 'kept'] as const;
export type LedgerAction = (typeof LEDGER_ACTIONS)[number];

/** The two tables the accounting itself writes to; they are the record, not data being accounted for. */
export const LEDGER_TABLE = 'migration_ledger';
export const QUARANTINE_TABLE = 'migration_quarantine';
/**
 * tableName of a summary entry: an anomaly spanning many tables is counted once with this name, the
 * per-table detail entries beside it carry no anomaly (MIGRATIONS.md, rule 2). Summaries repeat
 * what the detail entries say, so the balance leaves them out.
 */
export const SUMMARY_TABLE = '*';
/** The operator's decisions for values a new type cannot hold (loaded before the migrations run). */
export const VALUE_MAPPING_TABLE = 'migration_value_mapping';
/** Tables whose counts checkLedgerBalance ignores: the accounting tables, the mapping and Prisma's history. */
export const BOOKKEEPING_TABLES: readonly string[] = [LEDGER_TABLE, QUARANTINE_TABLE, VALUE_MAPPING_TABLE, '_prisma_migrations'];

export interface LedgerEntry {
  id: number;
  migration: string;
  tableName: string;
  action: LedgerAction;
  rows: number;
  anomaly: string | null;
  note: string | null;
}

export type TableCounts = Record<string, number>;

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  const result = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${table}`]);
  return result.rows[0].present as boolean;
}

/** Every ledger entry, oldest first; [] when the ledger table does not exist yet. */
export async function readLedger(databaseUrl: string): Promise<LedgerEntry[]> {
  return withPgClient(databaseUrl, async (client) => {
    if (!(await tableExists(client, LEDGER_TABLE))) return [];
    const result = await client.query<LedgerEntry>(
      `SELECT id, migration, "tableName", action::text AS action, rows, anomaly, note FROM ${LEDGER_TABLE} ORDER BY id`,
    );
    return result.rows.map((row) => ({ ...row, rows: Number(row.rows) }));
  });
}

/** Number of quarantined values per migration; {} when the quarantine table does not exist yet. */
/** Values (or whole rows, `column` null) that one migration copied to migration_quarantine from one table and column. */
export interface QuarantineCount {
  migration: string;
  table: string;
  column: string | null;
  rows: number;
}

/** migration_quarantine counted per migration, table and column; empty when the database has no quarantine yet. */
export async function readQuarantineCounts(databaseUrl: string): Promise<QuarantineCount[]> {
  return withPgClient(databaseUrl, async (client) => {
    if (!(await tableExists(client, QUARANTINE_TABLE))) return [];
    const result = await client.query<{ migration: string; table: string; column: string | null; rows: string }>(
      `SELECT migration, "tableName" AS table, "columnName" AS column, count(*) AS rows FROM ${QUARANTINE_TABLE} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    return result.rows.map((row) => ({ ...row, rows: Number(row.rows) }));
  });
}

/** Exact row count of every ordinary table of the `public` schema (count(*), not the planner's estimate). */
export async function countTableRows(databaseUrl: string): Promise<TableCounts> {
  return withPgClient(databaseUrl, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    );
    if (tables.rows.length === 0) return {};
    const union = tables.rows.map((t, i) => `SELECT ${i} AS i, count(*) AS n FROM ${quote(t.name)}`).join(' UNION ALL ');
    const counts = await client.query<{ i: number; n: string }>(union);
    const out: TableCounts = {};
    for (const row of counts.rows) out[tables.rows[row.i]!.name] = Number(row.n);
    return out;
  });
}

/** The entries written by the given migrations (the ones applied between two counts). */
export function ledgerEntriesOf(ledger: readonly LedgerEntry[], migrations: readonly string[]): LedgerEntry[] {
  const wanted = new Set(migrations);
  return ledger.filter((entry) => wanted.has(entry.migration));
}

export interface BalanceResult {
  ok: boolean;
  /** One sentence per broken rule; empty when the books balance. */
  problems: string[];
  /** Per table: count before (after renames), + inserted, - deleted, expected and actual count after. */
  tables: Record<string, { before: number; inserted: number; deleted: number; expected: number; after: number }>;
}

/** Old table name -> new one, from the ledger's `renamed` entries (whose note is the new name). */
export function renamedTables(ledger: readonly LedgerEntry[]): Map<string, string> {
  return new Map(ledger.filter((e) => e.action === 'renamed' && e.note?.trim()).map((e) => [e.tableName, e.note!.trim()]));
}

/**
 * Rule 1 of MIGRATIONS.md: for every table, rows after = rows before + inserted - deleted (a
 * `renamed` entry, whose note is the new name, carries the count over to that name); and every
 * `deleted` is matched by `moved`, `merged` or `quarantined` entries of the same migration and
 * table for at least as many rows, saying where the data went. `ledger` must hold only the entries
 * of the migrations applied between `before` and `after` (see ledgerEntriesOf). The bookkeeping
 * tables (ledger, quarantine, _prisma_migrations) are not counted, nor are summary entries
 * (tableName '*', see SUMMARY_TABLE).
 */
export function checkLedgerBalance(before: TableCounts, after: TableCounts, entries: readonly LedgerEntry[]): BalanceResult {
  const problems: string[] = [];
  const ledger = entries.filter((entry) => entry.tableName !== SUMMARY_TABLE);
  const ignored = new Set(BOOKKEEPING_TABLES);
  const start = new Map(Object.entries(before).filter(([table]) => !ignored.has(table)));

  for (const entry of ledger) {
    if (!(LEDGER_ACTIONS as readonly string[]).includes(entry.action)) {
      problems.push(`ledger entry ${entry.id} (${entry.migration}): unknown action "${entry.action}"`);
    }
    if (!Number.isInteger(entry.rows) || entry.rows < 0) {
      problems.push(
        `ledger entry ${entry.id} (${entry.migration}, ${entry.tableName}, ${entry.action}): rows must be a whole number >= 0, got ${entry.rows}`,
      );
    }
  }

  // Renames first, in ledger order: the old table's count continues under the new name.
  for (const entry of ledger.filter((e) => e.action === 'renamed')) {
    const to = entry.note?.trim();
    if (!to) {
      problems.push(
        `ledger entry ${entry.id} (${entry.migration}): "renamed" on ${entry.tableName} must give the new table name as its note`,
      );
      continue;
    }
    if (!start.has(entry.tableName)) {
      problems.push(`ledger entry ${entry.id} (${entry.migration}): renames ${entry.tableName}, which did not exist before`);
      continue;
    }
    start.set(to, start.get(entry.tableName)!);
    start.delete(entry.tableName);
  }

  const sum = (table: string, actions: readonly LedgerAction[], migration?: string) =>
    ledger
      .filter((e) => e.tableName === table && actions.includes(e.action) && (migration === undefined || e.migration === migration))
      .reduce((total, e) => total + e.rows, 0);

  const tables: BalanceResult['tables'] = {};
  const names = new Set([...start.keys(), ...Object.keys(after).filter((table) => !ignored.has(table))]);
  for (const table of [...names].sort()) {
    const countBefore = start.get(table) ?? 0;
    const inserted = sum(table, ['inserted']);
    const deleted = sum(table, ['deleted']);
    const expected = countBefore + inserted - deleted;
    const countAfter = after[table];
    tables[table] = { before: countBefore, inserted, deleted, expected, after: countAfter ?? 0 };
    if (countAfter === undefined) {
      problems.push(`table ${table} had ${countBefore} rows and is gone, with no "renamed" entry saying where it went`);
    } else if (countAfter !== expected) {
      problems.push(
        `table ${table}: ${countAfter} rows after, but the ledger explains ${expected} (${countBefore} before + ${inserted} inserted - ${deleted} deleted)`,
      );
    }
  }

  // Every deletion says where the rows went.
  const deletions = new Map<string, { migration: string; table: string; rows: number }>();
  for (const entry of ledger.filter((e) => e.action === 'deleted')) {
    const key = `${entry.migration}\u0000${entry.tableName}`;
    const seen = deletions.get(key) ?? { migration: entry.migration, table: entry.tableName, rows: 0 };
    seen.rows += entry.rows;
    deletions.set(key, seen);
  }
  for (const { migration, table, rows } of deletions.values()) {
    const accounted = sum(table, ['moved', 'merged', 'quarantined'], migration);
    if (accounted < rows) {
      problems.push(
        `${migration} deleted ${rows} rows of ${table} but its moved/merged/quarantined entries for ${table} cover only ${accounted}: say where the rest went`,
      );
    }
  }
  return { ok: problems.length === 0, problems, tables };
}

/**
 * Rule 2 of MIGRATIONS.md: exactly one entry of `migration` carries each anomaly kind it resolves
 * (and none carries a kind it does not declare). Returns the rows recorded per kind, and problems.
 */
export function checkAnomalyEntries(
  ledger: readonly LedgerEntry[],
  migration: string,
  resolves: readonly string[],
): { counts: Record<string, number>; problems: string[] } {
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  const own = ledger.filter((e) => e.migration === migration && e.anomaly !== null);
  for (const kind of resolves) {
    const entries = own.filter((e) => e.anomaly === kind);
    if (entries.length !== 1)
      problems.push(`${migration}: expected exactly one ledger entry with anomaly '${kind}', found ${entries.length}`);
    if (entries.length > 0) counts[kind] = entries[0]!.rows;
  }
  for (const entry of own) {
    if (!resolves.includes(entry.anomaly!)) {
      problems.push(
        `${migration}: ledger entry ${entry.id} carries anomaly '${entry.anomaly}', which the README's "resolves" does not list`,
      );
    }
  }
  return { counts, problems };
}
