// A column census: for every column of every table, how many values are not null and an
// order-independent fingerprint of the values (sum of a 60-bit slice of md5 of each value's
// text). Row counts alone cannot see a migration that blanks or rewrites a column; comparing two
// censuses can, and the ledger must then explain the change.
import { withPgClient, quoteIdentifier as quote } from '@leadmetrics/db';

export interface ColumnCensus {
  nonNull: number;
  fingerprint: string;
}

/** table -> column -> census. */
export type Census = Record<string, Record<string, ColumnCensus>>;

export async function takeCensus(url: string, excludeTables: readonly string[] = []): Promise<Census> {
  return withPgClient(url, async (client) => {
    const columns = await client.query<{ table: string; column: string }>(
      `SELECT c.relname AS table, a.attname AS column
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
          AND NOT (c.relname = ANY($1::text[]))
        ORDER BY c.relname, a.attnum`,
      [['_prisma_migrations', ...excludeTables]],
    );
    const byTable = new Map<string, string[]>();
    for (const row of columns.rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row.column]);
    const census: Census = {};
    for (const [table, names] of byTable) {
      const parts = names.flatMap((column, i) => [
        `count(${quote(column)}) AS n${i}`,
        `coalesce(sum(('x' || substr(md5(${quote(column)}::text), 1, 15))::bit(60)::bigint), 0)::text AS f${i}`,
      ]);
      const result = await client.query<Record<string, string>>(`SELECT ${parts.join(', ')} FROM ${quote(table)}`);
      const row = result.rows[0]!;
      census[table] = Object.fromEntries(names.map((column, i) => [column, { nonNull: Number(row[`n${i}`]), fingerprint: row[`f${i}`]! }]));
    }
    return census;
  });
}
