// How long one backfill batch may hold its row locks, on a real server: a batch whose work runs past
// its bound is cut by the server, rolled back and tried again smaller, so a session that wants one of
// its rows never waits much longer than the bound; a single key that alone takes longer is given more
// time rather than failing the backfill; and a batch cut midway leaves nothing behind.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFolders } from '../migrations/apply.js';
import { dependencyClosure } from '../migrations/folders.js';
import { migrationsDir } from '../paths.js';
import { withPgClient } from '../provision.js';
import { createTestDatabase } from '../test-database.js';
import { runBackfill, type BackfillProgress } from './index.js';

const EXPAND = '20261129000003_f05_help_analytics_tenant_fk';
const ROWS = 240;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let dir: string;

/**
 * A backfill over help_page_ratings whose batch locks every row of its range first and then spends
 * `sleepSql` seconds per row (so a batch's length grows with its size), marking each row once.
 */
async function slowBackfill(sleepSql: string): Promise<void> {
  const batchSql = `WITH touched AS (
    UPDATE "help_page_ratings" r SET "pagePath" = r."pagePath" || '+'
     WHERE ($1::text IS NULL OR r."id" > $1::text) AND r."id" <= $2::text AND r."pagePath" NOT LIKE '%+'
    RETURNING r."id"
  )
  SELECT count(*)::int AS touched FROM (SELECT pg_sleep(${sleepSql}) FROM touched t) s`;
  await writeFile(
    path.join(dir, EXPAND, 'backfill.ts'),
    `export default { steps: [{ label: 'slow', table: 'help_page_ratings', key: 'id', batchSql: ${JSON.stringify(batchSql)} }] };\n`,
  );
}

beforeEach(async () => {
  db = await createTestDatabase('lm_bound');
  dir = await mkdtemp(path.join(os.tmpdir(), 'lm-bound-'));
  await cp(migrationsDir, dir, { recursive: true });
  await applyFolders(
    db.url,
    dependencyClosure([EXPAND]).filter((name) => name !== EXPAND),
  );
  await withPgClient(db.url, async (client) => {
    await client.query(`INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") VALUES ('t1', 'T1', 't1', now())`);
    await client.query(
      `INSERT INTO "help_page_ratings" ("id", "tenantId", "pagePath", "helpful")
       SELECT 'r' || lpad(i::text, 5, '0'), 't1', '/p', true FROM generate_series(1, ${ROWS}) i`,
    );
  });
  // Applied on rows, so its phase waits for the backfill.
  await applyFolders(db.url, [EXPAND]);
}, 120_000);

afterEach(async () => {
  await db?.dispose();
  await rm(dir, { recursive: true, force: true });
});

const marks = () =>
  withPgClient(db.url, async (client) => {
    const { rows } = await client.query<{ marks: string; n: number }>(
      `SELECT length("pagePath") - length(replace("pagePath", '+', '')) AS marks, count(*)::int AS n FROM "help_page_ratings" GROUP BY 1`,
    );
    return Object.fromEntries(rows.map((r) => [String(r.marks), r.n]));
  });

describe('a batch is bounded in time', () => {
  it('gives up at its bound and retries smaller, so a contending session never waits much longer than the bound', async () => {
    await slowBackfill('0.01'); // 10 ms per row: a first batch of all 240 rows would hold them 2.4 s
    const BOUND_MS = 300;
    const seen: BackfillProgress[] = [];
    let running = true;
    const waits: number[] = [];
    // Another session keeps writing rows of the table, as the application would, timing each write.
    const contender = withPgClient(db.url, async (client) => {
      for (let i = 0; running; i++) {
        const id = `r${String(1 + ((i * 37) % ROWS)).padStart(5, '0')}`;
        const started = performance.now();
        await client.query(`UPDATE "help_page_ratings" SET "helpful" = NOT "helpful" WHERE "id" = $1`, [id]);
        waits.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    try {
      const [result] = await runBackfill(db.url, {
        dir,
        only: [5],
        // The runner's own sizes (2,000 to start, at least 100): a cut batch must still get short.
        targetBatchMs: 60,
        maxBatchMs: BOUND_MS,
        pauseMs: 0,
        baseDelayMs: 10,
        onProgress: (p) => seen.push(p),
      });
      expect(result!.outcome).toBe('finished');
    } finally {
      running = false;
      await contender;
    }
    expect(waits.length).toBeGreaterThan(5);
    // The bound plus the batch's commit and a round trip; an unbounded first batch holds its rows 2.4 s.
    expect(Math.max(...waits)).toBeLessThan(BOUND_MS + 400);
    const cut = seen.filter((p) => p.kind === 'retry' && /57014/.test(p.message ?? ''));
    expect(cut.length).toBeGreaterThan(0);
    // Retried smaller: the first batch that went through was smaller than the one that was cut.
    const firstDone = seen.find((p) => p.kind === 'batch')!;
    expect(firstDone.rowsDone).toBeLessThan(100);
    // Each row marked exactly once: the batches that were cut left nothing behind.
    expect(await marks()).toEqual({ '1': ROWS });
  });

  it('gives a single key that alone runs past the bound more time, instead of failing the backfill', async () => {
    await slowBackfill(`CASE WHEN t."id" = 'r00005' THEN 0.7 ELSE 0 END`);
    const seen: BackfillProgress[] = [];
    const [result] = await runBackfill(db.url, {
      dir,
      only: [5],
      batchSize: 16,
      minBatchSize: 1,
      maxBatchSize: 16,
      maxBatchMs: 250,
      pauseMs: 0,
      baseDelayMs: 10,
      onProgress: (p) => seen.push(p),
    });
    expect(result!.outcome).toBe('finished');
    const messages = seen.filter((p) => p.kind === 'retry').map((p) => p.message ?? '');
    expect(messages.some((m) => /one key .* longer than the bound/.test(m))).toBe(true);
    expect(await marks()).toEqual({ '1': ROWS });
  });
});
