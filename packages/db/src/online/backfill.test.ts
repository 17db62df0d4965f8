// The backfill machinery on the real finding-5 folders (expand adds NOT VALID keys, the backfill
// quarantines orphans, contract validates): batches resume where a crash left them, a second
// runner is kept out, a backfill before its expand step or after its contract refuses and changes
// nothing, the contract guard refuses until the backfill finished and was released.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFolders } from '../migrations/apply.js';
import { dependencyClosure } from '../migrations/folders.js';
import { packageRoot } from '../paths.js';
import { MIN_SERVER_MAJOR, withPgClient } from '../provision.js';
import { startOldServer } from '../testing/index.js';
import { createTestDatabase } from '../test-database.js';
import { BACKFILL_LOCK_SQL, OnlineRefusedError, releaseContracts, runBackfill, splitAtPause, type BackfillProgress } from './index.js';

const EXPAND = '20261129000003_f05_help_analytics_tenant_fk';
const CONTRACT = '20261130000003_f05_validate_help_analytics_tenant_fk';
const TENANTS = 3;
const RATINGS = 240; // every 8th one names a tenant that does not exist
const ORPHANS = RATINGS / 8;

let db: Awaited<ReturnType<typeof createTestDatabase>>;

/** The legacy tables up to just before finding 5, with help ratings of which some are orphans. */
async function legacyWithOrphans(url: string): Promise<void> {
  await applyFolders(
    url,
    dependencyClosure([EXPAND]).filter((name) => name !== EXPAND),
  );
  await withPgClient(url, async (client) => {
    await client.query(
      `INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") SELECT 't' || i, 'T' || i, 't' || i, now() FROM generate_series(1, ${TENANTS}) i`,
    );
    await client.query(
      `INSERT INTO "help_page_ratings" ("id", "tenantId", "pagePath", "helpful")
       SELECT 'r' || lpad(i::text, 5, '0'), CASE WHEN i % 8 = 0 THEN 'gone' || i ELSE 't' || (1 + i % ${TENANTS}) END, '/p', true
         FROM generate_series(1, ${RATINGS}) i`,
    );
    await client.query(
      `INSERT INTO "help_search_events" ("id", "tenantId", "query", "resultsShown") VALUES ('s1', 't1', 'q', 1), ('s2', 'nobody', 'q', 0)`,
    );
  });
}

const count = (url: string, sql: string) => withPgClient(url, async (client) => Number((await client.query(sql)).rows[0].n));
const phaseRow = (url: string) =>
  withPgClient(
    url,
    async (client) => (await client.query(`SELECT * FROM "online_migration"."phase" WHERE "expandFolder" = $1`, [EXPAND])).rows[0],
  );

beforeEach(async () => {
  db = await createTestDatabase('lm_online');
  await legacyWithOrphans(db.url);
}, 120_000);

afterEach(async () => {
  await db?.dispose();
});

describe('the phase split', () => {
  it('puts the contract folder after the pause and everything else before it', () => {
    const { beforePause, afterPause } = splitAtPause(dependencyClosure([CONTRACT]));
    expect(afterPause).toEqual([CONTRACT]);
    expect(beforePause).toContain(EXPAND);
  });
});

