// The data-touching folders on the hand-made fixtures (support/fixtures.ts), where every expected
// outcome is known row by row, including the edge cases a random seed may not produce. Each test
// also takes the folder down again and checks that every table holds exactly its old rows.
import { withPgClient } from '../src/index.js';
import { applyFolders, BASELINE_FOLDER, dependencyClosure, revertFolder } from '../src/migrations/index.js';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantLegacyFixtures, templateDatabase, type FixtureManifest, type TemplateDatabase } from '../src/testing/index.js';
import { applyPhasedChain, phasedFindings } from '../src/online/index.js';

const F01 = '20261129000005_f01_membership_via_tenant_member';
const F02 = '20261129000004_f02_activity_source_deliverable_fk';
const F05 = '20261129000003_f05_help_analytics_tenant_fk';
const F09 = '20261129000007_f09_backlink_health_backlink_fk';
const F10 = '20261129000008_f10_derive_invoice_reminder_count';
const F15 = '20261129000013_f15_credit_balance_created_at';
const F17 = '20261129000014_f17_rename_rag_crawl_job';

let legacy: TemplateDatabase<FixtureManifest>;

beforeAll(async () => {
  legacy = await templateDatabase('lm_mig_fix', async (url) => {
    await applyFolders(url, [BASELINE_FOLDER], { via: 'sql' });
    return withPgClient(url, plantLegacyFixtures);
  });
}, 300_000);

afterAll(async () => {
  await legacy?.dispose();
});

