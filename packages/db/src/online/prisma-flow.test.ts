// The documented adoption with the plain Prisma CLI on the real migrations folder: the first
// `prisma migrate deploy` stops at the first contract folder (the pause, P3018); a deploy started
// again before the backfill meets Prisma's failed-migration state (P3009), which the documented
// `prisma migrate resolve --rolled-back` clears; the backfill, the release (which clears the guard's
// record itself) and a last deploy finish the chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFolders, appliedMigrations } from '../migrations/apply.js';
import { BASELINE_FOLDER } from '../migrations/folders.js';
import { listMigrationFolders } from '../migrations/folders.js';
import { runPrisma } from '../prisma-cli.js';
import { withPgClient } from '../provision.js';
import { createTestDatabase } from '../test-database.js';
import { phasedFindings, recoverFailedMigrations, releaseContracts, runBackfill } from './index.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
const deploy = async () => {
  const result = await runPrisma(['migrate', 'deploy'], { databaseUrl: db.url });
  return { code: result.code, output: `${result.stdout}\n${result.stderr}` };
};
const firstContract = phasedFindings()
  .flatMap((p) => p.contractFolders)
  .sort()[0]!;

beforeAll(async () => {
  db = await createTestDatabase('lm_online_prisma');
  // A legacy database with one row: an empty one has nothing to backfill and is not paused.
  await applyFolders(db.url, [BASELINE_FOLDER]);
  await withPgClient(db.url, (c) =>
    c.query(`INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") VALUES ('t1', 'One', 'one', now())`),
  );
}, 60_000);

afterAll(async () => {
  await db?.dispose();
});

describe('plain prisma migrate deploy through the pause', () => {
  it('stops at the pause, recovers from P3009 as documented, and finishes after backfill and release', async () => {
    const expand = await deploy();
    expect(expand.code).not.toBe(0);
    expect(expand.output).toMatch(/P3018/);
    expect(expand.output).toMatch(new RegExp(`online pause: ${firstContract} refused: the backfill of .* is not finished`));
    const applied = await withPgClient(db.url, appliedMigrations);
    expect(applied).not.toContain(firstContract);
    expect(applied.every((name) => name < firstContract)).toBe(true);

    // Deploying again before anything else: Prisma refuses because of the failed migration.
    const again = await deploy();
    expect(again.code).not.toBe(0);
    expect(again.output).toMatch(/P3009/);
    expect(again.output).toContain(firstContract);

    // The documented way out of P3009: mark the failed attempt rolled back (the guard changed nothing).
    const resolved = await runPrisma(['migrate', 'resolve', '--rolled-back', firstContract], { databaseUrl: db.url });
    expect(resolved.code, resolved.stderr).toBe(0);
    const guardAgain = await deploy();
    expect(guardAgain.output).toMatch(/P3018/);
    expect(guardAgain.output).toMatch(/online pause:/);

    // Nothing was killed, so there is nothing for recover to decide beyond the guard's own record.
    expect((await recoverFailedMigrations(db.url)).map((a) => [a.folder, a.decision])).toEqual([[firstContract, 'rolled-back']]);

    await runBackfill(db.url, { pauseMs: 0 });
    await expect(deploy()).resolves.toMatchObject({ output: expect.stringMatching(/finished but the contract is not released/) });
    const release = await releaseContracts(db.url);
    expect(release.clearedGuardFailures).toEqual([firstContract]);
    const contract = await deploy();
    expect(contract.code, contract.output).toBe(0);
    expect(await withPgClient(db.url, appliedMigrations)).toEqual(listMigrationFolders());
    const open = await withPgClient(
      db.url,
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM "online_migration"."phase" WHERE "contractedAt" IS NULL`)).rows[0].n,
    );
    expect(open).toBe(0);
  }, 300_000);

  it('runs straight through on a database without rows (a fresh or shadow database: nothing to backfill)', async () => {
    const empty = await createTestDatabase('lm_online_empty');
    try {
      const result = await runPrisma(['migrate', 'deploy'], { databaseUrl: empty.url });
      expect(result.code, result.stderr).toBe(0);
      expect(await withPgClient(empty.url, appliedMigrations)).toEqual(listMigrationFolders());
    } finally {
      await empty.dispose();
    }
  }, 300_000);
});
