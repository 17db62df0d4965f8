// `pnpm backfill recover` on a finding that contracts in two folders: the earlier contract folder does
// not record the contract in the phase row, so its evidence is the last constraint it adds. A deploy that
// died in it before the commit is resolved as rolled back, one that died after the commit as applied.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFolders, BASELINE_FOLDER, dependencyClosure } from '../migrations/index.js';
import { withPgClient } from '../provision.js';
import { createTestDatabase } from '../test-database.js';
import { phasedFindings, recoverFailedMigrations, releaseContracts, runBackfill } from './index.js';

const split = phasedFindings().find((p) => p.contractFolders.length > 1)!;
const earlier = split.contractFolders[0]!;

let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  db = await createTestDatabase('lm_online_recover');
  await applyFolders(db.url, [BASELINE_FOLDER]);
  await withPgClient(db.url, (c) =>
    c.query(`INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") VALUES ('t1', 'One', 'one', now())`),
  );
  await applyFolders(db.url, dependencyClosure([split.expandFolder]));
  await runBackfill(db.url, { pauseMs: 0 });
  await releaseContracts(db.url);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

/** What a killed `prisma migrate deploy` leaves: the folder started, never finished, no error logged. */
async function interruptedRecord(folder: string): Promise<void> {
  await withPgClient(db.url, async (c) => {
    const present = await c.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`, [folder]);
    if (present.rows.length > 0) await c.query(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1`, [folder]);
    else
      await c.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, 'x', $2, now())`, [
        randomUUID(),
        folder,
      ]);
  });
}

describe('recover, for a contract folder that is not the last of its finding', () => {
  it('decides from the last constraint the folder adds', async () => {
    expect(earlier).not.toBe(split.contractFolders.at(-1));
    await interruptedRecord(earlier);
    const before = await recoverFailedMigrations(db.url, { waitMs: 0 });
    expect(before.map((a) => [a.folder, a.decision])).toEqual([[earlier, 'rolled-back']]);
    expect(before[0]!.evidence).toMatch(/^constraint \S+ does not exist$/);

    await applyFolders(db.url, [earlier]);
    await interruptedRecord(earlier);
    const after = await recoverFailedMigrations(db.url, { waitMs: 0 });
    expect(after.map((a) => [a.folder, a.decision])).toEqual([[earlier, 'applied']]);
    expect(after[0]!.evidence).toMatch(/^constraint \S+ exists$/);
  }, 180_000);
});
