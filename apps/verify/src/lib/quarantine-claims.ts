// Every 'quarantined' entry of the ledger must have its values in migration_quarantine (MIGRATIONS.md,
// rule 3). The two are written by the same migration but keyed by table name at different moments: a
// migration that renames a table may copy rows to the quarantine under the old name (before the
// rename) and book them in the ledger under the new one (a rename moves the count). Both names are one
// table here.
import { SUMMARY_TABLE, renamedTables, type LedgerEntry } from '@leadmetrics/db/migrations';

/** Rows of migration_quarantine per migration and table (and column, which this check does not need), as stored. */
export interface StoredCount {
  migration: string;
  table: string;
  column?: string | null;
  rows: number;
}

export interface QuarantineClaims {
  /** What the quarantine holds per migration and table, each with what the ledger of its migration says it quarantined there. */
  rows: { migration: string; table: string; rows: number; ledgerQuarantined: number }[];
  /** One sentence per migration and table whose ledger claims more than the quarantine holds. */
  problems: string[];
}

export function checkQuarantineClaims(
  ledger: readonly LedgerEntry[],
  stored: readonly StoredCount[],
  quarantineTable: string,
): QuarantineClaims {
  const renamedTo = renamedTables(ledger);
  const tableNow = (name: string) => renamedTo.get(name) ?? name;
  const key = (migration: string, table: string) => `${migration}\u0000${tableNow(table)}`;

  const claimed = new Map<string, { migration: string; table: string; rows: number }>();
  for (const e of ledger) {
    if (e.action !== 'quarantined' || e.tableName === SUMMARY_TABLE) continue;
    const k = key(e.migration, e.tableName);
    const claim = claimed.get(k) ?? { migration: e.migration, table: tableNow(e.tableName), rows: 0 };
    claim.rows += e.rows;
    claimed.set(k, claim);
  }
  // Held per migration and table as stored (the report names the table the migration wrote), and per the table's
  // current name for the comparison.
  const asStored = new Map<string, { migration: string; table: string; rows: number }>();
  const held = new Map<string, number>();
  for (const q of stored) {
    const storedKey = `${q.migration}\u0000${q.table}`;
    const entry = asStored.get(storedKey) ?? { migration: q.migration, table: q.table, rows: 0 };
    entry.rows += q.rows;
    asStored.set(storedKey, entry);
    held.set(key(q.migration, q.table), (held.get(key(q.migration, q.table)) ?? 0) + q.rows);
  }

  const problems: string[] = [];
  for (const [k, claim] of claimed) {
    const holds = held.get(k) ?? 0;
    if (holds < claim.rows) {
      problems.push(
        `${claim.migration} says it quarantined ${claim.rows} row(s) of ${claim.table}, but ${quarantineTable} holds ${holds} from it`,
      );
    }
  }
  return {
    rows: [...asStored.values()].map((q) => ({ ...q, ledgerQuarantined: claimed.get(key(q.migration, q.table))?.rows ?? 0 })),
    problems,
  };
}
