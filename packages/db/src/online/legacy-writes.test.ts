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

  it("finding 1: a user the legacy application creates with a tenantId becomes a member there; the application's own membership wins", async () => {
    const plain = await legacy.user.create({ data: { email: 'plain@legacy.example', tenantId: 't1' } });
    expect(await corrected.tenantMember.findMany({ where: { userId: plain.id }, select: { tenantId: true, role: true } })).toEqual([
      { tenantId: 't1', role: 'member' },
    ]);
    // the membership the trigger added yields to the one the legacy application writes afterwards
    await legacy.tenantMember.create({ data: { tenantId: 't1', userId: plain.id, role: 'admin' } });
    expect(await corrected.tenantMember.findMany({ where: { userId: plain.id }, select: { tenantId: true, role: true } })).toEqual([
      { tenantId: 't1', role: 'admin' },
    ]);
    const nested = await legacy.user.create({
      data: { email: 'owner@legacy.example', tenantId: 't2', memberships: { create: { tenantId: 't2', role: 'owner' } } },
    });
    expect((await corrected.tenantMember.findMany({ where: { userId: nested.id } })).map((m) => m.role)).toEqual(['owner']);
  });

  it('finding 1: deleting a tenant erases a user the corrected application created in it alone', async () => {
    await withPgClient(db.url, (c) =>
      c.query(`INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") VALUES ('t4', 'Four', 'four', now())`),
    );
    // what the corrected application writes: a user without tenantId, and the membership (the
    // corrected client cannot insert users here until finding 16's enum types exist)
    await withPgClient(db.url, async (c) => {
      await c.query(`INSERT INTO "users" ("id", "email", "updatedAt") VALUES ('u-t4', 'only-t4@corrected.example', now())`);
      await c.query(`INSERT INTO "tenant_members" ("id", "tenantId", "userId", "updatedAt") VALUES ('m-t4', 't4', 'u-t4', now())`);
      await c.query(`DELETE FROM "tenants" WHERE "id" = 't4'`);
    });
    expect(await legacy.user.findUnique({ where: { id: 'u-t4' } })).toBeNull();
  });

  it('finding 4: a person the legacy crawler writes is noted for the contract step, with the tenants prospecting the domain', async () => {
    await legacy.outreachTarget.create({ data: { tenantId: 't1', campaignId: 'c1', domain: 'crawl.example' } });
    const row = await legacy.crawlCache.create({
      data: { domain: 'WWW.Crawl.example', recipientEmail: 'pat@crawl.example', recipientName: 'Pat', lastCrawledAt: new Date() },
    });
    const noted = await withPgClient(db.url, async (c) => ({
      rows: (await c.query(`SELECT "cacheId" FROM "online_migration"."f04_rewritten_cache_rows"`)).rows.map((r) => r.cacheId),
      prospects: (await c.query(`SELECT "tenantId" FROM "online_migration"."f04_prospects" WHERE "domain" = 'crawl.example'`)).rows,
    }));
    expect(noted).toEqual({ rows: [row.id], prospects: [{ tenantId: 't1' }] });
    // the corrected application reads the shared row without the person
    expect(await corrected.crawlCache.findUniqueOrThrow({ where: { id: row.id } })).not.toHaveProperty('recipientEmail');
  });

  it('finding 16: a status the legacy application writes lands in its enum twin, one outside the enum stays NULL, and the corrected client filters on it', async () => {
    const twin = async (id: string) =>
      (
        await withPgClient(db.url, (c) =>
          c.query<{ v: string | null }>(`SELECT "status_enum"::text AS v FROM "campaigns" WHERE "id" = $1`, [id]),
        )
      ).rows[0]!.v;
    const known = await legacy.campaign.create({ data: { tenantId: 't2', name: 'Known', kind: 'seo', status: ' Active' } });
    const unknown = await legacy.campaign.create({ data: { tenantId: 't2', name: 'Unknown', kind: 'seo', status: 'pasued' } });
    expect(await twin(known.id)).toBe('active');
    expect(await twin(unknown.id)).toBeNull();
    await legacy.campaign.update({ where: { id: unknown.id }, data: { status: 'paused' } });
    expect(await twin(unknown.id)).toBe('paused');
    // The corrected client sends enum-typed parameters against the text column until the swap.
    await corrected.campaign.update({ where: { id: known.id }, data: { status: 'completed' } });
    expect(await twin(known.id)).toBe('completed');
    const found = await corrected.campaign.findMany({
      where: { tenantId: 't2', status: { in: ['completed', 'paused'] } },
      orderBy: { name: 'asc' },
    });
    expect(found.map((l) => [l.name, l.status])).toEqual([
      ['Known', 'completed'],
      ['Unknown', 'paused'],
    ]);
    expect(await corrected.campaign.count({ where: { tenantId: 't2', status: { not: 'paused' } } })).toBe(1);
  });

  it('finding 13: a version the legacy application writes with its FAQ snapshot gets rows in blog_post_version_faqs only, never in the live list', async () => {
    await withPgClient(db.url, (c) =>
      c.query(
        `INSERT INTO "blog_posts" ("id", "tenantId", "title", "slug", "body", "updatedAt") VALUES ('bp1', 't1', 'P', 'p', 'b', now())`,
      ),
    );
    await legacy.blogPostFaq.create({ data: { blogPostId: 'bp1', question: 'Live?', answer: 'Yes', position: 0 } });
    const snapshot = [
      { question: 'Then?', answer: 'Old', position: 0 },
      { question: 'And?', answer: 'More', position: 1 },
    ];
    const version = await legacy.blogPostVersion.create({ data: { blogPostId: 'bp1', version: 1, title: 'P', body: 'b', faqs: snapshot } });
    const stored = await corrected.blogPostVersion.findUniqueOrThrow({
      where: { id: version.id },
      include: { faqs: { orderBy: { position: 'asc' } } },
    });
    expect(stored.faqs.map((f) => ({ question: f.question, answer: f.answer, position: f.position }))).toEqual(snapshot);
    // Both applications list the post's live FAQs, and only those.
    const live = await corrected.blogPost.findUniqueOrThrow({ where: { id: 'bp1' }, include: { blogPostFaqs: true } });
    expect(live.blogPostFaqs.map((f) => f.question)).toEqual(['Live?']);
    const legacyLive = await legacy.blogPost.findUniqueOrThrow({ where: { id: 'bp1' }, include: { blogPostFaqs: true } });
    expect(legacyLive.blogPostFaqs.map((f) => f.question)).toEqual(['Live?']);
    // A snapshot that is no list does not fail the legacy write: it is kept whole for the contract.
    const odd = await legacy.blogPostVersion.create({
      data: { blogPostId: 'bp1', version: 2, title: 'P', body: 'b', faqs: { question: 'x' } },
    });
    const kept = await withPgClient(
      db.url,
      async (c) => (await c.query(`SELECT "columnName", value FROM "migration_quarantine" WHERE "rowId" = $1`, [odd.id])).rows,
    );
    expect(kept).toEqual([{ columnName: 'faqs', value: { question: 'x' } }]);
  });

  it("finding 7: a status change the legacy application appends to a subscription's JSON log is a row of subscription_logs for the corrected client", async () => {
    await legacy.plan.create({ data: { id: 'pl1', code: 'basic', name: 'Basic', monthlyPriceCents: 100, yearlyPriceCents: 1000 } });
    await withPgClient(db.url, (c) => c.query(`INSERT INTO "users" ("id", "email", "updatedAt") VALUES ('u1', 'u1@example.com', now())`));
    const period = { currentPeriodStart: new Date('2024-01-01T00:00:00Z'), currentPeriodEnd: new Date('2024-02-01T00:00:00Z') };
    const first = { from: null, to: 'trialing', at: '2024-01-01T00:00:00.000Z', by: 'u1', reason: 'signup' };
    const sub = await legacy.subscription.create({
      data: { tenantId: 't1', planId: 'pl1', unitPriceCents: 100, ...period, status: 'trialing', statusChangeLogs: [first] },
    });
    // The legacy application's read-modify-write of the array on a transition.
    const current = await legacy.subscription.findUniqueOrThrow({ where: { id: sub.id } });
    const second = { from: 'trialing', to: ' Active', at: '2024-01-10T00:00:00.000Z', by: 'stripe-webhook', reason: null };
    await legacy.subscription.update({
      where: { id: sub.id },
      data: { status: 'active', statusChangeLogs: [...(current.statusChangeLogs as object[]), second] },
    });
    const logs = await corrected.subscriptionLog.findMany({ where: { subscriptionId: sub.id }, orderBy: { createdAt: 'asc' } });
    expect(
      logs.map((l) => ({ from: l.fromStatus, to: l.toStatus, at: l.createdAt.toISOString(), actorId: l.actorId, note: l.note })),
    ).toEqual([
      { from: null, to: 'trialing', at: first.at, actorId: 'u1', note: 'signup' },
      { from: 'trialing', to: 'active', at: second.at, actorId: null, note: '(by stripe-webhook)' },
    ]);
    // A Stripe state no mapping covers yet does not fail the legacy write: it waits for the contract step.
    const later = await legacy.subscription.findUniqueOrThrow({ where: { id: sub.id } });
    await legacy.subscription.update({
      where: { id: sub.id },
      data: {
        status: 'unpaid',
        statusChangeLogs: [
          ...(later.statusChangeLogs as object[]),
          { from: 'active', to: 'unpaid', at: '2024-02-01T00:00:00Z', by: null, reason: null },
        ],
      },
    });
    expect(await corrected.subscriptionLog.count({ where: { subscriptionId: sub.id } })).toBe(2);
    const waiting = await withPgClient(
      db.url,
      async (c) => (await c.query(`SELECT i::int AS i FROM online_migration.f07_unconverted WHERE "subscriptionId" = $1`, [sub.id])).rows,
    );
    expect(waiting).toEqual([{ i: 3 }]);
    // A subscription the corrected client creates (it knows no statusChangeLogs) takes the column's default.
    const own = await corrected.subscription.create({
      data: { tenantId: 't1', planId: 'pl1', unitPriceCents: 100, ...period },
      select: { id: true },
    });
    expect((await legacy.subscription.findUniqueOrThrow({ where: { id: own.id } })).statusChangeLogs).toEqual([]);
  });

  it("finding 11: the settings JSON the legacy application writes is read into the tenant's typed row; both clients read and create tenants", async () => {
    const created = await legacy.tenant.create({
      data: { name: 'Three', slug: 'three', contextConfig: { maxSources: '25', tone: 'plain', includeReviews: false } },
    });
    const row = await corrected.tenant.findUniqueOrThrow({ where: { id: created.id }, include: { contextConfig: true } });
    expect(row.contextConfig).toMatchObject({
      maxSources: 25,
      tone: 'plain',
      includeReviews: false,
      includeCompetitors: true,
      language: 'en',
    });
    await legacy.tenant.update({ where: { id: created.id }, data: { contextConfig: { language: 'de' } } });
    expect(await corrected.tenantContextConfig.findUniqueOrThrow({ where: { tenantId: created.id } })).toMatchObject({
      maxSources: 10,
      tone: null,
      includeReviews: true,
      language: 'de',
    });
    // A value nobody has decided about does not fail the legacy write; the contract step settles it.
    await legacy.tenant.update({ where: { id: created.id }, data: { contextConfig: { maxSources: 'ten' } } });
    expect((await legacy.tenant.findUniqueOrThrow({ where: { id: created.id } })).contextConfig).toEqual({ maxSources: 'ten' });
    // The corrected client creates tenants without the JSON column; the legacy client still reads them.
    const fresh = await corrected.tenant.create({ data: { name: 'Four', slug: 'four', contextConfig: { create: { maxSources: 3 } } } });
    expect((await legacy.tenant.findUniqueOrThrow({ where: { id: fresh.id } })).contextConfig).toBeNull();
    expect(await corrected.tenantContextConfig.count({ where: { tenantId: fresh.id, maxSources: 3 } })).toBe(1);
  });

  it('finding 17: a crawl job the legacy application writes through rag_crawl_jobs is a row of rag_ingest_jobs, with the table defaults', async () => {
    await withPgClient(db.url, (c) =>
      c.query(
        `INSERT INTO "rag_datasets" ("id", "tenantId", "name", "slug", "qdrantCollection", "updatedAt") VALUES ('ds1', 't1', 'D', 'd', 'q', now())`,
      ),
    );
    // INSERT ... RETURNING through the view: the columns left out get the table's defaults.
    const job = await legacy.ragCrawlJob.create({ data: { tenantId: 't1', datasetId: 'ds1', startUrl: 'https://docs.example' } });
    expect(job).toMatchObject({ status: 'queued', maxDepth: 2, maxPages: 200, respectRobots: true, pagesCrawled: 0 });
    expect(job.createdAt).toBeInstanceOf(Date);
    const row = await withPgClient(
      db.url,
      async (c) => (await c.query(`SELECT "startUrl", "userAgent" FROM "rag_ingest_jobs" WHERE "id" = $1`, [job.id])).rows,
    );
    expect(row).toEqual([{ startUrl: 'https://docs.example', userAgent: 'LeadmetricsBot/1.0' }]);
    await legacy.ragCrawlJob.update({ where: { id: job.id }, data: { status: 'crawling', pagesCrawled: { increment: 3 } } });
    expect(await corrected.ragIngestJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: 'crawling',
      pagesCrawled: 3,
    });
    const dataset = await legacy.ragDataset.findUniqueOrThrow({ where: { id: 'ds1' }, include: { ragCrawlJobs: true } });
    expect(dataset.ragCrawlJobs.map((j) => j.id)).toEqual([job.id]);
    // A row written under the new name is seen through the old one (the corrected client writes this
    // table's status as an enum, which finding 16 introduces, so plain SQL stands in for it here).
    await withPgClient(db.url, (c) =>
      c.query(
        `INSERT INTO "rag_ingest_jobs" ("id", "tenantId", "datasetId", "startUrl", "updatedAt") VALUES ('rj-new', 't1', 'ds1', 'https://b.example', now())`,
      ),
    );
    expect((await legacy.ragCrawlJob.findUniqueOrThrow({ where: { id: 'rj-new' } })).startUrl).toBe('https://b.example');
    await legacy.ragCrawlJob.delete({ where: { id: job.id } });
    expect(await corrected.ragIngestJob.findUnique({ where: { id: job.id } })).toBeNull();
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
