// Between expand and contract both applications run against one database: for every phased
// finding, after its expand step and backfill, a write through the legacy client (generated from
// the legacy schema) must succeed and land in the new structures the way the corrected application
// expects; and the corrected client must read the same database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLegacyPrismaClient, createPrismaClient, type LegacyPrismaClient, type PrismaClient } from '../client.js';
import { applyFolders } from '../migrations/apply.js';
import { dependencyClosure } from '../migrations/folders.js';
import { withPgClient } from '../provision.js';
import { createTestDatabase } from '../test-database.js';
import { phasedFindings, runBackfill, splitAtPause } from './index.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let legacy: LegacyPrismaClient;
let corrected: PrismaClient;

const expandFolders = phasedFindings().map((p) => p.expandFolder);

beforeAll(async () => {
  db = await createTestDatabase('lm_online_legacy');
  // Every folder before the pause that the phased findings need, with a few rows, then the backfill.
  const { beforePause } = splitAtPause(dependencyClosure(phasedFindings().flatMap((p) => [p.expandFolder, ...p.contractFolders])));
  await applyFolders(
    db.url,
    beforePause.filter((name) => !expandFolders.includes(name) && !dependencyClosure([name]).some((d) => expandFolders.includes(d))),
  );
  await withPgClient(db.url, async (client) => {
    await client.query(
      `INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") VALUES ('t1', 'One', 'one', now()), ('t2', 'Two', 'two', now())`,
    );
    await client.query(
      `INSERT INTO "strategies" ("id", "tenantId", "title", "periodStart", "periodEnd", "updatedAt") VALUES ('s2', 't2', 'S', now(), now(), now())`,
    );
    await client.query(
      `INSERT INTO "deliverables" ("id", "tenantId", "strategyId", "title", "channel", "periodMonth", "updatedAt") VALUES ('d2', 't2', 's2', 'D', 'blog', now(), now())`,
    );
    await client.query(`INSERT INTO "campaigns" ("id", "tenantId", "name", "kind", "updatedAt") VALUES ('c1', 't1', 'C', 'seo', now())`);
    await client.query(
      `INSERT INTO "backlinks" ("id", "tenantId", "campaignId", "sourceUrl", "targetUrl", "updatedAt")
       VALUES ('b1', 't1', 'c1', 'https://a.example/x', 'https://t.example', now()), ('b2', 't1', 'c1', 'https://b.example/y', 'https://t.example', now()),
              ('b3', 't1', 'c1', 'https://b.example/y', 'https://t.example', now())`,
    );
    await client.query(
      `INSERT INTO "invoices" ("id", "tenantId", "number", "subtotalCents", "amountDueCents", "updatedAt") VALUES ('i1', 't1', 'INV-1', 100, 100, now())`,
    );
  });
  await applyFolders(db.url, beforePause);
  await runBackfill(db.url, { pauseMs: 0 });
  legacy = await createLegacyPrismaClient(db.url);
  corrected = await createPrismaClient(db.url);
}, 180_000);

afterAll(async () => {
  await legacy?.$disconnect();
  await corrected?.$disconnect();
  await db?.dispose();
});

