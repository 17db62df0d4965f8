// Folder f01 and what deleting a tenant removes. The legacy key deleted every user whose tenantId was
// the tenant; with membership only in tenant_members, the folder keeps that meaning for the people it
// was for: a user whose only membership was the erased tenant goes with it, a user who still belongs
// to another tenant (or a platform admin) keeps the account and loses the membership.
import { revertFolder } from '../../../src/migrations/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAccounted, legacyDatabaseFor, query } from '../../../src/testing/index.js';

const F01 = '20261129000005_f01_membership_via_tenant_member';

let db: ThrowawayDatabase;

beforeAll(async () => {
  db = await legacyDatabaseFor(F01, async (w) => {
    await w.insert('tenants', [
      { id: 't1', name: 'One', slug: 't1' },
      { id: 't2', name: 'Two', slug: 't2' },
    ]);
    await w.insert('users', [
      { id: 'only1', email: 'only1@x.com', tenantId: 't1' }, // member of t1 only
      { id: 'both', email: 'both@x.com', tenantId: 't1' }, // member of t1 and t2
      { id: 'nomember', email: 'nomember@x.com', tenantId: 't1' }, // no membership row: the folder adds one in t1
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
  await applyAccounted(db, F01);
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

const users = async () => (await query<{ id: string }>(db.url, `SELECT id FROM users ORDER BY id`)).map((r) => r.id);

describe('f01 membership via tenant_members', () => {
  it('deleting a tenant deletes the users whose only membership it was, as the legacy cascade did', async () => {
    await query(db.url, `DELETE FROM tenants WHERE id = 't1'`);
    expect(await users()).toEqual(['admin', 'both', 'only2']);
    expect(await query(db.url, `SELECT "tenantId", "userId" FROM tenant_members ORDER BY "userId"`)).toEqual([
      { tenantId: 't2', userId: 'both' },
      { tenantId: 't2', userId: 'only2' },
    ]);
  });

  it('down.sql takes the trigger away with the rest', async () => {
    await revertFolder(db.url, F01);
    expect(await query(db.url, `SELECT tgname FROM pg_trigger WHERE tgrelid = 'tenants'::regclass AND NOT tgisinternal`)).toEqual([]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'delete_users_only_in_tenant'`)).toEqual([{ n: 0 }]);
  });
});
