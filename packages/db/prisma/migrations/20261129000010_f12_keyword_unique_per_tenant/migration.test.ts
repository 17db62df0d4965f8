// Finding 12 (expand, backfill, release, contract folders) on keywords whose merges are known in
// advance: case, spacing and exact repeats, a tie on createdAt, the same text in another tenant, post
// links that collide once re-pointed, and a table the merge does not know that still points at a
// duplicate (it must stop, not let the cascade delete rows). Then the writes between the backfill and
// the unique index: a legacy near-duplicate is accepted and merged later, a corrected one is refused
// after the release, and without the trigger the index build fails.
import { dependencyClosure, revertFolder, runValidate } from '../../../src/migrations/index.js';
import { applyContractPhase, applyExpandPhase, phasedFindings, releaseContracts, runBackfill } from '../../../src/online/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyAccounted,
  day,
  legacyDatabaseFor,
  query,
  quarantineOf,
  type FixtureWriter,
  type FolderRun,
} from '../../../src/testing/index.js';

const F12 = '20261129000010_f12_keyword_unique_per_tenant';
/** Every folder of the finding, in the order they are applied. */
const OWN = dependencyClosure([F12, ...phasedFindings().find((p) => p.expandFolder === F12)!.contractFolders]).filter((name) =>
  name.includes('_f12_'),
);
const EXPAND_ONLY = { via: 'sql' as const, folders: [F12] };
const WHOLE = { via: 'sql' as const, folders: OWN };

/** keyword id -> the keyword it must end up as (itself when it is kept). */
const KEEPER: Record<string, string> = { k1: 'k1', k2: 'k1', k3: 'k1', k4: 'k4', k5: 'k5', k6: 'k6', k7: 'k6', k8: 'k8' };
const DUPLICATES = Object.keys(KEEPER).filter((id) => KEEPER[id] !== id);

async function plantKeywords(w: FixtureWriter): Promise<void> {
  await w.insert('tenants', [
    { id: 't1', name: 'One', slug: 't1' },
    { id: 't2', name: 'Two', slug: 't2' },
  ]);
  await w.insert('keywords', [
    { id: 'k1', tenantId: 't1', keyword: 'SEO tools', createdAt: day(1) }, // oldest: the keeper
    { id: 'k2', tenantId: 't1', keyword: 'seo tools ', searchVolume: 900, intent: 'commercial', createdAt: day(2) },
    { id: 'k3', tenantId: 't1', keyword: ' Seo  Tools', searchVolume: 100, createdAt: day(3) }, // inner spaces collapse
    { id: 'k4', tenantId: 't1', keyword: 'crm', createdAt: day(1) },
    { id: 'k5', tenantId: 't2', keyword: 'seo tools', createdAt: day(1) }, // other tenant: not a duplicate
    { id: 'k6', tenantId: 't2', keyword: 'ads', createdAt: day(1) },
    { id: 'k7', tenantId: 't2', keyword: 'ads', createdAt: day(1) }, // same time: the lower id (k6) is kept
    { id: 'k8', tenantId: 't1', keyword: 'seo-tools', createdAt: day(1) }, // different text
  ]);
}

let db: ThrowawayDatabase;
let run: FolderRun;