describe('legacy writes between expand and contract', () => {
  it("finding 2: an activity naming another tenant's deliverable is stored with the source cleared and the id quarantined", async () => {
    const created = await legacy.activity.create({ data: { tenantId: 't1', type: 'blog_post', title: 'A', sourceDeliverableId: 'd2' } });
    const stored = await corrected.activity.findUniqueOrThrow({ where: { id: created.id }, include: { sourceDeliverable: true } });
    expect(stored.sourceDeliverableId).toBeNull();
    const quarantined = await withPgClient(
      db.url,
      async (c) =>
        (
          await c.query(
            `SELECT "value" #>> '{}' AS v FROM "migration_quarantine" WHERE "rowId" = $1 AND "columnName" = 'sourceDeliverableId'`,
            [created.id],
          )
        ).rows,
    );
    expect(quarantined).toEqual([{ v: 'd2' }]);
    // A valid source passes untouched, through either client.
    const own = await legacy.activity.update({ where: { id: created.id }, data: { sourceDeliverableId: null, tenantId: 't2' } });
    await legacy.activity.update({ where: { id: own.id }, data: { sourceDeliverableId: 'd2' } });
    expect((await corrected.activity.findUniqueOrThrow({ where: { id: own.id } })).sourceDeliverableId).toBe('d2');
  });

  it('finding 5: a help rating of an existing tenant is written and read by both clients; a deleted tenant takes its ratings along', async () => {
    const rating = await legacy.helpPageRating.create({ data: { tenantId: 't1', pagePath: '/help', helpful: true } });
    expect((await corrected.helpPageRating.findUniqueOrThrow({ where: { id: rating.id } })).tenantId).toBe('t1');
    await withPgClient(db.url, (c) =>
      c.query(`INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") VALUES ('t3', 'Three', 'three', now())`),
    );
    const doomed = await legacy.helpPageRating.create({ data: { tenantId: 't3', pagePath: '/help', helpful: false } });
    await withPgClient(db.url, (c) => c.query(`DELETE FROM "tenants" WHERE "id" = 't3'`));
    expect(await corrected.helpPageRating.findUnique({ where: { id: doomed.id } })).toBeNull();
  });

  it('finding 9: a health row the legacy application inserts is linked to its backlink when the match is certain, and only then', async () => {
    const certain = await legacy.backlinkHealth.create({
      data: { tenantId: 't1', campaignId: 'c1', url: 'https://a.example/x', lastCheckedAt: new Date() },
    });
    const ambiguous = await legacy.backlinkHealth.create({
      data: { tenantId: 't1', campaignId: 'c1', url: 'https://b.example/y', lastCheckedAt: new Date() },
    });
    expect((await corrected.backlinkHealth.findUniqueOrThrow({ where: { id: certain.id } })).backlinkId).toBe('b1');
    expect((await corrected.backlinkHealth.findUniqueOrThrow({ where: { id: ambiguous.id } })).backlinkId).toBeNull();
    // A second health row for the same url: the backlink is taken, so the newcomer stays unlinked.
    const second = await legacy.backlinkHealth.create({
      data: { tenantId: 't1', campaignId: 'c1', url: 'https://a.example/x', lastCheckedAt: new Date() },
    });
    expect((await corrected.backlinkHealth.findUniqueOrThrow({ where: { id: second.id } })).backlinkId).toBeNull();
  });

  it('finding 10: the legacy application still counts reminders in remindersSent until the contract step', async () => {
    await legacy.invoice.update({ where: { id: 'i1' }, data: { remindersSent: { increment: 1 } } });
    expect((await legacy.invoice.findUniqueOrThrow({ where: { id: 'i1' } })).remindersSent).toBe(1);
    expect((await corrected.invoice.findUniqueOrThrow({ where: { id: 'i1' } })).id).toBe('i1');
  });

  it("finding 8: a lead's contact entry the legacy application writes lands in contact_methods on the lead's contact", async () => {
    const lead = await legacy.lead.create({ data: { tenantId: 't1', fullName: 'Ada Legacy', origin: 'form' } });
    const email = await legacy.leadContact.create({
      data: { tenantId: 't1', leadId: lead.id, channel: 'Email ', value: 'Ada@Example.com', isPrimary: true },
    });
    const phone = await legacy.leadContact.create({ data: { tenantId: 't1', leadId: lead.id, channel: 'phone', value: '+4930111' } });
    const linked = await corrected.lead.findUniqueOrThrow({ where: { id: lead.id }, include: { contact: true } });
    expect(linked.contact).toMatchObject({ tenantId: 't1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Legacy', kind: 'lead' });
    const methods = await corrected.contactMethod.findMany({ where: { contactId: linked.contactId! }, orderBy: { id: 'asc' } });
    expect(methods.map((m) => [m.id, m.channel, m.value, m.leadId, m.isPrimary]).sort()).toEqual(
      [
        [email.id, 'email', 'Ada@Example.com', lead.id, true],
        [phone.id, 'phone', '+4930111', lead.id, false],
      ].sort(),
    );
    // An entry the new type cannot hold is still written for the legacy application, and kept whole.
    const fax = await legacy.leadContact.create({ data: { tenantId: 't1', leadId: lead.id, channel: 'fax', value: '+4930222' } });
    expect(await corrected.contactMethod.findUnique({ where: { id: fax.id } })).toBeNull();
    const kept = await withPgClient(
      db.url,
      async (c) => (await c.query(`SELECT "value" ->> 'channel' AS channel FROM "migration_quarantine" WHERE "rowId" = $1`, [fax.id])).rows,
    );
    expect(kept).toEqual([{ channel: 'fax' }]);
    // Deleting the lead through the legacy client takes its methods along, as it took its entries.
    await legacy.lead.delete({ where: { id: lead.id } });
    expect(await corrected.contactMethod.count({ where: { id: { in: [email.id, phone.id] } } })).toBe(0);
  });

  it('finding 12: a near-duplicate keyword the legacy application writes is accepted and queued for the contract to merge', async () => {
    const first = await legacy.keyword.create({ data: { tenantId: 't1', keyword: 'legacy seo tools' } });
    const variant = await legacy.keyword.create({ data: { tenantId: 't1', keyword: ' Legacy  SEO Tools' } });
    expect((await corrected.keyword.findUniqueOrThrow({ where: { id: variant.id } })).keyword).toBe(' Legacy  SEO Tools');
    const queued = await withPgClient(
      db.url,
      async (c) =>
        (
          await c.query(`SELECT "keywordId" FROM "online_migration"."f12_late_keyword" WHERE "keywordId" = ANY($1)`, [
            [first.id, variant.id],
          ])
        ).rows,
    );
    expect(queued).toEqual([{ keywordId: variant.id }]);
  });
});
