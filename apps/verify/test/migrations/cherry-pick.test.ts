// Every migration folder on disk, taken on its own: a copy of the seeded legacy database, then
// exactly the folders it declares it needs, then the folder itself. It must apply, its accounting
// must balance, its validate.sql must find nothing, its ledger must report as many affected rows
// for each anomaly kind it resolves as the seed planted, and its down.sql must bring the catalog
// back to what it was before it.
import { diffSnapshots, takeCatalogSnapshot, withPgClient } from '@leadmetrics/db';
import { loadFindingsCatalog } from '@leadmetrics/db';
import {
  applyFolders,
  BASELINE_FOLDER,
  checkAnomalyEntries,
  checkLedgerBalance,
  countTableRows,
  dependencyClosure,
  ledgerEntriesOf,
  listMigrationFolders,
  readLedger,
  readMigrationFolder,
  revertFolder,
  runValidate,
  SUMMARY_TABLE,
} from '@leadmetrics/db/migrations';
import { applyPhasedChain, phasedFindings } from '@leadmetrics/db/online';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLegacyDatabase, templateDatabase, type LegacyData, type TemplateDatabase } from './support/databases.js';

const folders = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);
const catalog = loadFindingsCatalog();

let legacy: TemplateDatabase<LegacyData>;

beforeAll(async () => {
  legacy = await templateDatabase('lm_mig_pick', buildLegacyDatabase);
}, 600_000);

afterAll(async () => {
  await legacy?.dispose();
});

async function quarantinedRows(url: string, migration: string): Promise<number> {
  return withPgClient(url, async (client) => {
    const present = await client.query(`SELECT to_regclass('public.migration_quarantine') IS NOT NULL AS present`);
    if (!present.rows[0].present) return 0;
    const result = await client.query(`SELECT count(*)::int AS n FROM migration_quarantine WHERE migration = $1`, [migration]);
    return result.rows[0].n as number;
  });
}

describe('every folder declares what the catalog expects of it', () => {
  it.each(folders)('%s', (name) => {
    const folder = readMigrationFolder(name);
    if (folder.finding === null) {
      expect(folder.resolves, 'an infrastructure folder resolves no anomaly kind').toEqual([]);
      return;
    }
    const finding = catalog.findings.find((f) => f.id === folder.finding);
    expect(finding, `finding ${folder.finding} is not in catalog/findings.json`).toBeDefined();
    // The folder name carries the finding number (f01 ... f18), as MIGRATIONS.md lists them.
    expect(name).toContain(`_f${String(folder.finding).padStart(2, '0')}_`);
    // A finding split over several folders (concurrent index statements, a contract step) has its
    // anomalies resolved, and its catalog entry named, by its first folder; the others depend on it.
    if (folder.phase === 'contract' || (finding!.migration !== null && finding!.migration !== name)) {
      expect(folder.resolves, 'a further folder of a finding resolves nothing of its own').toEqual([]);
      expect(dependencyClosure([name]), `a further folder of finding ${folder.finding} depends on its first`).toContain(finding!.migration);
      return;
    }
    expect([...folder.resolves].sort()).toEqual([...finding!.anomalies].sort());
    // Once the catalog names the finding's migration, it must be this folder.
    if (finding!.migration !== null) expect(finding!.migration).toBe(name);
  });
});

// A phased finding is taken whole: its expand folder, its backfill and its contract folders
// (prisma/ONLINE.md); its contract folders are tested with it, not alone.
const phased = phasedFindings();
const contractFolders = new Set(phased.flatMap((p) => p.contractFolders));
// An index folder of a phased finding is taken with its expand folder too: picked alone after an
// expand folder whose backfill it would run, it would meet ledger entries that are not its own.
const furtherFolders = new Set(
  folders.filter((name) => {
    const finding = readMigrationFolder(name).finding;
    return phased.some((p) => p.finding !== null && p.finding === finding && p.expandFolder !== name);
  }),
);
const picks = folders.filter((name) => !contractFolders.has(name) && !furtherFolders.has(name));

describe.concurrent('cherry-pick: legacy database + declared dependencies + the folder (a phased finding: all its phases)', () => {
  it.each(picks)('%s', async (name) => {
    const folder = readMigrationFolder(name);
    // What the folder needs, then the folder with the rest of its finding's phases (an index
    // folder, the contract folders).
    const before = dependencyClosure([name]).filter((n) => n !== name);
    const contracts = phased.find((p) => p.expandFolder === name)?.contractFolders ?? [];
    const own = dependencyClosure([name, ...contracts]).filter((n) => !before.includes(n));
    const db = await legacy.clone('lm_mig_pick_copy');
    try {
      expect(before[0]).toBe(BASELINE_FOLDER);
      expect(own[0]).toBe(name);
      await applyFolders(db.url, before, { via: 'sql' });

      const countsBefore = await countTableRows(db.url);
      const catalogBefore = await takeCatalogSnapshot(db.url);
      await applyPhasedChain(db.url, { via: 'sql', folders: own, backfill: { pauseMs: 0 } });
      const countsAfter = await countTableRows(db.url);
      const ledger = ledgerEntriesOf(await readLedger(db.url), own);

      // Rule 1: every table's row count is explained by the ledger.
      expect(checkLedgerBalance(countsBefore, countsAfter, ledger).problems).toEqual([]);
      // Rule 3: every value the ledger calls quarantined is in the quarantine table (summary
      // entries, tableName '*', repeat their detail entries and are not counted twice).
      const quarantined = ledger
        .filter((e) => e.action === 'quarantined' && e.tableName !== SUMMARY_TABLE)
        .reduce((sum, e) => sum + e.rows, 0);
      expect(await quarantinedRows(db.url, name), "rows in migration_quarantine = sum of the ledger's quarantined entries").toBe(
        quarantined,
      );
      // Rule 2: one entry per resolved kind, with the number of rows the seed planted.
      const { counts, problems } = checkAnomalyEntries(ledger, name, folder.resolves);
      expect(problems).toEqual([]);
      const mismatches: string[] = [];
      for (const kind of folder.resolves) {
        const planted = legacy.data.anomalies[kind];
        if (counts[kind] !== planted?.count)
          mismatches.push(`${kind}: the ledger says ${counts[kind]}, the seed planted ${planted?.count}`);
      }
      expect(mismatches, mismatches.join('; ')).toEqual([]);
      for (const each of own) expect(await runValidate(db.url, each)).toEqual([]);

      // up -> down: the catalog is what it was before the folder(s).
      for (const each of [...own].reverse()) await revertFolder(db.url, each);
      expect(diffSnapshots(catalogBefore, await takeCatalogSnapshot(db.url), { labels: ['before', 'after down.sql'] })).toEqual([]);
    } finally {
      await db.dispose();
    }
  });
});
