// Finding 13 on FAQ snapshots whose outcome is known one by one: equal to the live FAQs, different
// (removed, positions swapped), listed in another order, unreadable entries, an extra key, a missing
// position, a snapshot that is not an array, an empty one. The finding is phased: the expand folder,
// the backfill, the release and the contract folder run in turn, and between expand and contract the
// trigger converts what the legacy application writes.
import { applyFolders, revertFolder } from '../../../src/migrations/index.js';
import { applyContractPhase, releaseContracts, runBackfill } from '../../../src/online/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAccounted, day, hasColumn, legacyDatabaseFor, query, quarantineOf, type FolderRun } from '../../../src/testing/index.js';

const F13 = '20261129000011_f13_faq_rows_for_versions';
const F13_CONTRACT = '20261130000011_f13_drop_version_faq_snapshots';

const LIVE_P1 = [
  { question: 'Q1', answer: 'A1', position: 0 },
  { question: 'Q2', answer: 'A2', position: 1 },
];

/** Each version: its post, its snapshot (undefined = SQL NULL), and what the folder must make of it. */
const VERSIONS: Record<string, { post: string; faqs?: unknown; differs?: boolean; rows: number }> = {
  v1: { post: 'p1', faqs: LIVE_P1, differs: false, rows: 2 },
  v2: { post: 'p1', faqs: [LIVE_P1[0]], differs: true, rows: 1 },
  v3: { post: 'p1', rows: 0 },
  v4: {
    post: 'p2', // p2 has no live FAQs
    faqs: [{ question: 'Q', answer: 'A', position: 0, lang: 'en' }, 'garbage', { question: 5 }, { answer: 'x', question: 'y' }],
    differs: true,
    rows: 2,
  },
  v5: { post: 'p2', faqs: { question: 'x' }, rows: 0 },
  v6: { post: 'p2', faqs: [], differs: false, rows: 0 },
  v7: { post: 'p1', faqs: [LIVE_P1[1], LIVE_P1[0]], differs: false, rows: 2 }, // listed in another order, same positions
  v8: {
    post: 'p1',
    faqs: [
      { ...LIVE_P1[0], position: 1 },
      { ...LIVE_P1[1], position: 0 },
    ],
    differs: true,
    rows: 2,
  },
  v9: { post: 'p1', faqs: [{ question: 'Q1', answer: 'A1', position: '0' }], differs: true, rows: 0 }, // nothing readable
};

let db: ThrowawayDatabase;
let run: FolderRun;

