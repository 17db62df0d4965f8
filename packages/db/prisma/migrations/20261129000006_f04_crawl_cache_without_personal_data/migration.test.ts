// Finding 4 phased (expand, backfill, release, contract) on hand-made rows whose fate is known one by
// one: people on shared domains, an existing contact found case-insensitively, a name without email, a
// domain where a tenant has only a backlink (it never talked to that person), a domain nobody uses,
// blank values. The legacy crawler and application also write through their own client after the
// expand step (the backfill meets those rows) and after the backfill (only the triggers see them): a
// person written into a row, a person on a domain nobody prospects, a tenant that starts prospecting a
// domain whose person the backfill already gave to others.
import { revertFolder, runValidate } from '../../../src/migrations/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { createLegacyPrismaClient } from '../../../src/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPhasedAccounted, day, hasColumn, legacyDatabaseFor, query, type FolderRun } from '../../../src/testing/index.js';

const F04 = '20261129000006_f04_crawl_cache_without_personal_data';
const F04_CONTRACT = '20261130000006_f04_drop_crawl_cache_personal_columns';

/** Before the backfill: a new cache row with a person, and a tenant prospecting its domain. */
async function legacyWritesAfterExpand(url: string) {
  const legacy = await createLegacyPrismaClient(url);
  try {
    await legacy.crawlCache.create({
      data: { id: 'cc_new', domain: 'iota.com', recipientEmail: 'ivy@iota.com', recipientName: 'Ivy', lastCrawledAt: day(2) },
    });
    await legacy.outreachTarget.create({ data: { id: 'ot7', tenantId: 't2', campaignId: 'ca2', domain: 'iota.com' } });
  } finally {
    await legacy.$disconnect();
  }
  return { crawl_cache: 1, outreach_targets: 1 };
}

/** After the backfill: only the triggers see these. */
async function legacyWritesAfterBackfill(url: string) {
  const legacy = await createLegacyPrismaClient(url);
  try {
    // a person on a domain t2 prospects, written into a row that had none
    await legacy.crawlCache.update({ where: { id: 'cc_none' }, data: { recipientEmail: 'Zed@Zeta.com', recipientName: 'Zed Zulu' } });
    // a person on a domain nobody prospects
    await legacy.crawlCache.create({
      data: { id: 'cc_late', domain: 'nobody.org', recipientEmail: 'nn@nobody.org', lastCrawledAt: day(3) },
    });
    // t3 starts prospecting alpha.com, whose person the backfill gave to t1 and t2
    await legacy.outreachTarget.create({ data: { id: 'ot8', tenantId: 't3', campaignId: 'ca3', domain: 'alpha.com' } });
  } finally {
    await legacy.$disconnect();
  }
  return { crawl_cache: 1, outreach_targets: 1 };
}

let db: ThrowawayDatabase;
let run: FolderRun;

beforeAll(async () => {
  db = await legacyDatabaseFor(F04, async (w) => {
    await w.insert('tenants', [
      { id: 't1', name: 'One', slug: 't1' },
      { id: 't2', name: 'Two', slug: 't2' },
      { id: 't3', name: 'Three', slug: 't3' },
    ]);
    await w.insert('campaigns', [
      { id: 'ca1', tenantId: 't1', name: 'c1', kind: 'link_building' },
      { id: 'ca1b', tenantId: 't1', name: 'c1b', kind: 'link_building' },
      { id: 'ca2', tenantId: 't2', name: 'c2', kind: 'link_building' },
      { id: 'ca3', tenantId: 't3', name: 'c3', kind: 'link_building' },
    ]);
    // t1 already knows Jane (other case, no name) and has a contact on beta.io.
    await w.insert('contacts', [
      { id: 'ct_jane', tenantId: 't1', email: 'jane@alpha.com', createdAt: day(1) },
      { id: 'ct_other', tenantId: 't1', email: 'other@beta.io', createdAt: day(1) },
    ]);
    await w.insert('crawl_cache', [
      { id: 'cc_shared', domain: 'alpha.com', recipientEmail: 'Jane@Alpha.com ', recipientName: 'Jane Doe' }, // t1 (2 targets) and t2
      { id: 'cc_email', domain: 'beta.io', recipientEmail: 'bob@beta.io', recipientName: null }, // t1, target already has a contact
      { id: 'cc_name', domain: 'gamma.org', recipientEmail: null, recipientName: 'Gina Lollo' }, // t3, name only
      { id: 'cc_unused', domain: 'delta.net', recipientEmail: 'x@delta.net', recipientName: 'X Y' }, // nobody prospects it
      { id: 'cc_blank', domain: 'eps.com', recipientEmail: '  ', recipientName: '' }, // blanks only: no personal data
      { id: 'cc_none', domain: 'zeta.com', recipientEmail: null, recipientName: null },
      { id: 'cc_case', domain: 'Omega.com ', recipientEmail: 'omar@omega.com', recipientName: 'Omar' }, // domain written unlike the target's
      { id: 'cc_link', domain: 'www.kappa.io', recipientEmail: 'kim@kappa.io', recipientName: 'Kim' }, // t3 has only a backlink from it
    ]);
    await w.insert('backlinks', {
      id: 'bl1',
      tenantId: 't3',
      campaignId: 'ca3',
      sourceUrl: 'HTTPS://Kappa.io/blog/post?x=1',
      targetUrl: 'https://t3.example/',
    });
    await w.insert('outreach_targets', [
      { id: 'ot1a', tenantId: 't1', campaignId: 'ca1', domain: 'alpha.com' },
      { id: 'ot1b', tenantId: 't1', campaignId: 'ca1b', domain: 'alpha.com' },
      { id: 'ot2', tenantId: 't2', campaignId: 'ca2', domain: 'alpha.com' },
      { id: 'ot3', tenantId: 't1', campaignId: 'ca1', domain: 'beta.io', contactId: 'ct_other' },
      { id: 'ot4', tenantId: 't3', campaignId: 'ca3', domain: 'gamma.org' },
      { id: 'ot5', tenantId: 't1', campaignId: 'ca1', domain: 'omega.com' },
      { id: 'ot6', tenantId: 't2', campaignId: 'ca2', domain: 'zeta.com' },
    ]);
  });
  run = await applyPhasedAccounted(db, F04, { afterExpand: legacyWritesAfterExpand, afterBackfill: legacyWritesAfterBackfill });
}, 180_000);