describe('backfill', () => {
  it('quarantines every orphan in batches and writes one ledger entry per anomaly kind', async () => {
    await applyFolders(db.url, [EXPAND]);
    const seen: BackfillProgress[] = [];
    const [result] = await runBackfill(db.url, {
      batchSize: 50,
      minBatchSize: 50,
      maxBatchSize: 50,
      pauseMs: 0,
      onProgress: (p) => seen.push(p),
    });
    expect(result!.outcome).toBe('finished');
    expect(result!.batches).toBe(Math.ceil(RATINGS / 50) + 1);
    expect(seen.filter((p) => p.kind === 'batch').length).toBe(result!.batches);
    expect(await count(db.url, `SELECT count(*) AS n FROM "help_page_ratings"`)).toBe(RATINGS - ORPHANS);
    expect(await count(db.url, `SELECT count(*) AS n FROM "migration_quarantine" WHERE "tableName" = 'help_page_ratings'`)).toBe(ORPHANS);
    expect(await count(db.url, `SELECT "rows" AS n FROM "migration_ledger" WHERE "anomaly" = 'help_rating_orphan'`)).toBe(ORPHANS);
    expect(await count(db.url, `SELECT "rows" AS n FROM "migration_ledger" WHERE "anomaly" = 'help_search_orphan'`)).toBe(1);
    // Run again: nothing more happens.
    const [again] = await runBackfill(db.url, { pauseMs: 0 });
    expect(again!.outcome).toBe('already-finished');
    expect(await count(db.url, `SELECT count(*) AS n FROM "migration_quarantine"`)).toBe(ORPHANS + 1);
    expect(await count(db.url, `SELECT count(*) AS n FROM "migration_ledger"`)).toBe(4);
  });

  it('carries on from the last committed batch after being stopped, repeating nothing', async () => {
    await applyFolders(db.url, [EXPAND]);
    const stop = new AbortController();
    let batches = 0;
    const [first] = await runBackfill(db.url, {
      batchSize: 40,
      minBatchSize: 40,
      maxBatchSize: 40,
      pauseMs: 0,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.kind === 'batch' && ++batches === 3) stop.abort();
      },
    });
    expect(first!.outcome).toBe('stopped');
    const state = await phaseRow(db.url);
    expect(state.backfillKey).toBe('r00120');
    expect(await count(db.url, `SELECT count(*) AS n FROM "migration_quarantine"`)).toBe(120 / 8);
    const [second] = await runBackfill(db.url, { batchSize: 40, minBatchSize: 40, maxBatchSize: 40, pauseMs: 0 });
    expect(second!.outcome).toBe('finished');
    expect(second!.rows).toBe(RATINGS - 120 + 2);
    expect(await count(db.url, `SELECT count(*) AS n FROM "migration_quarantine" WHERE "tableName" = 'help_page_ratings'`)).toBe(ORPHANS);
    expect(await count(db.url, `SELECT "rows" AS n FROM "migration_ledger" WHERE "anomaly" = 'help_rating_orphan'`)).toBe(ORPHANS);
  });

  it('retries a batch that hits the lock timeout, and finishes', async () => {
    await applyFolders(db.url, [EXPAND]);
    const retries: string[] = [];
    await withPgClient(db.url, async (blocker) => {
      await blocker.query('BEGIN');
      await blocker.query(`LOCK TABLE "help_search_events" IN ACCESS EXCLUSIVE MODE`);
      const running = runBackfill(db.url, {
        pauseMs: 0,
        lockTimeoutMs: 100,
        baseDelayMs: 50,
        onProgress: (p) => {
          if (p.kind === 'retry') retries.push(p.message!);
        },
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await blocker.query('COMMIT');
      const [result] = await running;
      expect(result!.outcome).toBe('finished');
    });
    expect(retries.length).toBeGreaterThan(0);
    expect(retries[0]).toMatch(/lock timeout|55P03/);
    expect(await count(db.url, `SELECT count(*) AS n FROM "help_search_events"`)).toBe(1);
  });
});