beforeAll(async () => {
  db = await legacyDatabaseFor(F12, async (w) => {
    await plantKeywords(w);
    await w.insert('blog_posts', [
      { id: 'p1', tenantId: 't1', title: 'P1', slug: 'p1', body: 'b' },
      { id: 'p2', tenantId: 't1', title: 'P2', slug: 'p2', body: 'b' },
      { id: 'p3', tenantId: 't2', title: 'P3', slug: 'p3', body: 'b' },
    ]);
    await w.insert('content_keywords', [
      { id: 'ck1', blogPostId: 'p1', keywordId: 'k1', isPrimary: false, createdAt: day(1) },
      { id: 'ck2', blogPostId: 'p1', keywordId: 'k2', isPrimary: false, placement: 'title', createdAt: day(2) }, // collides with ck1
      { id: 'ck3', blogPostId: 'p1', keywordId: 'k3', isPrimary: true, createdAt: day(3) }, // collides with ck1
      { id: 'ck4', blogPostId: 'p2', keywordId: 'k2', createdAt: day(1) },
      { id: 'ck5', blogPostId: 'p3', keywordId: 'k7', createdAt: day(1) },
    ]);
    await w.insert(
      'keyword_rankings',
      ['k2', 'k2', 'k3', 'k1', 'k7'].map((keywordId, i) => ({ id: `r${i}`, keywordId, checkedOn: day(i + 1) })),
    );
    await w.insert('competitors', { id: 'cp1', tenantId: 't1', name: 'C', domain: 'c.com' });
    await w.insert('competitor_keywords', { id: 'cwk1', competitorId: 'cp1', keywordId: 'k3', observedOn: day(1) });
    await w.insert('serp_snapshots', [
      { id: 's1', keywordId: 'k2', results: '[]' },
      { id: 's2', keywordId: 'k7', results: '[]' },
    ]);
  });
  run = await applyAccounted(db, F12);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

describe('f12 keyword unique per tenant', () => {
  it('merges each duplicate into the oldest keyword of its tenant', async () => {
    expect(run.anomaly('keyword_duplicates').rows).toBe(DUPLICATES.length);
    const left = await query<{ id: string }>(db.url, `SELECT id FROM keywords ORDER BY id`);
    expect(left.map((r) => r.id)).toEqual([...new Set(Object.values(KEEPER))].sort());
  });

  it('keepers take the metrics they lacked from their newest duplicate that has them', async () => {
    // k3 (newest) has searchVolume 100; only k2 has an intent.
    expect(await query(db.url, `SELECT "searchVolume", intent FROM keywords WHERE id = 'k1'`)).toEqual([
      { searchVolume: 100, intent: 'commercial' },
    ]);
  });

  it('re-points every reference at the keeper', async () => {
    for (const table of ['keyword_rankings', 'competitor_keywords', 'serp_snapshots', 'content_keywords']) {
      const rows = await query<{ keywordId: string }>(db.url, `SELECT "keywordId" FROM ${table}`);
      expect(
        rows.filter((r) => KEEPER[r.keywordId] !== r.keywordId),
        table,
      ).toEqual([]);
    }
    expect(await query(db.url, `SELECT count(*)::int AS n FROM keyword_rankings`)).toEqual([{ n: 5 }]);
    expect(run.rows('keyword_rankings', 'updated')).toBe(4);
    expect(run.rows('serp_snapshots', 'updated')).toBe(2);
    expect(run.rows('competitor_keywords', 'updated')).toBe(1);
  });

  it('merges post links that would repeat, keeping the primary flag and the placement', async () => {
    const links = await query(db.url, `SELECT id, "blogPostId", "keywordId", "isPrimary", placement FROM content_keywords ORDER BY id`);
    expect(links).toEqual([
      { id: 'ck1', blogPostId: 'p1', keywordId: 'k1', isPrimary: true, placement: 'title' },
      { id: 'ck4', blogPostId: 'p2', keywordId: 'k1', isPrimary: false, placement: null },
      { id: 'ck5', blogPostId: 'p3', keywordId: 'k6', isPrimary: false, placement: null },
    ]);
    expect(run.rows('content_keywords', 'deleted')).toBe(2);
  });

  it('keeps a full copy of every merged row in the quarantine', async () => {
    const quarantined = await quarantineOf(db.url, F12);
    expect([...quarantined.keys()].sort()).toEqual(
      ['content_keywords ck2', 'content_keywords ck3', ...DUPLICATES.map((id) => `keywords ${id}`)].sort(),
    );
    expect(quarantined.get('keywords k2')!.value).toMatchObject({ id: 'k2', keyword: 'seo tools ', searchVolume: 900 });
    expect(quarantined.get('keywords k7')!.tenantId).toBe('t2');
  });

  it('the unique now refuses the same text twice in a tenant', async () => {
    await expect(
      query(db.url, `INSERT INTO keywords (id, "tenantId", keyword, "updatedAt", status) VALUES ('k9', 't1', 'crm', now(), 'tracked')`),
    ).rejects.toThrow(/keywords_tenantId_keyword_key/);
  });

  it('the database refuses the same keyword again in another case or spacing, as the merge compares', async () => {
    // k1 'SEO tools' is kept; the day after the merge nobody may add its variants back beside it.
    for (const [id, text] of [
      ['k10', 'seo tools'],
      ['k11', ' Seo   TOOLS '],
      ['k12', 'seo\ttools'],
    ]) {
      await expect(
        query(db.url, `INSERT INTO keywords (id, "tenantId", keyword, "updatedAt", status) VALUES ($1, 't1', $2, now(), 'tracked')`, [
          id,
          text,
        ]),
        JSON.stringify(text),
      ).rejects.toThrow(/keywords_tenantId_keyword_normalized_key/);
    }
    // Other text, and the same text in another tenant, are still welcome.
    await query(
      db.url,
      `INSERT INTO keywords (id, "tenantId", keyword, "updatedAt", status) VALUES ('k13', 't1', 'seo tool', now(), 'tracked')`,
    );
    await query(
      db.url,
      `INSERT INTO keywords (id, "tenantId", keyword, "updatedAt", status) VALUES ('k14', 't2', 'CRM', now(), 'tracked')`,
    );
    await query(db.url, `DELETE FROM keywords WHERE id IN ('k13', 'k14')`);
  });

  it('the down.sql files, last folder first, bring the plain index back', async () => {
    for (const folder of [...OWN].reverse()) await revertFolder(db.url, folder);
    const indexes = await query<{ indexname: string }>(db.url, `SELECT indexname FROM pg_indexes WHERE tablename = 'keywords' ORDER BY 1`);
    expect(indexes.map((r) => r.indexname)).toEqual(['keywords_pkey', 'keywords_tenantId_idx']);
  });
});

describe('f12 with a reference it does not know', () => {
  it('stops the backfill naming the duplicate instead of letting ON DELETE CASCADE remove rows', async () => {
    const other = await legacyDatabaseFor(F12, async (w, client) => {
      await plantKeywords(w);
      // A table added after the review, pointing at a duplicate.
      await client.query(
        `CREATE TABLE keyword_notes (id text PRIMARY KEY, "keywordId" text NOT NULL REFERENCES keywords(id) ON DELETE CASCADE)`,
      );
      await client.query(`INSERT INTO keyword_notes VALUES ('n1', 'k3')`);
    });
    try {
      await applyExpandPhase(other.url, EXPAND_ONLY);
      await expect(runBackfill(other.url, { pauseMs: 0 })).rejects.toThrow(/keyword_notes\."?keywordId"? -> k3/);
      // The batch rolled back as a whole: nothing of its tenants merged, the note still there.
      expect(await query(other.url, `SELECT count(*)::int AS n FROM keywords`)).toEqual([{ n: Object.keys(KEEPER).length }]);
      expect(await query(other.url, `SELECT "keywordId" FROM keyword_notes`)).toEqual([{ keywordId: 'k3' }]);
    } finally {
      await other.dispose();
    }
  });
});

describe('f12 writes between the backfill and the unique index', () => {
  const insert = (url: string, id: string, text: string) =>
    query(
      url,
      `INSERT INTO keywords (id, "tenantId", keyword, "updatedAt", status, "createdAt") VALUES ($1, 't1', $2, now(), 'tracked', $3)`,
      [id, text, day(50)],
    );

  it('a legacy near-duplicate is accepted and queued, a corrected one refused after the release, and the contract merges the queue', async () => {
    const late = await legacyDatabaseFor(F12, plantKeywords);
    try {
      await applyExpandPhase(late.url, EXPAND_ONLY);
      await runBackfill(late.url, { pauseMs: 0 });
      // The legacy application is still running: its near-duplicate of k1 is written, not refused.
      await insert(late.url, 'late1', 'seo   TOOLS');
      expect(await query(late.url, `SELECT "keywordId" FROM online_migration.f12_late_keyword`)).toEqual([{ keywordId: 'late1' }]);
      await query(late.url, `INSERT INTO keyword_rankings (id, "keywordId", "checkedOn") VALUES ('r-late', 'late1', now())`);
      await releaseContracts(late.url, {});
      // Only the corrected application writes now: the trigger refuses as the index will.
      await expect(insert(late.url, 'late2', 'Seo Tools')).rejects.toThrow(/keywords_tenantId_keyword_normalized_key/);
      await applyContractPhase(late.url, WHOLE);
      expect(await query(late.url, `SELECT id FROM keywords WHERE id IN ('k1', 'late1') ORDER BY id`)).toEqual([{ id: 'k1' }]);
      expect(await query(late.url, `SELECT "keywordId" FROM keyword_rankings WHERE id = 'r-late'`)).toEqual([{ keywordId: 'k1' }]);
      const copies = await quarantineOf(late.url, F12);
      expect(copies.get('keywords late1')!.value).toMatchObject({ id: 'late1', keyword: 'seo   TOOLS' });
      expect(await query(late.url, `SELECT to_regclass('online_migration.f12_late_keyword') IS NULL AS gone`)).toEqual([{ gone: true }]);
      for (const folder of OWN) expect(await runValidate(late.url, folder), folder).toEqual([]);
    } finally {
      await late.dispose();
    }
  });

  it('without the trigger, a late near-duplicate makes the unique index build fail', async () => {
    const sabotaged = await legacyDatabaseFor(F12, plantKeywords);
    try {
      await applyExpandPhase(sabotaged.url, EXPAND_ONLY);
      await runBackfill(sabotaged.url, { pauseMs: 0 });
      await query(sabotaged.url, `DROP TRIGGER online_f12_guard_keyword ON keywords`);
      await insert(sabotaged.url, 'late1', 'seo   TOOLS');
      await releaseContracts(sabotaged.url, {});
      await expect(applyContractPhase(sabotaged.url, WHOLE)).rejects.toThrow(/could not create unique index|duplicate key/);
    } finally {
      await sabotaged.dispose();
    }
  });
});
