// Folder f17's expand step against a table someone else holds: it asks for its exclusive lock in short
// tries, so the application's queries of the table go on between them, and it gives up, naming the
// holder and renaming nothing, when the table stays held for all its tries.
import pg from 'pg';
import { applyFolders } from '../../../src/migrations/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, legacyDatabaseFor, query } from '../../../src/testing/index.js';

const F17 = '20261129000014_f17_rename_rag_crawl_job';

let db: ThrowawayDatabase;

beforeAll(async () => {
  db = await legacyDatabaseFor(F17, async (w) => {
    await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
    await w.insert('rag_datasets', { id: 'ds1', tenantId: 't1', name: 'D', slug: 'd', qdrantCollection: 'q' });
    await w.insert('rag_crawl_jobs', { id: 'rj1', tenantId: 't1', datasetId: 'ds1', startUrl: 'https://a.example', createdAt: day(1) });
  });
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

/** A session that holds ACCESS SHARE on rag_crawl_jobs (as a long report would) until release() is called. */
async function holdTable(): Promise<{ pid: number; release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT count(*) FROM rag_crawl_jobs');
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  return {
    pid,
    release: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

/** Reads of the table, back to back, until stopped; the slowest one's latency in ms. */
function readLoop(): { stop: () => Promise<number> } {
  let running = true;
  let slowest = 0;
  const done = (async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      while (running) {
        const started = performance.now();
        // Whatever the name is at the moment: the old one until the rename, then the view under it.
        await client.query('SELECT count(*) FROM rag_crawl_jobs');
        slowest = Math.max(slowest, performance.now() - started);
      }
    } finally {
      await client.end();
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return slowest;
    },
  };
}

describe('f17 expand step under a held table', () => {
  it('gives up after its tries, naming the session that holds the table, and renames nothing', async () => {
    const holder = await holdTable();
    try {
      await expect(applyFolders(db.url, [F17], { via: 'sql' })).rejects.toThrow(
        new RegExp(`rag_crawl_jobs stayed locked by other transactions for 20 tries; nothing was renamed[\\s\\S]*pid ${holder.pid}`),
      );
    } finally {
      await holder.release();
    }
    expect(await query(db.url, `SELECT relkind::text AS kind FROM pg_class WHERE relname = 'rag_crawl_jobs'`)).toEqual([{ kind: 'r' }]);
    expect(await query(db.url, `SELECT to_regclass('public.rag_ingest_jobs') IS NULL AS absent`)).toEqual([{ absent: true }]);
  }, 120_000);

  it('waits out a short hold without stalling the reads of the table behind its lock request', async () => {
    const holder = await holdTable();
    const reads = readLoop();
    const applying = applyFolders(db.url, [F17], { via: 'sql' });
    // Held for 3 s: a plain lock request would queue every read behind it for all that time.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await holder.release();
    await applying;
    const slowest = await reads.stop();
    expect(slowest, 'slowest read of rag_crawl_jobs while the rename waited, in ms').toBeLessThan(1_500);
    expect(await query(db.url, `SELECT id FROM rag_ingest_jobs`)).toEqual([{ id: 'rj1' }]);
    expect(await query(db.url, `SELECT relkind::text AS kind FROM pg_class WHERE relname = 'rag_crawl_jobs'`)).toEqual([{ kind: 'v' }]);
  }, 120_000);
});
