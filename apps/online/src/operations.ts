// What the two applications do, request by request: reads and writes shaped like production on
// every table the chain touches. The legacy application speaks through the client generated from
// the legacy schema, the corrected one through the corrected client; each write returns the journal
// entries that prove it later. Requests the two applications make alike (reading leads, adding a FAQ,
// inserting a keyword) are written out in both lists on purpose: each list is type-checked against its
// own generated client, so a schema change that would break one application's request fails the
// typecheck in that application's list, which a shared version typed for both could not show.
import { randomUUID } from 'node:crypto';
import type { LegacyPrismaClient, PrismaClient } from './db.js';
import { LEAD_STATUSES, pick, REMINDER_KINDS, SUBSCRIPTION_STATUSES, type EntityPool } from './pool.js';
import type { JournalEntry, WriteKind } from './types.js';

export type Written = Pick<JournalEntry, 'kind' | 'key' | 'values'>;

export interface OperationContext {
  pool: EntityPool;
  random: () => number;
  /**
   * Whether the legacy application wraps its two-statement writes (reminder + counter, read and
   * rewrite of the JSON log) in a transaction. The review describes it without one (counters drift
   * after "an increment that failed after the insert", log appends lose updates when two webhooks
   * race), which is the default; with one, its transactions hold a lock on a table while asking for
   * another, which a migration that upgrades its own lock can deadlock against.
   */
  transactional: boolean;
}

export interface Operation<Client> {
  name: string;
  /** Relative frequency. */
  weight: number;
  /** Resolves to null, without touching the database, when the worker has nothing to act on (e.g. owns no subscription). */
  run(client: Client, context: OperationContext): Promise<Written[] | null>;
}

