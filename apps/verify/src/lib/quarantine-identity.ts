// Counts say how many values a column lost and how many copies the quarantine holds; they do not say
// that the copies are of the values that went. A migration could blank one row's value and quarantine
// another's, and the counts would agree. This check looks at the rows themselves: a value copied to
// migration_quarantine from a column that still exists must no longer be in that row as it was (the
// migration blanked it, replaced it or removed the row). A copy whose row still holds exactly the
// quarantined value points at the wrong row.
import { withPgClient } from '@leadmetrics/db';
import type pg from 'pg';
import { QUARANTINE_TABLE, type LedgerEntry } from '@leadmetrics/db/migrations/ledger.js';

export interface UnchangedCopies {
  table: string;
  column: string;
  /** Quarantined values whose row still holds them unchanged. */
  count: number;
  sampleRowIds: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Whether the database has migration_quarantine at all (it comes with the ledger migration). */
export async function hasQuarantine(client: pg.Client): Promise<boolean> {
  const present = await client.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${QUARANTINE_TABLE}`]);
  return present.rows[0]!.present;
}

/**
 * Quarantined single values (a column name, not a whole row or a JSON element such as `faqs[2]`) whose
 * table and column still exist, keyed by `id`: those the row still holds unchanged. A table renamed by a
 * migration is looked up under its new name (the ledger's `renamed` entries).
 */
export async function quarantinedButUnchanged(url: string, ledger: readonly LedgerEntry[]): Promise<UnchangedCopies[]> {
  const renamedTo = new Map(ledger.filter((e) => e.action === 'renamed' && e.note).map((e) => [e.tableName, e.note!.trim()]));
  return withPgClient(url, async (client) => {
    if (!(await hasQuarantine(client))) return [];
    const pairs = await client.query<{ table: string; column: string }>(
      `SELECT DISTINCT "tableName" AS table, "columnName" AS column FROM ${quote(QUARANTINE_TABLE)} WHERE "columnName" IS NOT NULL`,
    );
    const columns = await client.query<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = current_schema()`,
    );
    const exists = new Set(columns.rows.map((c) => `${c.table}\u0000${c.column}`));
    const found: UnchangedCopies[] = [];
    for (const { table, column } of pairs.rows) {
      const now = renamedTo.get(table) ?? table;
      if (!exists.has(`${now}\u0000${column}`) || !exists.has(`${now}\u0000id`)) continue;
      const result = await client.query<{ count: number; samples: string[] | null }>(
        `SELECT count(*)::int AS count, (array_agg(q."rowId" ORDER BY q."rowId"))[1:5] AS samples
           FROM ${quote(QUARANTINE_TABLE)} q JOIN ${quote(now)} t ON t."id"::text = q."rowId"
          WHERE q."tableName" = $1 AND q."columnName" = $2 AND to_jsonb(t.${quote(column)}) = q."value"`,
        [table, column],
      );
      const row = result.rows[0]!;
      if (row.count > 0) found.push({ table: now, column, count: row.count, sampleRowIds: row.samples ?? [] });
    }
    return found;
  });
}
