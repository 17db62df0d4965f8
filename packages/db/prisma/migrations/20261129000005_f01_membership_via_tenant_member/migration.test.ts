// Finding 1 phased (expand, backfill, release, contract), with the legacy application writing through
// its own client after the expand step and again after the backfill, and what deleting a tenant removes
// afterwards. The legacy key deleted every user whose tenantId was the tenant; with membership only in
// tenant_members, the finding keeps that meaning for the people it was for: a user whose only membership
// was the erased tenant goes with it, a user who still belongs to another tenant (or a platform admin)
// keeps the account and loses the membership.
import { revertFolder, runValidate } from '../../../src/migrations/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { createLegacyPrismaClient } from '../../../src/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPhasedAccounted, legacyDatabaseFor, query, type FolderRun } from '../../../src/testing/index.js';

const F01 = '20261129000005_f01_membership_via_tenant_member';
const F01_CONTRACT = '20261130000005_f01_drop_user_tenant_id';

let db: ThrowawayDatabase;
let run: FolderRun;

/** Legacy writes before the backfill: a user without a membership, and one created with its own. */
async function legacyWritesAfterExpand(url: string) {
  const legacy = await createLegacyPrismaClient(url);
  try {
    await legacy.user.create({ data: { id: 'late', email: 'late@x.com', tenantId: 't2' } });
    await legacy.user.create({
      data: { id: 'owner2', email: 'owner2@x.com', tenantId: 't1', memberships: { create: { tenantId: 't1', role: 'owner' } } },
    });
  } finally {
    await legacy.$disconnect();
  }
  return { users: 2, tenant_members: 2 };
}

/** Legacy writes the backfill never sees: a new user whose membership comes later, and a user moved to another tenant. */
async function legacyWritesAfterBackfill(url: string) {
  const legacy = await createLegacyPrismaClient(url);
  try {
    await legacy.user.create({ data: { id: 'after', email: 'after@x.com', tenantId: 't2' } });
    await legacy.tenantMember.create({ data: { tenantId: 't2', userId: 'after', role: 'admin' } });
    await legacy.user.update({ where: { id: 'only2' }, data: { tenantId: 't1' } });
  } finally {
    await legacy.$disconnect();
  }
  return { users: 1, tenant_members: 2 };
}

beforeAll(async () => {
  db = await legacyDatabaseFor(F01, async (w) => {
    await w.insert('tenants', [
      { id: 't1', name: 'One', slug: 't1' },
      { id: 't2', name: 'Two', slug: 't2' },
    ]);
    await w.insert('users', [
      { id: 'only1', email: 'only1@x.com', tenantId: 't1' }, // member of t1 only
      { id: 'both', email: 'both@x.com', tenantId: 't1' }, // member of t1 and t2
      { id: 'nomember', email: 'nomember@x.com', tenantId: 't1' }, // no membership row: the backfill adds one in t1
      { id: 'admin', email: 'admin@x.com', tenantId: 't1', isPlatformAdmin: true }, // platform account
      { id: 'only2', email: 'only2@x.com', tenantId: 't2' },
    ]);
    await w.insert('tenant_members', [
      { id: 'm1', tenantId: 't1', userId: 'only1' },
      { id: 'm2', tenantId: 't1', userId: 'both' },
      { id: 'm3', tenantId: 't2', userId: 'both' },
      { id: 'm4', tenantId: 't1', userId: 'admin' },
      { id: 'm5', tenantId: 't2', userId: 'only2' },
    ]);
  });
  run = await applyPhasedAccounted(db, F01, { afterExpand: legacyWritesAfterExpand, afterBackfill: legacyWritesAfterBackfill });
}, 180_000);

afterAll(async () => {
  await db?.dispose();
});

const users = async () => (await query<{ id: string }>(db.url, `SELECT id FROM users ORDER BY id`)).map((r) => r.id);