/** A request that failed after some of its writes had committed (they stay, and must be found at the end). */
export class PartlyCommittedError extends Error {
  constructor(
    readonly committed: Written[],
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const written = (kind: WriteKind, key: string, values: Written['values']): Written => ({ kind, key, values });
const token = () => randomUUID().slice(0, 13);

/** A version's FAQ snapshot, as both applications write one: one to three FAQs at positions 0, 1, 2. */
function versionFaqs(random: () => number): { question: string; answer: string; position: number }[] {
  return Array.from({ length: 1 + Math.floor(random() * 3) }, (_, position) => ({
    question: `VQ ${token()}?`,
    answer: `VA ${token()}`,
    position,
  }));
}

/** A version number no other write takes (unique per post, with the seed's 1, 2, 3 ... left alone). */
const versionNumber = (random: () => number) => 1_000_000 + Math.floor(random() * 2_000_000_000);

const startUrl = () => `https://docs-${token()}.example.test/`;

/** Subscription log entries as the legacy application appended them: `{ from, to, at, by, reason }`. */
interface LegacyLogEntry {
  from: string | null;
  to: string;
  at: string;
  by: string | null;
  reason: string | null;
}

export const LEGACY_OPERATIONS: Operation<LegacyPrismaClient>[] = [
  {
    name: 'read-leads',
    weight: 3,
    run: (db, { pool, random }) =>
      db.lead
        .findMany({
          where: { tenantId: pick(random, pool.tenants), status: pick(random, LEAD_STATUSES) },
          orderBy: { createdAt: 'desc' },
          take: 20,
        })
        .then(() => []),
  },
  {
    name: 'read-post-faqs',
    weight: 2,
    run: (db, { pool, random }) =>
      db.blogPost
        .findUnique({ where: { id: pick(random, pool.blogPosts) }, include: { blogPostFaqs: { orderBy: { position: 'asc' } } } })
        .then(() => []),
  },
  {
    name: 'read-invoice',
    weight: 1,
    run: (db, { pool, random }) =>
      db.invoice
        .findUnique({ where: { id: pick(random, pool.invoices) }, include: { invoiceReminders: { orderBy: { sentAt: 'desc' }, take: 5 } } })
        .then(() => []),
  },
  {
    name: 'lead-status',
    weight: 2,
    run: (db, { pool, random }) => {
      if (pool.leads.length === 0) return Promise.resolve(null);
      const lead = pick(random, pool.leads);
      const status = pick(random, LEAD_STATUSES);
      return db.lead
        .update({ where: { id: lead.id }, data: { status }, select: { id: true } })
        .then(() => [written('lead-status', `lead:${lead.id}`, { id: lead.id, status })]);
    },
  },
  {
    name: 'faq-added',
    weight: 1,
    run: async (db, { pool, random }) => {
      const faq = {
        blogPostId: pick(random, pool.blogPosts),
        question: `Q ${token()}?`,
        answer: `A ${token()}`,
        position: Math.floor(random() * 20),
      };
      const row = await db.blogPostFaq.create({ data: faq, select: { id: true } });
      return [written('faq-added', `faq:${row.id}`, { id: row.id, ...faq })];
    },
  },
  {
    name: 'version-saved',
    weight: 1,
    run: async (db, { pool, random }) => {
      // The legacy application keeps a version's FAQs as a JSON snapshot on the version.
      const blogPostId = pick(random, pool.blogPosts);
      const faqs = versionFaqs(random);
      const row = await db.blogPostVersion.create({
        data: { blogPostId, version: versionNumber(random), title: 'Version', body: 'Body', faqs },
        select: { id: true },
      });
      return [written('version-saved', `version:${row.id}`, { id: row.id, blogPostId, faqs: JSON.stringify(faqs) })];
    },
  },
  {
    name: 'reminder-recorded',
    weight: 1,
    run: async (db, { pool, random, transactional }) => {
      const invoiceId = pick(random, pool.invoices);
      const kind = pick(random, REMINDER_KINDS);
      const sentAt = new Date();
      // The legacy application keeps its own counter beside the reminder rows.
      const insert = db.invoiceReminder.create({ data: { invoiceId, kind, sentAt }, select: { id: true } });
      const bump = () =>
        db.invoice.update({
          where: { id: invoiceId },
          data: { remindersSent: { increment: 1 }, lastReminderAt: sentAt },
          select: { id: true },
        });
      const reminder = transactional ? (await db.$transaction([insert, bump()]))[0] : await insert;
      const writes = [written('reminder-recorded', `reminder:${reminder.id}`, { id: reminder.id, invoiceId, kind })];
      // Without a transaction the reminder stays when the counter update fails: committed, so journaled.
      if (!transactional) await bump().catch((error) => Promise.reject(new PartlyCommittedError(writes, error)));
      return writes;
    },
  },
  {
    name: 'contact-entry',
    weight: 1,
    run: async (db, { pool, random }) => {
      if (pool.leads.length === 0) return null;
      const lead = pick(random, pool.leads);
      const value = `entry-${token()}@example.test`;
      const row = await db.leadContact.create({
        data: { tenantId: lead.tenantId, leadId: lead.id, channel: 'email', value },
        select: { id: true },
      });
      return [
        written('contact-entry', `contact-entry:${row.id}`, { id: row.id, leadId: lead.id, contactId: null, channel: 'email', value }),
      ];
    },
  },
  {
    name: 'subscription-transition',
    weight: 1,
    run: (db, { pool, random, transactional }) => {
      if (pool.subscriptions.length === 0) return Promise.resolve(null);
      const id = pick(random, pool.subscriptions);
      const to = pick(random, SUBSCRIPTION_STATUSES);
      const reason = `transition ${token()}`;
      // Read-modify-write of the JSON log, the way the legacy application appends to it.
      const transition = async (tx: Pick<LegacyPrismaClient, 'subscription'>): Promise<Written[]> => {
        const current = await tx.subscription.findUniqueOrThrow({ where: { id }, select: { status: true, statusChangeLogs: true } });
        const log = Array.isArray(current.statusChangeLogs) ? (current.statusChangeLogs as unknown as LegacyLogEntry[]) : [];
        const entry: LegacyLogEntry = { from: current.status, to, at: new Date().toISOString(), by: null, reason };
        await tx.subscription.update({
          where: { id },
          data: { status: to, statusChangeLogs: [...log, entry] as object[] },
          select: { id: true },
        });
        return [
          written('subscription-transition', `subscription-log:${reason}`, { subscriptionId: id, logId: null, toStatus: to, note: reason }),
        ];
      };
      return transactional ? db.$transaction((tx) => transition(tx)) : transition(db);
    },
  },
  {
    name: 'keyword-inserted',
    weight: 1,
    run: async (db, { pool, random }) => {
      const tenantId = pick(random, pool.tenants);
      const keyword = `kw ${token()}`;
      const row = await db.keyword.create({ data: { tenantId, keyword, status: 'suggested' }, select: { id: true } });
      return [written('keyword-inserted', `keyword:${row.id}`, { id: row.id, tenantId, keyword })];
    },
  },
  {
    name: 'crawl-job',
    weight: 1,
    run: async (db, { pool, random }) => {
      const dataset = pick(random, pool.datasets);
      const url = startUrl();
      const row = await db.ragCrawlJob.create({
        data: { tenantId: dataset.tenantId, datasetId: dataset.id, startUrl: url },
        select: { id: true },
      });
      return [written('crawl-job', `crawl-job:${row.id}`, { id: row.id, datasetId: dataset.id, startUrl: url })];
    },
  },
  {
    name: 'settings-saved',
    weight: 1,
    run: async (db, { pool, random }) => {
      // The legacy settings page writes the context settings as JSON on the tenant, a number sometimes
      // as the string a form field gave it (which has a lossless reading).
      const tenantId = pick(random, pool.tenants);
      const maxSources = 1 + Math.floor(random() * 50);
      const tone = `tone ${token()}`;
      await db.tenant.update({
        where: { id: tenantId },
        data: { contextConfig: { maxSources: random() < 0.5 ? maxSources : String(maxSources), tone } },
        select: { id: true },
      });
      return [written('settings-saved', `settings:${tenantId}`, { id: tenantId, maxSources, tone })];
    },
  },
];

export const CORRECTED_OPERATIONS: Operation<PrismaClient>[] = [
  {
    name: 'read-leads',
    weight: 3,
    run: (db, { pool, random }) =>
      db.lead
        .findMany({
          where: { tenantId: pick(random, pool.tenants), status: pick(random, LEAD_STATUSES) },
          orderBy: { createdAt: 'desc' },
          take: 20,
        })
        .then(() => []),
  },
  {
    name: 'read-post-faqs',
    weight: 2,
    run: (db, { pool, random }) =>
      db.blogPost
        .findUnique({
          where: { id: pick(random, pool.blogPosts) },
          include: { blogPostFaqs: { orderBy: { position: 'asc' } } },
        })
        .then(() => []),
  },
  {
    name: 'read-invoice',
    weight: 1,
    run: (db, { pool, random }) =>
      db.invoice
        .findUnique({ where: { id: pick(random, pool.invoices) }, include: { _count: { select: { invoiceReminders: true } } } })
        .then(() => []),
  },
  {
    name: 'lead-status',
    weight: 2,
    run: (db, { pool, random }) => {
      if (pool.leads.length === 0) return Promise.resolve(null);
      const lead = pick(random, pool.leads);
      const status = pick(random, LEAD_STATUSES);
      return db.lead
        .update({ where: { id: lead.id }, data: { status }, select: { id: true } })
        .then(() => [written('lead-status', `lead:${lead.id}`, { id: lead.id, status })]);
    },
  },
  {
    name: 'faq-added',
    weight: 1,
    run: async (db, { pool, random }) => {
      const faq = {
        blogPostId: pick(random, pool.blogPosts),
        question: `Q ${token()}?`,
        answer: `A ${token()}`,
        position: Math.floor(random() * 20),
      };
      const row = await db.blogPostFaq.create({ data: faq, select: { id: true } });
      return [written('faq-added', `faq:${row.id}`, { id: row.id, ...faq })];
    },
  },
  {
    name: 'version-saved',
    weight: 1,
    run: async (db, { pool, random }) => {
      // The corrected application writes a version's FAQs as rows of the version.
      const blogPostId = pick(random, pool.blogPosts);
      const faqs = versionFaqs(random);
      const row = await db.blogPostVersion.create({
        data: { blogPostId, version: versionNumber(random), title: 'Version', body: 'Body', faqs: { create: faqs } },
        select: { id: true },
      });
      return [written('version-saved', `version:${row.id}`, { id: row.id, blogPostId, faqs: JSON.stringify(faqs) })];
    },
  },
  {
    name: 'reminder-recorded',
    weight: 1,
    run: async (db, { pool, random }) => {
      const invoiceId = pick(random, pool.invoices);
      const kind = pick(random, REMINDER_KINDS);
      // No counter any more: the count is derived from the rows.
      const row = await db.invoiceReminder.create({ data: { invoiceId, kind }, select: { id: true } });
      return [written('reminder-recorded', `reminder:${row.id}`, { id: row.id, invoiceId, kind })];
    },
  },
  {
    name: 'contact-entry',
    weight: 1,
    run: async (db, { pool, random }) => {
      const contact = pick(random, pool.contacts);
      const value = `entry-${token()}@example.test`;
      const row = await db.contactMethod.create({
        data: { tenantId: contact.tenantId, contactId: contact.id, channel: 'email', value },
        select: { id: true },
      });
      return [
        written('contact-entry', `contact-entry:${row.id}`, { id: row.id, leadId: null, contactId: contact.id, channel: 'email', value }),
      ];
    },
  },
  {
    name: 'subscription-transition',
    weight: 1,
    run: (db, { pool, random }) => {
      if (pool.subscriptions.length === 0) return Promise.resolve(null);
      const id = pick(random, pool.subscriptions);
      const to = pick(random, SUBSCRIPTION_STATUSES);
      const note = `transition ${token()}`;
      return db
        .$transaction(async (tx) => {
          const current = await tx.subscription.findUniqueOrThrow({ where: { id }, select: { status: true } });
          await tx.subscription.update({ where: { id }, data: { status: to }, select: { id: true } });
          return tx.subscriptionLog.create({
            data: { subscriptionId: id, fromStatus: current.status, toStatus: to, note },
            select: { id: true },
          });
        })
        .then((log) => [
          written('subscription-transition', `subscription-log:${note}`, { subscriptionId: id, logId: log.id, toStatus: to, note }),
        ]);
    },
  },
  {
    name: 'keyword-inserted',
    weight: 1,
    run: async (db, { pool, random }) => {
      const tenantId = pick(random, pool.tenants);
      const keyword = `kw ${token()}`;
      const row = await db.keyword.create({ data: { tenantId, keyword, status: 'suggested' }, select: { id: true } });
      return [written('keyword-inserted', `keyword:${row.id}`, { id: row.id, tenantId, keyword })];
    },
  },
  {
    name: 'crawl-job',
    weight: 1,
    run: async (db, { pool, random }) => {
      const dataset = pick(random, pool.datasets);
      const url = startUrl();
      const row = await db.ragIngestJob.create({
        data: { tenantId: dataset.tenantId, datasetId: dataset.id, startUrl: url },
        select: { id: true },
      });
      return [written('crawl-job', `crawl-job:${row.id}`, { id: row.id, datasetId: dataset.id, startUrl: url })];
    },
  },
  {
    name: 'settings-saved',
    weight: 1,
    run: async (db, { pool, random }) => {
      // The corrected settings page changes the typed row of a tenant that has one (a tenant without
      // settings keeps the defaults here; creating rows is left out so the tables' balance stays the
      // chain's own).
      const tenantId = pick(random, pool.tenants);
      const maxSources = 1 + Math.floor(random() * 50);
      const tone = `tone ${token()}`;
      const { count } = await db.tenantContextConfig.updateMany({ where: { tenantId }, data: { maxSources, tone } });
      return count === 0 ? [] : [written('settings-saved', `settings:${tenantId}`, { id: tenantId, maxSources, tone })];
    },
  },
];
