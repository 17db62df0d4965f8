// The rows the workloads act on, sampled once from the seeded database before anything runs. Each
// worker of each application gets a slice of its own, so no two workers ever write the same lead or
// subscription: the last write a worker committed to a row is then the value the final database
// must hold, with no race to reason about.
import { withPgClient } from './db.js';

export interface EntityPool {
  leads: { id: string; tenantId: string }[];
  blogPosts: string[];
  invoices: string[];
  subscriptions: string[];
  tenants: string[];
  contacts: { id: string; tenantId: string }[];
  /** RAG datasets, to start ingest (crawl) jobs under. */
  datasets: { id: string; tenantId: string }[];
}

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'converted', 'lost', 'spam'] as const;
export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'past_due', 'cancelled', 'expired'] as const;
export const REMINDER_KINDS = ['due_soon', 'overdue', 'final_notice'] as const;

/**
 * Up to `size` rows per table, chosen by a hash of the id so the same data gives the same pool.
 * Contacts and tenants are the same in both schemas; the other tables are read in their legacy form.
 */
export async function samplePool(databaseUrl: string, size: number): Promise<EntityPool> {
  return withPgClient(databaseUrl, async (client) => {
    const ids = async (table: string, columns = 'id') =>
      (await client.query(`SELECT ${columns} FROM ${table} ORDER BY md5(id) LIMIT $1`, [size])).rows;
    const pool: EntityPool = {
      leads: (await ids('leads', 'id, "tenantId"')) as EntityPool['leads'],
      blogPosts: (await ids('blog_posts')).map((row) => row.id as string),
      invoices: (await ids('invoices')).map((row) => row.id as string),
      subscriptions: (await ids('subscriptions')).map((row) => row.id as string),
      tenants: (await ids('tenants')).map((row) => row.id as string),
      contacts: (await ids('contacts', 'id, "tenantId"')) as EntityPool['contacts'],
      datasets: (await ids('rag_datasets', 'id, "tenantId"')) as EntityPool['datasets'],
    };
    for (const [name, rows] of Object.entries(pool)) {
      if ((rows as unknown[]).length === 0)
        throw new Error(`the database has no ${name} to run the workload on; seed it first (pnpm seed)`);
    }
    return pool;
  });
}

/**
 * The part of the pool worker `index` of `count` owns. Leads and subscriptions are overwritten, so
 * each worker has its own (a worker with none skips those writes); the others are only inserted
 * under, so sharing them is harmless.
 */
export function sliceOf(pool: EntityPool, index: number, count: number): EntityPool {
  const mine = <T>(rows: T[]) => rows.filter((_, i) => i % count === index);
  return { ...pool, leads: mine(pool.leads), subscriptions: mine(pool.subscriptions) };
}

/** A small seeded generator (mulberry32), so a run's sequence of requests can be replayed. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
