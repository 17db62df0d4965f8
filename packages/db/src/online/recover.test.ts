// `pnpm backfill recover` on the findings that contract in several folders: an earlier contract folder
// does not record the contract in the phase row, so its evidence is what it leaves behind (the last
// constraint it adds, or the last table it drops). A deploy that died in it before the commit is
// resolved as rolled back, one that died after the commit as applied.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFolders, BASELINE_FOLDER, dependencyClosure } from '../migrations/index.js';
import { withPgClient } from '../provision.js';
import { createTestDatabase } from '../test-database.js';
import { phasedFindings, recoverFailedMigrations, releaseContracts, runBackfill } from './index.js';

const split = phasedFindings().filter((p) => p.contractFolders.length > 1);
const earlierFolders = split.map((p) => p.contractFolders[0]!);
const expanded = dependencyClosure(split.map((p) => p.expandFolder));

let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  db = await createTestDatabase('lm_online_recover');
  await applyFolders(db.url, [BASELINE_FOLDER]);
  await withPgClient(db.url, (c) =>
    c.query(`INSERT INTO "tenants" ("id", "name", "slug", "updatedAt") VALUES ('t1', 'One', 'one', now())`),
  );
  await applyFolders(db.url, expanded);
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
  it('there is such a folder to test', () => {
    expect(earlierFolders.length).toBeGreaterThan(0);
  });

  // One after the other, in chain order: each folder applies on top of the ones before it.
  it.each(earlierFolders)(
    '%s: decided from what it leaves behind',
    async (earlier) => {
      await interruptedRecord(earlier);
      const before = await recoverFailedMigrations(db.url, { waitMs: 0 });
      expect(before.map((a) => [a.folder, a.decision])).toEqual([[earlier, 'rolled-back']]);
      expect(before[0]!.evidence).toMatch(/^(constraint \S+ does not exist|table \S+ still exists)$/);

      // The folder with what it needs beyond the expand steps (an index folder of its finding).
      await applyFolders(
        db.url,
        dependencyClosure([earlier]).filter((n) => !expanded.includes(n)),
      );
      await interruptedRecord(earlier);
      const after = await recoverFailedMigrations(db.url, { waitMs: 0 });
      expect(after.map((a) => [a.folder, a.decision])).toEqual([[earlier, 'applied']]);
      expect(after[0]!.evidence).toMatch(/^(constraint \S+ exists|table \S+ no longer exists)$/);
    },
    180_000,
  );
});