/** A digest of every row of every table except the accounting ones (column order does not matter: jsonb sorts keys). */
async function dataDigest(client: pg.Client): Promise<Record<string, string>> {
  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('migration_ledger', 'migration_quarantine', '_prisma_migrations')`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const result = await client.query(
      `SELECT coalesce(md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)), 'empty') AS d FROM "${name}" t`,
    );
    out[name] = result.rows[0].d;
  }
  return out;
}

/**
 * Copy of the fixtures with the folder's dependencies applied; runs `check` after the folder,
 * then reverts it and expects every table's rows back as they were.
 */
async function withFolder(name: string, check: (client: pg.Client) => Promise<void>): Promise<void> {
  const db = await legacy.clone('lm_mig_fix_copy');
  try {
    // A phased finding is applied whole: expand, its other folders, backfill, release, contract.
    const before = dependencyClosure([name]).slice(0, -1);
    const contracts = phasedFindings().find((p) => p.expandFolder === name)?.contractFolders ?? [];
    const own = dependencyClosure([name, ...contracts]).filter((n) => !before.includes(n));
    await applyFolders(db.url, before, { via: 'sql' });
    const digest = await withPgClient(db.url, dataDigest);
    await applyPhasedChain(db.url, { via: 'sql', folders: own, backfill: { pauseMs: 0 } });
    await withPgClient(db.url, check);
    for (const folder of [...own].reverse()) await revertFolder(db.url, folder);
    expect(await withPgClient(db.url, dataDigest)).toEqual(digest);
  } finally {
    await db.dispose();
  }
}

const rows = async (client: pg.Client, sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
const ledgerOf = (client: pg.Client, migration: string) =>
  rows(client, `SELECT "tableName", action::text, rows, anomaly FROM migration_ledger WHERE migration = $1 ORDER BY id`, [migration]);
const quarantineOf = (client: pg.Client, migration: string) =>
  rows(
    client,
    `SELECT "tableName", "rowId", "columnName", value, "tenantId" FROM migration_quarantine WHERE migration = $1 ORDER BY "rowId"`,
    [migration],
  );

describe.concurrent('data-touching folders on the fixtures', () => {
  it('f01 adds the missing memberships, keeps the others and keeps every tenantId', async () => {
    await withFolder(F01, async (client) => {
      const members = await rows(client, `SELECT "tenantId", "userId", role FROM tenant_members ORDER BY "userId", "tenantId"`);
      expect(members).toEqual([
        { tenantId: 't1', userId: 'u1', role: 'owner' },
        { tenantId: 't1', userId: 'u2', role: 'member' }, // added: legacy default role
        { tenantId: 't1', userId: 'u3', role: 'admin' },
        { tenantId: 't2', userId: 'u3', role: 'viewer' },
        { tenantId: 't1', userId: 'u4', role: 'member' },
        { tenantId: 't2', userId: 'u4', role: 'member' }, // added
        { tenantId: 't2', userId: 'u5', role: 'member' },
      ]);
      const joined = await rows(
        client,
        `SELECT tm."joinedAt" = u."createdAt" AS same FROM tenant_members tm JOIN users u ON u.id = tm."userId" WHERE tm.id NOT IN ('m1','m3a','m3b','m4','m5')`,
      );
      expect(joined).toEqual([{ same: true }, { same: true }]);
      expect(await ledgerOf(client, F01)).toEqual([
        { tableName: 'tenant_members', action: 'inserted', rows: 2, anomaly: 'user_without_membership' },
        { tableName: 'tenant_members', action: 'kept', rows: 2, anomaly: 'member_of_other_tenant' },
        { tableName: 'users', action: 'quarantined', rows: 4, anomaly: null },
      ]);
      const kept = await quarantineOf(client, F01);
      expect(kept.map((q) => [q.rowId, q.value, q.tenantId])).toEqual([
        ['u1', 't1', 't1'],
        ['u2', 't1', 't1'],
        ['u3', 't1', 't1'],
        ['u4', 't2', 't2'],
      ]);
    });
  });

  it('f02 quarantines and nulls dangling and cross-tenant source deliverables only', async () => {
    await withFolder(F02, async (client) => {
      expect(await rows(client, `SELECT id, "sourceDeliverableId" AS s FROM activities ORDER BY id`)).toEqual([
        { id: 'a1', s: 'd1' },
        { id: 'a2', s: null },
        { id: 'a3', s: null },
        { id: 'a4', s: null },
      ]);
      expect((await quarantineOf(client, F02)).map((q) => [q.rowId, q.value, q.tenantId])).toEqual([
        ['a2', 'd-deleted', 't1'],
        ['a3', 'd2', 't1'],
      ]);
      expect(await ledgerOf(client, F02)).toEqual([
        { tableName: 'activities', action: 'quarantined', rows: 1, anomaly: 'dangling_source_deliverable' },
        { tableName: 'activities', action: 'quarantined', rows: 1, anomaly: null },
        { tableName: 'activities', action: 'nulled', rows: 2, anomaly: null },
      ]);
      // The key now does what the comment promised: deleting a deliverable clears the reference.
      await client.query('BEGIN');
      await client.query(`DELETE FROM deliverables WHERE id = 'd1'`);
      expect(await rows(client, `SELECT "sourceDeliverableId" AS s FROM activities WHERE id = 'a1'`)).toEqual([{ s: null }]);
      await client.query('ROLLBACK');
    });
  });

  it('f05 moves orphan rows whole into the quarantine and cascades with the tenant', async () => {
    await withFolder(F05, async (client) => {
      expect(await rows(client, `SELECT id FROM help_page_ratings ORDER BY id`)).toEqual([{ id: 'r1' }]);
      expect(await rows(client, `SELECT id FROM help_search_events ORDER BY id`)).toEqual([{ id: 'q1' }]);
      const quarantined = await quarantineOf(client, F05);
      expect(quarantined.map((q) => [q.tableName, q.rowId, q.tenantId])).toEqual([
        ['help_search_events', 'q2', null],
        ['help_page_ratings', 'r2', null],
        ['help_page_ratings', 'r3', null],
      ]);
      expect(quarantined.find((q) => q.rowId === 'r2')!.value).toMatchObject({
        id: 'r2',
        tenantId: 't-gone',
        comment: 'kept in quarantine',
      });
      await expect(
        client.query(`INSERT INTO help_page_ratings (id, "tenantId", "pagePath", helpful) VALUES ('r9', 'nobody', '/', true)`),
      ).rejects.toThrow(/help_page_ratings_tenantId_fkey/);
    });
  });

  it('f09 links only the unambiguous health rows', async () => {
    await withFolder(F09, async (client) => {
      expect(await rows(client, `SELECT id, "backlinkId" AS b FROM backlink_health ORDER BY id`)).toEqual([
        { id: 'h1', b: 'b1' },
        { id: 'h2', b: null }, // two backlinks share the url
        { id: 'h3', b: null }, // no backlink has the url
        { id: 'h4', b: null }, // two health rows for one backlink
        { id: 'h5', b: null },
        { id: 'h6', b: null }, // the url belongs to another campaign's backlink
      ]);
      expect(await ledgerOf(client, F09)).toEqual([
        { tableName: 'backlink_health', action: 'updated', rows: 1, anomaly: 'backlink_health_matchable' },
        { tableName: 'backlink_health', action: 'kept', rows: 5, anomaly: 'backlink_health_unmatchable' },
      ]);
    });
  });

  it('f10 keeps both numbers of every drifted counter', async () => {
    await withFolder(F10, async (client) => {
      expect((await quarantineOf(client, F10)).map((q) => [q.rowId, q.value, q.tenantId])).toEqual([
        ['i2', { stored: 3, counted: 1 }, 't1'],
        ['i3', { stored: 0, counted: 1 }, 't2'],
      ]);
      expect(await ledgerOf(client, F10)).toEqual([
        { tableName: 'invoices', action: 'quarantined', rows: 2, anomaly: 'invoice_reminder_counter_drift' },
        { tableName: 'invoices', action: 'kept', rows: 2, anomaly: null },
      ]);
    });
  });

  it('f15 dates each balance from its first ledger entry, else from its tenant', async () => {
    await withFolder(F15, async (client) => {
      expect(await rows(client, `SELECT id, "createdAt" AS c FROM credit_balances ORDER BY id`)).toEqual([
        { id: 'cb1', c: new Date(Date.UTC(2026, 0, 10)) }, // the earlier of its two ledger entries
        { id: 'cb2', c: new Date(Date.UTC(2026, 0, 2)) }, // tenant t2's createdAt
      ]);
    });
  });

  it('f17 renames the table with its rows and constraints', async () => {
    await withFolder(F17, async (client) => {
      expect(await rows(client, `SELECT id FROM rag_ingest_jobs ORDER BY id`)).toEqual([{ id: 'rj1' }, { id: 'rj2' }]);
      const names = await rows(
        client,
        `SELECT conname FROM pg_constraint WHERE conrelid = 'rag_ingest_jobs'::regclass AND contype IN ('p', 'f') ORDER BY 1`,
      );
      expect(names.map((r) => r.conname)).toEqual([
        'rag_ingest_jobs_datasetId_fkey',
        'rag_ingest_jobs_pkey',
        'rag_ingest_jobs_sourceId_fkey',
        'rag_ingest_jobs_tenantId_fkey',
      ]);
      expect(await ledgerOf(client, F17)).toEqual([{ tableName: 'rag_crawl_jobs', action: 'renamed', rows: 2, anomaly: null }]);
    });
  });
});
