// Counts say how many values a column lost and how many copies the quarantine holds; they do not say
// that the copies are of the values that went. A migration could blank one row's value and quarantine
// another's, and the counts would agree. This check looks at the rows themselves: a value copied to
// migration_quarantine from a column that still exists must no longer be in that row as it was (the
// migration blanked it, replaced it or removed the row). A copy whose row still holds exactly the
// quarantined value points at the wrong row.
import { withPgClient, quoteIdentifier as quote } from '@leadmetrics/db';
import { QUARANTINE_TABLE, renamedTables, type LedgerEntry, type QuarantineCount } from '@leadmetrics/db/migrations';

export interface UnchangedCopies {
  table: string;
  column: string;
  /** Quarantined values whose row still holds them unchanged. */
  count: number;
  sampleRowIds: string[];
}

/**
 * Of the quarantined single values (`counts` with a column name, not whole rows or JSON elements such as
 * `faqs[2]`) whose table and column still exist and whose table is keyed by `id`: those the row still holds
 * unchanged. A table renamed by a migration is looked up under its new name (the ledger's `renamed` entries).
 */
export async function quarantinedButUnchanged(
  url: string,
  ledger: readonly LedgerEntry[],
  counts: readonly QuarantineCount[],
): Promise<UnchangedCopies[]> {
  const renamedTo = renamedTables(ledger);
  const pairs = new Map<string, { table: string; column: string }>();
  for (const q of counts) if (q.column !== null) pairs.set(`${q.table}\u0000${q.column}`, { table: q.table, column: q.column });
  if (pairs.size === 0) return [];
  return withPgClient(url, async (client) => {
    const columns = await client.query<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = current_schema()`,
    );
    const exists = new Set(columns.rows.map((c) => `${c.table}\u0000${c.column}`));
    const found: UnchangedCopies[] = [];
    for (const { table, column } of pairs.values()) {
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
