// Folder f04 on hand-made rows whose fate is known one by one: people on shared domains, an existing
// contact found case-insensitively, a name without email, a domain where a tenant has only a backlink
// (it never talked to that person), a domain nobody uses, blank values.
import { revertFolder } from '../../../src/migrations/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAccounted, day, hasColumn, legacyDatabaseFor, query, type FolderRun } from '../../../src/testing/index.js';

const F04 = '20261129000006_f04_crawl_cache_without_personal_data';

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
  run = await applyAccounted(db, F04);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

describe('f04 crawl cache without personal data', () => {
  it('counts the rows that carried a person (blanks are not one) as the anomaly', () => {
    // cc_shared, cc_email, cc_name, cc_unused, cc_case, cc_link
    expect(run.anomaly('crawl_cache_personal_data').rows).toBe(6);
    expect(run.rows('crawl_cache', 'moved')).toBe(4);
    expect(run.rows('crawl_cache', 'quarantined')).toBe(0);
    // cc_blank's blanks, and the erased people of cc_unused and cc_link: counted, never kept
    const nulled = run.ledger.filter((e) => e.tableName === 'crawl_cache' && e.action === 'nulled' && e.anomaly === null);
    expect(nulled.map((e) => e.rows).sort()).toEqual([1, 2]);
    expect(nulled.find((e) => e.rows === 2)!.note).toMatch(/erased/);
    expect(run.notices.some((n) => n.includes('crawl_cache_personal_data'))).toBe(true);
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
      { tenantId: 't2', email: 'jane@alpha.com', firstName: 'Jane', lastName: 'Doe', origin: 'outreach' },
      { tenantId: 't3', email: null, firstName: 'Gina', lastName: 'Lollo', origin: 'outreach' },
    ]);
    expect(run.rows('contacts', 'inserted')).toBe(4);
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
      { id: 'ot6', tenantId: null, email: null, firstName: null },
    ]);
    expect(run.rows('outreach_targets', 'updated')).toBe(5);
  });

  it('erases what no tenant used: no personal data stays behind without a tenant', async () => {
    expect(await query(db.url, `SELECT count(*)::int AS n FROM migration_quarantine WHERE migration = $1`, [F04])).toEqual([{ n: 0 }]);
    const anywhere = await query(
      db.url,
      `SELECT 'quarantine' AS place FROM migration_quarantine WHERE value::text ~* '(x@delta\\.net|kim@kappa\\.io)'
       UNION ALL SELECT 'ledger' FROM migration_ledger WHERE note ~* '(x@delta\\.net|kim@kappa\\.io|X Y)'
       UNION ALL SELECT 'contacts' FROM contacts WHERE email IN ('x@delta.net', 'kim@kappa.io')`,
    );
    expect(anywhere).toEqual([]);
  });

  it('down.sql restores the columns, empty: moved people stay with their tenants, erased ones are gone', async () => {
    await revertFolder(db.url, F04);
    expect(await hasColumn(db.url, 'crawl_cache', 'recipientEmail')).toBe(true);
    expect(
      await query(db.url, `SELECT count(*)::int AS n FROM crawl_cache WHERE "recipientEmail" IS NOT NULL OR "recipientName" IS NOT NULL`),
    ).toEqual([{ n: 0 }]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM migration_ledger WHERE migration = $1`, [F04])).toEqual([{ n: 0 }]);
  });
});