afterAll(async () => {
  await db?.dispose();
});

describe('f04 crawl cache without personal data, phased', () => {
  it('counts the rows that carried a person (blanks are not one) as the anomaly', () => {
    // erased by the backfill: cc_unused, cc_link; erased by the contract step: cc_late;
    // moved: cc_shared, cc_email, cc_name, cc_case, cc_new, cc_none
    expect(run.anomaly('crawl_cache_personal_data').rows).toBe(9);
    expect(run.rows('crawl_cache', 'moved')).toBe(6);
    expect(run.rows('crawl_cache', 'quarantined')).toBe(0);
    // the erased people of the backfill and of the contract step, and cc_blank's blanks: counted, never kept
    const nulled = run.ledger.filter((e) => e.tableName === 'crawl_cache' && e.action === 'nulled' && e.anomaly === null);
    expect(nulled.map((e) => e.rows).sort()).toEqual([1, 1, 2]);
    expect(nulled.filter((e) => /^erased/.test(e.note ?? '')).map((e) => e.rows)).toEqual([2, 1]);
    expect(run.notices.some((n) => n.includes('people moved to tenants'))).toBe(true);
  });

  it('drops the personal columns from the shared table', async () => {
    expect(await hasColumn(db.url, 'crawl_cache', 'recipientEmail')).toBe(false);
    expect(await hasColumn(db.url, 'crawl_cache', 'recipientName')).toBe(false);
  });

  it('gives the person only to the tenants that prospected the domain', async () => {
    const contacts = await query<{
      tenantId: string;
      email: string | null;
      firstName: string | null;
      lastName: string | null;
      origin: string;
    }>(
      db.url,
      `SELECT "tenantId", email, "firstName", "lastName", origin FROM contacts WHERE id NOT IN ('ct_jane', 'ct_other') ORDER BY "tenantId", email NULLS LAST`,
    );
    expect(contacts).toEqual([
      { tenantId: 't1', email: 'bob@beta.io', firstName: null, lastName: null, origin: 'outreach' },
      { tenantId: 't1', email: 'omar@omega.com', firstName: 'Omar', lastName: null, origin: 'outreach' },
      { tenantId: 't2', email: 'ivy@iota.com', firstName: 'Ivy', lastName: null, origin: 'outreach' }, // written before the backfill
      { tenantId: 't2', email: 'jane@alpha.com', firstName: 'Jane', lastName: 'Doe', origin: 'outreach' },
      { tenantId: 't2', email: 'zed@zeta.com', firstName: 'Zed', lastName: 'Zulu', origin: 'outreach' }, // written after it
      { tenantId: 't3', email: 'jane@alpha.com', firstName: 'Jane', lastName: 'Doe', origin: 'outreach' }, // t3 began prospecting after it
      { tenantId: 't3', email: null, firstName: 'Gina', lastName: 'Lollo', origin: 'outreach' },
    ]);
    expect(run.rows('contacts', 'inserted')).toBe(7);
    // A backlink from kappa.io is not a conversation with Kim: t3 gets no contact for that person.
    expect(await query(db.url, `SELECT count(*)::int AS n FROM contacts WHERE lower(email) LIKE '%kappa.io'`)).toEqual([{ n: 0 }]);
    // t1's existing contact was found despite the case and got the crawled name.
    expect(await query(db.url, `SELECT "firstName", "lastName" FROM contacts WHERE id = 'ct_jane'`)).toEqual([
      { firstName: 'Jane', lastName: 'Doe' },
    ]);
    expect(run.rows('contacts', 'updated')).toBe(1);
  });

  it('links only the targets that had no contact', async () => {
    const targets = await query<{ id: string; tenantId: string; email: string | null; firstName: string | null }>(
      db.url,
      `SELECT ot.id, c."tenantId", c.email, c."firstName" FROM outreach_targets ot LEFT JOIN contacts c ON c.id = ot."contactId" ORDER BY ot.id`,
    );
    expect(targets).toEqual([
      { id: 'ot1a', tenantId: 't1', email: 'jane@alpha.com', firstName: 'Jane' },
      { id: 'ot1b', tenantId: 't1', email: 'jane@alpha.com', firstName: 'Jane' },
      { id: 'ot2', tenantId: 't2', email: 'jane@alpha.com', firstName: 'Jane' },
      { id: 'ot3', tenantId: 't1', email: 'other@beta.io', firstName: null },
      { id: 'ot4', tenantId: 't3', email: null, firstName: 'Gina' },
      { id: 'ot5', tenantId: 't1', email: 'omar@omega.com', firstName: 'Omar' },
      { id: 'ot6', tenantId: 't2', email: 'zed@zeta.com', firstName: 'Zed' },
      { id: 'ot7', tenantId: 't2', email: 'ivy@iota.com', firstName: 'Ivy' },
      { id: 'ot8', tenantId: 't3', email: 'jane@alpha.com', firstName: 'Jane' },
    ]);
    expect(run.rows('outreach_targets', 'updated')).toBe(8);
  });

  it('erases what no tenant used: no personal data stays behind without a tenant', async () => {
    expect(await query(db.url, `SELECT count(*)::int AS n FROM migration_quarantine WHERE migration = $1`, [F04])).toEqual([{ n: 0 }]);
    const anywhere = await query(
      db.url,
      `SELECT 'quarantine' AS place FROM migration_quarantine WHERE value::text ~* '(x@delta\\.net|kim@kappa\\.io|nn@nobody\\.org)'
       UNION ALL SELECT 'ledger' FROM migration_ledger WHERE note ~* '(x@delta\\.net|kim@kappa\\.io|nn@nobody\\.org|X Y)'
       UNION ALL SELECT 'contacts' FROM contacts WHERE email IN ('x@delta.net', 'kim@kappa.io', 'nn@nobody.org')
       UNION ALL SELECT 'transition tables' FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'online_migration' AND c.relname LIKE 'f04%'`,
    );
    expect(anywhere).toEqual([]);
  });

  it('the validation fails when a person of this finding is kept in the quarantine, or a transition trigger survives', async () => {
    await query(
      db.url,
      `INSERT INTO migration_quarantine (migration, "tableName", "rowId", "columnName", value, reason) VALUES ($1, 'crawl_cache', 'cc_late', 'recipientEmail', '"nn@nobody.org"', 'sabotage')`,
      [F04],
    );
    await query(
      db.url,
      `CREATE TRIGGER online_f04_note_rewritten_cache_row AFTER INSERT ON crawl_cache FOR EACH ROW EXECUTE FUNCTION online_migration.f04_note_rewritten_cache_row()`,
    );
    try {
      expect((await runValidate(db.url, F04)).map((r) => r.problem)).toEqual(['personal data kept in the quarantine']);
      expect((await runValidate(db.url, F04_CONTRACT)).map((r) => r.problem)).toEqual(['transition trigger still present']);
    } finally {
      await query(db.url, `DELETE FROM migration_quarantine WHERE migration = $1`, [F04]);
      await query(db.url, `DROP TRIGGER online_f04_note_rewritten_cache_row ON crawl_cache`);
    }
  });

  it('down.sql restores the columns, empty: moved people stay with their tenants, erased ones are gone', async () => {
    await revertFolder(db.url, F04_CONTRACT);
    expect(
      await query(db.url, `SELECT count(*)::int AS n FROM migration_ledger WHERE migration = $1 AND anomaly IS NOT NULL`, [F04]),
    ).toEqual([{ n: 0 }]);
    await revertFolder(db.url, F04);
    expect(await hasColumn(db.url, 'crawl_cache', 'recipientEmail')).toBe(true);
    expect(
      await query(db.url, `SELECT count(*)::int AS n FROM crawl_cache WHERE "recipientEmail" IS NOT NULL OR "recipientName" IS NOT NULL`),
    ).toEqual([{ n: 0 }]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM migration_ledger WHERE migration = $1`, [F04])).toEqual([{ n: 0 }]);
  });
});