describe('f01 membership via tenant_members, phased', () => {
  it('the backfill counts what it met; legacy writes after the expand step are kept in step by the triggers', () => {
    expect(run.anomaly('user_without_membership').rows).toBe(1); // nomember; late got its membership from the trigger
    expect(run.anomaly('member_of_other_tenant').rows).toBe(1); // both in t2
    // every tenantId at the drop, including those the legacy application wrote after the backfill
    expect(run.rows('users', 'quarantined')).toBe(8);
    expect(run.rows('users', 'kept')).toBe(0);
  });

  it('every user is a member of the tenant their tenantId named, with the role the legacy application chose', async () => {
    expect(await query(db.url, `SELECT "userId", "tenantId", role FROM tenant_members ORDER BY "userId", "tenantId"`)).toEqual([
      { userId: 'admin', tenantId: 't1', role: 'member' },
      { userId: 'after', tenantId: 't2', role: 'admin' }, // its own row replaced the one the trigger added
      { userId: 'both', tenantId: 't1', role: 'member' },
      { userId: 'both', tenantId: 't2', role: 'member' },
      { userId: 'late', tenantId: 't2', role: 'member' },
      { userId: 'nomember', tenantId: 't1', role: 'member' },
      { userId: 'only1', tenantId: 't1', role: 'member' },
      { userId: 'only2', tenantId: 't1', role: 'member' }, // moved to t1 after the backfill
      { userId: 'only2', tenantId: 't2', role: 'member' },
      { userId: 'owner2', tenantId: 't1', role: 'owner' },
    ]);
    // the quarantined copy of a value changed after the backfill is the value at the drop
    expect(
      await query(db.url, `SELECT value #>> '{}' AS v FROM migration_quarantine WHERE migration = $1 AND "rowId" = 'only2'`, [F01]),
    ).toEqual([{ v: 't1' }]);
  });

  it('the contract validation fails when the erasure trigger is missing', async () => {
    await query(db.url, `DROP TRIGGER tenants_delete_users_only_in_tenant ON tenants`);
    try {
      expect((await runValidate(db.url, F01_CONTRACT)).map((r) => r.detail)).toEqual(['tenants_delete_users_only_in_tenant']);
    } finally {
      await query(
        db.url,
        `CREATE TRIGGER tenants_delete_users_only_in_tenant BEFORE DELETE ON tenants FOR EACH ROW EXECUTE FUNCTION delete_users_only_in_tenant()`,
      );
    }
  });

  it('deleting a tenant deletes the users whose only membership it was, as the legacy cascade did', async () => {
    await query(db.url, `DELETE FROM tenants WHERE id = 't1'`);
    expect(await users()).toEqual(['admin', 'after', 'both', 'late', 'only2']);
    expect(await query(db.url, `SELECT "tenantId", "userId" FROM tenant_members ORDER BY "userId"`)).toEqual([
      { tenantId: 't2', userId: 'after' },
      { tenantId: 't2', userId: 'both' },
      { tenantId: 't2', userId: 'late' },
      { tenantId: 't2', userId: 'only2' },
    ]);
  });

  it('down.sql of both folders takes the column back, then the triggers and the added memberships away', async () => {
    await revertFolder(db.url, F01_CONTRACT);
    expect(await query(db.url, `SELECT id, "tenantId" FROM users WHERE id IN ('late', 'both') ORDER BY id`)).toEqual([
      { id: 'both', tenantId: null }, // its copy went with t1
      { id: 'late', tenantId: 't2' },
    ]);
    await revertFolder(db.url, F01);
    expect(await query(db.url, `SELECT tgname FROM pg_trigger WHERE tgrelid = 'tenants'::regclass AND NOT tgisinternal`)).toEqual([]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'delete_users_only_in_tenant'`)).toEqual([{ n: 0 }]);
    expect(await query(db.url, `SELECT "userId" FROM tenant_members ORDER BY "userId"`)).toEqual([
      { userId: 'after' },
      { userId: 'both' },
      { userId: 'only2' },
    ]);
  });
});
