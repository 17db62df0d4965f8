// Shared steps of the folder-specific tests (prisma/migrations/<folder>/migration.test.ts): a fresh legacy
// database holding only the rows a test plants, the folder's declared dependencies, then the folder,
// with the accounting rules of prisma/MIGRATIONS.md checked on every run.
import { withPgClient, type ThrowawayDatabase } from '../provision.js';
import {
  applyFolders,
  BASELINE_FOLDER,
  checkAnomalyEntries,
  checkLedgerBalance,
  countTableRows,
  dependencyClosure,
  ledgerEntriesOf,
  readLedger,
  readMigrationFolder,
  runValidate,
  SUMMARY_TABLE,
  type LedgerEntry,
} from '../migrations/index.js';
import type pg from 'pg';
import { expect } from 'vitest';
import { createTestDatabase } from '../test-database.js';
import { FixtureWriter } from './legacy-fixtures.js';
import { applyPhasedChain, phasedFindings } from '../online/index.js';

export { FixtureWriter };

/**
 * A new database with the legacy schema, the rows `plant` writes, then every folder `folder`
 * depends on (not the folder itself). Dispose it when done.
 */
export async function legacyDatabaseFor(
  folder: string,
  plant: (w: FixtureWriter, client: pg.Client) => Promise<void>,
): Promise<ThrowawayDatabase> {
  const db = await createTestDatabase(`lm_${folder.replace(/^\d+_/, '').slice(0, 3)}`);
  try {
    await applyFolders(db.url, [BASELINE_FOLDER], { via: 'sql' });
    await withPgClient(db.url, (client) => plant(new FixtureWriter(client), client));
    await applyFolders(db.url, dependencyClosure([folder]).slice(0, -1), { via: 'sql' });
    return db;
  } catch (error) {
    await db.dispose();
    throw error;
  }
}

export interface FolderRun {
  /** This folder's ledger entries, in the order written. */
  ledger: LedgerEntry[];
  notices: string[];
  /** The single entry carrying `kind` (fails the test when there is not exactly one). */
  anomaly(kind: string): LedgerEntry;
  /** Sum of `rows` of the entries on `table` with `action` (0 when there are none). */
  rows(table: string, action: LedgerEntry['action']): number;
}

/**
 * Applies `folder` and checks what holds for every data folder: the row counts balance with the
 * ledger, the quarantine holds exactly as many values as the ledger's `quarantined` entries say,
 * one entry per anomaly kind the README declares, and validate.sql finds nothing.
 */
export async function applyAccounted(db: ThrowawayDatabase, folder: string): Promise<FolderRun> {
  const before = await countTableRows(db.url);
  const { notices, folders } = await applyFolderOrFinding(db.url, folder);
  const after = await countTableRows(db.url);
  const ledger = ledgerEntriesOf(await readLedger(db.url), [folder]);

  expect(checkLedgerBalance(before, after, ledger).problems).toEqual([]);
  const quarantinedValues = await withPgClient(db.url, async (client) =>
    Number((await client.query(`SELECT count(*) AS n FROM migration_quarantine WHERE migration = $1`, [folder])).rows[0].n),
  );
  // a summary entry (tableName '*') repeats its detail entries, so it is not counted again
  expect(quarantinedValues).toBe(
    ledger.filter((e) => e.action === 'quarantined' && e.tableName !== SUMMARY_TABLE).reduce((sum, e) => sum + e.rows, 0),
  );
  expect(checkAnomalyEntries(ledger, folder, readMigrationFolder(folder).resolves).problems).toEqual([]);
  for (const name of folders) expect(await runValidate(db.url, name), `${name}/validate.sql`).toEqual([]);

  return {
    ledger,
    notices,
    anomaly(kind) {
      const entries = ledger.filter((e) => e.anomaly === kind);
      expect(entries, `ledger entries for ${kind}`).toHaveLength(1);
      return entries[0]!;
    },
    rows(table, action) {
      return ledger.filter((e) => e.tableName === table && e.action === action).reduce((sum, e) => sum + e.rows, 0);
    },
  };
}

/**
 * Applies one folder; an expand folder is applied with its whole finding (its other folders, the
 * backfill, the release and the contract folders), as a team adopting it online would.
 */
async function applyFolderOrFinding(url: string, folder: string): Promise<{ notices: string[]; folders: string[] }> {
  const phased = phasedFindings().find((p) => p.expandFolder === folder);
  if (!phased) {
    const [applied] = await applyFolders(url, [folder], { via: 'sql' });
    return { notices: applied?.notices ?? [], folders: [folder] };
  }
  const dependencies = dependencyClosure([folder]).slice(0, -1);
  const own = dependencyClosure([folder, ...phased.contractFolders]).filter((name) => !dependencies.includes(name));
  const notices: string[] = [];
  await applyPhasedChain(url, {
    via: 'sql',
    folders: own,
    backfill: { pauseMs: 0 },
    onNotice: (_folder, message) => notices.push(message),
  });
  return { notices, folders: own };
}

/** Rows of a query, for short assertions. */
export function query<T extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withPgClient(url, async (client) => (await client.query<T>(sql, params)).rows);
}

/** The quarantine rows `folder` wrote, keyed "<tableName> <rowId> <columnName>". */
export async function quarantineOf(
  url: string,
  folder: string,
): Promise<Map<string, { value: unknown; reason: string; tenantId: string | null }>> {
  const rows = await query<{
    tableName: string;
    rowId: string;
    columnName: string | null;
    value: unknown;
    reason: string;
    tenantId: string | null;
  }>(
    url,
    `SELECT "tableName", "rowId", "columnName", value, reason, "tenantId" FROM migration_quarantine WHERE migration = $1 ORDER BY id`,
    [folder],
  );
  return new Map(
    rows.map((r) => [
      `${r.tableName} ${r.rowId} ${r.columnName ?? ''}`.trimEnd(),
      { value: r.value, reason: r.reason, tenantId: r.tenantId },
    ]),
  );
}

/** A column of a table exists (not dropped). */
export async function hasColumn(url: string, table: string, column: string): Promise<boolean> {
  const rows = await query(
    url,
    `SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
    [table, column],
  );
  return rows.length > 0;
}

export const day = (d: number) => new Date(Date.UTC(2025, 0, d));