beforeAll(async () => {
  db = await legacyDatabaseFor(F13, async (w) => {
    await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
    await w.insert('blog_posts', [
      { id: 'p1', tenantId: 't1', title: 'P1', slug: 'p1', body: 'b' },
      { id: 'p2', tenantId: 't1', title: 'P2', slug: 'p2', body: 'b' },
    ]);
    await w.insert(
      'blog_post_faqs',
      LIVE_P1.map((f, i) => ({ id: `live${i}`, blogPostId: 'p1', ...f })),
    );
    await w.insert(
      'blog_post_versions',
      Object.entries(VERSIONS).map(([id, v], i) => ({
        id,
        blogPostId: v.post,
        version: i + 1,
        title: 't',
        body: 'b',
        faqs: v.faqs === undefined ? null : JSON.stringify(v.faqs),
        createdAt: day(i + 1),
      })),
    );
  });
  run = await applyAccounted(db, F13);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

const versions = Object.entries(VERSIONS);

describe('f13 FAQ rows for versions', () => {
  it('counts the snapshots that differ from the live FAQs', () => {
    expect(run.anomaly('faq_snapshot_differs').rows).toBe(versions.filter(([, v]) => v.differs === true).length);
    expect(run.ledger.find((e) => e.action === 'moved' && e.anomaly === null)?.rows).toBe(
      versions.filter(([, v]) => v.differs === false).length,
    );
    expect(run.rows('blog_post_versions', 'nulled')).toBe(versions.filter(([, v]) => v.faqs !== undefined).length);
  });

  it('turns every readable entry into a row of its version, reachable from the version only', async () => {
    const rows = await query<{ blogPostVersionId: string; n: number }>(
      db.url,
      `SELECT "blogPostVersionId", count(*)::int AS n FROM blog_post_version_faqs GROUP BY 1 ORDER BY 1`,
    );
    expect(rows).toEqual(versions.filter(([, v]) => v.rows > 0).map(([id, v]) => ({ blogPostVersionId: id, n: v.rows })));
    expect(run.rows('blog_post_version_faqs', 'inserted')).toBe(versions.reduce((sum, [, v]) => sum + v.rows, 0));
    // A missing position is the entry's place in the array (0-based).
    expect(
      await query(
        db.url,
        `SELECT question, answer, position FROM blog_post_version_faqs WHERE "blogPostVersionId" = 'v4' ORDER BY position`,
      ),
    ).toEqual([
      { question: 'Q', answer: 'A', position: 0 },
      { question: 'y', answer: 'x', position: 3 },
    ]);
    expect(await hasColumn(db.url, 'blog_post_versions', 'faqs')).toBe(false);
  });

  it('leaves every live FAQ list exactly as it was: no version FAQ is listed under its post', async () => {
    // Whatever the application asks by post (BlogPost.blogPostFaqs, where: { blogPostId }) is the live list.
    const live = await query(db.url, `SELECT id, "blogPostId", question, answer, position FROM blog_post_faqs ORDER BY id`);
    expect(live).toEqual(LIVE_P1.map((f, i) => ({ id: `live${i}`, blogPostId: 'p1', ...f })));
    expect(await query(db.url, `SELECT count(*)::int AS n FROM blog_post_faqs WHERE "blogPostId" = 'p2'`)).toEqual([{ n: 0 }]);
  });

  it('quarantines what it could not read, saying where it was', async () => {
    const quarantined = await quarantineOf(db.url, F13);
    expect([...quarantined.keys()].sort()).toEqual(
      [
        'blog_post_versions v4 faqs[1].lang',
        'blog_post_versions v4 faqs[2]',
        'blog_post_versions v4 faqs[3]',
        'blog_post_versions v5 faqs',
        'blog_post_versions v9 faqs[1]',
      ].sort(),
    );
    expect(quarantined.get('blog_post_versions v4 faqs[2]')).toMatchObject({ value: 'garbage', tenantId: 't1' });
    expect(quarantined.get('blog_post_versions v5 faqs')!.value).toEqual({ question: 'x' });
  });

  it('versioned FAQs go with their version', async () => {
    await query(db.url, `DELETE FROM blog_post_versions WHERE id = 'v1'`);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM blog_post_version_faqs WHERE "blogPostVersionId" = 'v1'`)).toEqual([
      { n: 0 },
    ]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM blog_post_faqs`)).toEqual([{ n: LIVE_P1.length }]);
  });

  it("the contract's down.sql rebuilds every snapshot in its original order; the expand's removes what was made of them", async () => {
    await revertFolder(db.url, F13_CONTRACT);
    const rows = await query<{ id: string; faqs: unknown }>(db.url, `SELECT id, faqs FROM blog_post_versions ORDER BY id`);
    const restored = Object.fromEntries(rows.map((r) => [r.id, r.faqs]));
    for (const id of ['v2', 'v5', 'v7', 'v8', 'v9']) expect(restored[id], id).toEqual(VERSIONS[id]!.faqs);
    expect(restored.v3).toBeNull();
    // What README says cannot come back: the position given to an entry without one, and the empty array.
    const v4 = VERSIONS.v4!.faqs as unknown[];
    expect(restored.v4).toEqual([v4[0], v4[1], v4[2], { ...(v4[3] as object), position: 3 }]);
    expect(restored.v6).toBeNull();
    expect(await query(db.url, `SELECT count(*)::int AS n FROM blog_post_faqs`)).toEqual([{ n: LIVE_P1.length }]);
    await revertFolder(db.url, F13);
    expect(await query(db.url, `SELECT to_regclass('public.blog_post_version_faqs') IS NULL AS gone`)).toEqual([{ gone: true }]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM migration_quarantine WHERE migration = $1`, [F13])).toEqual([{ n: 0 }]);
    expect((await query<{ faqs: unknown }>(db.url, `SELECT faqs FROM blog_post_versions WHERE id = 'v2'`))[0]!.faqs).toEqual(
      VERSIONS.v2!.faqs,
    );
  });
});

/** Between expand and contract: the rows a version has, as (question, answer, position), in position order. */
const versionRows = (url: string, version: string) =>
  query(url, `SELECT question, answer, position FROM blog_post_version_faqs WHERE "blogPostVersionId" = $1 ORDER BY position, question`, [
    version,
  ]);

describe('f13 between expand and contract', () => {
  let live: ThrowawayDatabase;
  const liveFaqs = () => query(live.url, `SELECT id, "blogPostId", question, answer, position FROM blog_post_faqs ORDER BY id`);
  let liveBefore: unknown[];

  beforeAll(async () => {
    live = await legacyDatabaseFor(F13, async (w) => {
      await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
      await w.insert('blog_posts', { id: 'p1', tenantId: 't1', title: 'P1', slug: 'p1', body: 'b' });
      await w.insert(
        'blog_post_faqs',
        LIVE_P1.map((f, i) => ({ id: `live${i}`, blogPostId: 'p1', ...f })),
      );
      await w.insert('blog_post_versions', [
        { id: 'old1', blogPostId: 'p1', version: 1, title: 't', body: 'b', faqs: JSON.stringify(LIVE_P1), createdAt: day(1) },
        { id: 'old2', blogPostId: 'p1', version: 2, title: 't', body: 'b', faqs: JSON.stringify([7]), createdAt: day(2) },
      ]);
    });
    liveBefore = await liveFaqs();
    await applyFolders(live.url, [F13], { via: 'sql' });
  }, 120_000);

  afterAll(async () => {
    await live?.dispose();
  });

  const insertVersion = (id: string, version: number, faqs: unknown) =>
    query(
      live.url,
      `INSERT INTO blog_post_versions (id, "blogPostId", version, title, body, faqs) VALUES ($1, 'p1', $2, 't', 'b', $3::jsonb)`,
      [id, version, JSON.stringify(faqs)],
    );

  it('a version written with its snapshot gets its rows in the same statement; the live list does not change', async () => {
    await insertVersion('new1', 10, [
      { question: 'N1', answer: 'A', position: 4 },
      { question: 'N2', answer: 'B' },
    ]);
    expect(await versionRows(live.url, 'new1')).toEqual([
      { question: 'N2', answer: 'B', position: 1 },
      { question: 'N1', answer: 'A', position: 4 },
    ]);
    expect(await liveFaqs()).toEqual(liveBefore);
  });

  it('a snapshot that is no FAQ list never fails the write: what cannot be read is quarantined under its place', async () => {
    await insertVersion('bad1', 11, 'not a list');
    await insertVersion('bad2', 12, [{ question: 'Q', answer: 'A', lang: 'en' }, null, { question: 'Q', answer: 'A', position: 1.5 }]);
    const held = await quarantineOf(live.url, F13);
    expect([...held.keys()].filter((k) => / bad\d /.test(k)).sort()).toEqual(
      [
        'blog_post_versions bad1 faqs',
        'blog_post_versions bad2 faqs[1].lang',
        'blog_post_versions bad2 faqs[2]',
        'blog_post_versions bad2 faqs[3]',
      ].sort(),
    );
    expect(await versionRows(live.url, 'bad2')).toEqual([{ question: 'Q', answer: 'A', position: 0 }]);
  });

  it('a replaced snapshot replaces its rows and its quarantine entries', async () => {
    await query(live.url, `UPDATE blog_post_versions SET faqs = $1::jsonb WHERE id = 'bad2'`, [
      JSON.stringify([{ question: 'R', answer: 'S' }]),
    ]);
    expect(await versionRows(live.url, 'bad2')).toEqual([{ question: 'R', answer: 'S', position: 0 }]);
    expect([...(await quarantineOf(live.url, F13)).keys()].filter((k) => k.includes(' bad2 '))).toEqual([]);
  });

  it('the backfill converts the versions written before the expand step, once', async () => {
    const [result] = await runBackfill(live.url, { pauseMs: 0 });
    expect(result!.counts).toMatchObject({ versions: 2, faqRows: 2, quarantined: 1 });
    expect(await versionRows(live.url, 'old1')).toEqual(LIVE_P1);
    expect([...(await quarantineOf(live.url, F13)).keys()]).toContain('blog_post_versions old2 faqs[1]');
    // Called again over every version: nothing new.
    expect(await query(live.url, `SELECT * FROM online_migration.f13_backfill_range(NULL, 'zzzz')`)).toEqual([
      { versions: 0, faqRows: 0, quarantined: 0 },
    ]);
    expect(await liveFaqs()).toEqual(liveBefore);
  });

  it('the contract stops, naming the version, when a snapshot entry is neither a row nor quarantined; converting it lets it pass', async () => {
    await query(live.url, `DELETE FROM blog_post_version_faqs WHERE "blogPostVersionId" = 'new1' AND question = 'N2'`);
    await releaseContracts(live.url);
    await expect(applyContractPhase(live.url, { folders: [F13_CONTRACT], via: 'sql' })).rejects.toThrow(
      /1 FAQ snapshot entr\(y\/ies\) of 1 version\(s\) are neither rows .* \(first: 'new1'\)/,
    );
    expect(await hasColumn(live.url, 'blog_post_versions', 'faqs')).toBe(true);
    await query(live.url, `SELECT * FROM online_migration.f13_copy_snapshots(ARRAY['new1'])`);
    await applyContractPhase(live.url, { folders: [F13_CONTRACT], via: 'sql' });
    expect(await hasColumn(live.url, 'blog_post_versions', 'faqs')).toBe(false);
    expect(await liveFaqs()).toEqual(liveBefore);
  });
});
