// Folder f13 on FAQ snapshots whose outcome is known one by one: equal to the live FAQs, different
// (removed, positions swapped), listed in another order, unreadable entries, an extra key, a missing
// position, a snapshot that is not an array, an empty one.
import { revertFolder } from '../../../src/migrations/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAccounted, day, hasColumn, legacyDatabaseFor, query, quarantineOf, type FolderRun } from '../../../src/testing/index.js';

const F13 = '20261129000011_f13_faq_rows_for_versions';

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

  it('down.sql rebuilds every snapshot in its original order', async () => {
    await revertFolder(db.url, F13);
    const rows = await query<{ id: string; faqs: unknown }>(db.url, `SELECT id, faqs FROM blog_post_versions ORDER BY id`);
    const restored = Object.fromEntries(rows.map((r) => [r.id, r.faqs]));
    for (const id of ['v2', 'v5', 'v7', 'v8', 'v9']) expect(restored[id], id).toEqual(VERSIONS[id]!.faqs);
    expect(restored.v3).toBeNull();
    // What README says cannot come back: the position given to an entry without one, and the empty array.
    const v4 = VERSIONS.v4!.faqs as unknown[];
    expect(restored.v4).toEqual([v4[0], v4[1], v4[2], { ...(v4[3] as object), position: 3 }]);
    expect(restored.v6).toBeNull();
    expect(await query(db.url, `SELECT count(*)::int AS n FROM blog_post_faqs`)).toEqual([{ n: LIVE_P1.length }]);
    expect(await query(db.url, `SELECT to_regclass('public.blog_post_version_faqs') IS NULL AS gone`)).toEqual([{ gone: true }]);
  });
});