describe('bad input', () => {
  it('refuses a backfill before its expand step, changing nothing', async () => {
    await expect(runBackfill(db.url, { only: [5] })).rejects.toThrow(/no expand folder is applied/);
    await applyFolders(db.url, ['20261129000000_online_phases']);
    await expect(runBackfill(db.url, { only: [5] })).rejects.toThrow(/no expand folder is applied/);
    expect(await count(db.url, `SELECT count(*) AS n FROM "help_page_ratings"`)).toBe(RATINGS);
  });

  it('refuses an --only finding whose expand folder is not applied while another one is', async () => {
    await applyFolders(db.url, [EXPAND]);
    await withPgClient(db.url, (c) =>
      c.query(`INSERT INTO "online_migration"."phase" ("expandFolder", "finding") VALUES ('elsewhere', 99)`),
    );
    await withPgClient(db.url, (c) => c.query(`DELETE FROM "online_migration"."phase" WHERE "expandFolder" = $1`, [EXPAND]));
    const error = await runBackfill(db.url, { only: [5] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnlineRefusedError);
    expect((error as Error).message).toMatch(new RegExp(`${EXPAND}.*not applied.*prisma migrate deploy`));
    expect(await count(db.url, `SELECT count(*) AS n FROM "help_page_ratings"`)).toBe(RATINGS);
  });

  it('refuses a second runner while one holds the lock, and the waiting one double-applies nothing', async () => {
    await applyFolders(db.url, [EXPAND]);
    await withPgClient(db.url, async (holder) => {
      await holder.query(`SELECT pg_advisory_lock(${BACKFILL_LOCK_SQL})`);
      await expect(runBackfill(db.url)).rejects.toThrow(/another backfill runner is working on this database \(server process \d+/);
      expect(await count(db.url, `SELECT count(*) AS n FROM "help_page_ratings"`)).toBe(RATINGS);
      const waiting = runBackfill(db.url, { wait: true, pauseMs: 0 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await phaseRow(db.url)).backfillStartedAt).toBeNull();
      await holder.query(`SELECT pg_advisory_unlock(${BACKFILL_LOCK_SQL})`);
      expect((await waiting)[0]!.outcome).toBe('finished');
    });
    // Two at once, both waiting: one does the work, the other finds it done.
    await withPgClient(db.url, (c) =>
      c.query(`UPDATE "online_migration"."phase" SET "backfilledAt" = NULL, "backfillStep" = 0, "backfillKey" = NULL`),
    );
    const both = await Promise.all([runBackfill(db.url, { wait: true, pauseMs: 0 }), runBackfill(db.url, { wait: true, pauseMs: 0 })]);
    expect(both.map((r) => r[0]!.outcome).sort()).toEqual(['already-finished', 'finished']);
    expect(await count(db.url, `SELECT count(*) AS n FROM "migration_quarantine" WHERE "tableName" = 'help_page_ratings'`)).toBe(ORPHANS);
  });

  it('refuses on a database whose contract already ran, changing nothing', async () => {
    await applyFolders(db.url, [EXPAND]);
    await runBackfill(db.url, { pauseMs: 0 });
    await releaseContracts(db.url);
    await applyFolders(db.url, [CONTRACT]);
    const before = await withPgClient(
      db.url,
      async (c) => (await c.query(`SELECT row_to_json(p)::text AS r FROM "online_migration"."phase" p`)).rows[0].r,
    );
    await expect(runBackfill(db.url, { only: [5] })).rejects.toThrow(/contract step of .* already ran.*nothing was changed/);
    await expect(runBackfill(db.url)).rejects.toThrow(/already contracted.*nothing was changed/);
    const after = await withPgClient(
      db.url,
      async (c) => (await c.query(`SELECT row_to_json(p)::text AS r FROM "online_migration"."phase" p`)).rows[0].r,
    );
    expect(after).toBe(before);
  });

  it('refuses the contract while the backfill is unfinished, then while it is not released', async () => {
    await applyFolders(db.url, [EXPAND]);
    await expect(applyFolders(db.url, [CONTRACT])).rejects.toThrow(/online pause: .* the backfill of .* is not finished/);
    await expect(releaseContracts(db.url)).rejects.toThrow(/not finished; nothing was released/);
    await runBackfill(db.url, { pauseMs: 0 });
    await expect(applyFolders(db.url, [CONTRACT])).rejects.toThrow(/online pause: .* finished but the contract is not released/);
    const validated = () =>
      withPgClient(
        db.url,
        async (c) =>
          (await c.query(`SELECT bool_and(convalidated) AS v FROM pg_constraint WHERE conname LIKE 'help_%_tenantId_fkey'`)).rows[0].v,
      );
    expect(await validated()).toBe(false);
    await releaseContracts(db.url);
    await applyFolders(db.url, [CONTRACT]);
    expect(await validated()).toBe(true);
  });
});

describe('the command line', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(packageRoot, 'src/online/cli.ts'), ...args], {
        env: { ...process.env, ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('exits 2 with the reason when it cannot run, and 0 with plain progress lines when it can', async () => {
    const refused = await cli(['--database-url', db.url, '--only', 'f05']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/backfill: no expand folder is applied/);
    await applyFolders(db.url, [EXPAND]);
    const ran = await cli(['run', '--database-url', db.url, '--pause-ms', '0']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/step 1\/2 \(orphan help page ratings\) starts at row 0 of 240/);
    expect(ran.stdout).not.toMatch(/\r/); // not a terminal: lines, no bar
    const status = await cli(['status'], { DATABASE_URL: db.url });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/f05 .*: backfilled, 242 rows/);
    const bad = await cli(['--database-url', db.url, '--only', 'x5']);
    expect(bad.code).toBe(2);
  }, 60_000);

  it('a server older than the migrations support: one line naming it, exit 2, nothing asked of it but its version', async () => {
    const old = await startOldServer('13.16');
    try {
      const result = await cli(['run', '--database-url', old.url]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `PostgreSQL 13 at 127\\.0\\.0\\.1:${old.port} \\(from --database-url\\) is older than the migrations support \\(${MIN_SERVER_MAJOR} or newer\\)`,
        ),
      );
      old.expectOnlyVersionAsked();
    } finally {
      await old.close();
    }
  });
});

describe('the phase convention of the migrations folder', () => {
  it('holds for every folder (guards first, markers last, contracts after every other folder)', async () => {
    const { checkPhaseConvention } = await import('./phases.js');
    expect(checkPhaseConvention()).toEqual([]);
  });

  it('reports a contract folder without its guard, and one that sorts before an expand folder', async () => {
    const { cp, mkdtemp, readFile, rename, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const { migrationsDir } = await import('../paths.js');
    const { checkPhaseConvention } = await import('./phases.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-phases-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      const sql = path.join(dir, CONTRACT, 'migration.sql');
      await writeFile(sql, (await readFile(sql, 'utf8')).replace(/^SELECT "online_migration"\."require_released".*$/m, ''));
      await rename(path.join(dir, CONTRACT), path.join(dir, '20261129000003_f05_zz_contract'));
      const problems = checkPhaseConvention(dir);
      expect(problems.some((p) => /must sort after every expand and single folder/.test(p))).toBe(true);
      expect(
        problems.some((p) => /the first statement of a contract folder must be SELECT "online_migration"\."require_released"/.test(p)),
      ).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports row work after a statement that closed the table, and accepts it when the folder says why', async () => {
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const { migrationsDir } = await import('../paths.js');
    const { checkPhaseConvention } = await import('./phases.js');
    const { KEEPS_ACCESS_EXCLUSIVE_MARKER } = await import('../migrations/sql-statements.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-phases-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      // The validating contract folder of finding 9 as it once was: its trigger dropped before the scan.
      const folder = '20261130000007_f09_validate_backlink_health_backlink_fk';
      const sql = path.join(dir, folder, 'migration.sql');
      const original = await readFile(sql, 'utf8');
      const dropTrigger = 'DROP TRIGGER "online_f09_link_backlink_health" ON "backlink_health";';
      const validate = 'ALTER TABLE "backlink_health" VALIDATE CONSTRAINT "backlink_health_backlinkId_fkey";';
      expect(original.indexOf(validate)).toBeLessThan(original.indexOf(dropTrigger));
      const swapped = original.replace(validate, '@@VALIDATE@@').replace(dropTrigger, validate).replace('@@VALIDATE@@', dropTrigger);
      await writeFile(sql, swapped);
      const problems = checkPhaseConvention(dir).filter((p) => p.includes(folder));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/ALTER TABLE "backlink_health" VALIDATE .* took ACCESS EXCLUSIVE on "backlink_health"/);
      expect(problems[0]).toMatch(/migration\.sql:\d+: /);
      await writeFile(sql, swapped.replace(dropTrigger, `${KEEPS_ACCESS_EXCLUSIVE_MARKER} a reason\n${dropTrigger}`));
      expect(checkPhaseConvention(dir).filter((p) => p.includes(folder))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('requires the contract record in the last contract folder of a finding, and only there', async () => {
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const { migrationsDir } = await import('../paths.js');
    const { checkPhaseConvention, phasedFindings } = await import('./phases.js');
    const split = phasedFindings().find((p) => p.contractFolders.length > 1);
    expect(split, 'a finding that contracts in several folders').toBeDefined();
    const [first, last] = [split!.contractFolders[0]!, split!.contractFolders.at(-1)!];
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-phases-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      const record = `SELECT "online_migration"."contracted"('${split!.expandFolder}');`;
      const lastSql = path.join(dir, last, 'migration.sql');
      await writeFile(lastSql, (await readFile(lastSql, 'utf8')).replace(record, ''));
      const firstSql = path.join(dir, first, 'migration.sql');
      await writeFile(firstSql, `${await readFile(firstSql, 'utf8')}\n${record}\n`);
      const problems = checkPhaseConvention(dir);
      expect(problems.some((p) => p.includes(`${last}/migration.sql: the last contract folder`))).toBe(true);
      expect(problems.some((p) => p.includes(`${first}/migration.sql: only the last contract folder`))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a concurrent index folder after the pause that no guarded contract folder of its finding precedes', async () => {
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const { migrationsDir } = await import('../paths.js');
    const { checkPhaseConvention, phasedFindings } = await import('./phases.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-phases-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      // The first contract folder of a finding whose index builds sit after the pause loses its guard.
      const finding = phasedFindings(dir).find((p) => p.contractFolders.length > 2)!;
      const guarded = finding.contractFolders[0]!;
      const sql = path.join(dir, guarded, 'migration.sql');
      await writeFile(sql, (await readFile(sql, 'utf8')).replace(/^SELECT "online_migration"\."require_released".*$/m, ''));
      const problems = checkPhaseConvention(dir);
      expect(problems.some((p) => /a concurrent index folder after the pause must depend on a contract folder/.test(p))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
