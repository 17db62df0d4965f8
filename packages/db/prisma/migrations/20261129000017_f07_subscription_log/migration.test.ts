// Folder f07 (after its dependencies f17 and f16) on status-change logs whose rows are known entry by
// entry: odd status case, offsets in "at", user and non-user "by", an extra key, and every way an
// entry can be unreadable (unknown status, not an object, unreadable or impossible date, wrong types).
import { revertFolder } from '../../../src/migrations/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAccounted, hasColumn, legacyDatabaseFor, query, quarantineOf, type FolderRun } from '../../../src/testing/index.js';

const F07 = '20261129000017_f07_subscription_log';

const S1 = [
  { from: null, to: 'trialing', at: '2024-01-01T00:00:00Z', by: null, reason: 'signup' },
  { from: 'trialing', to: 'active', at: '2024-01-15T10:00:00.000Z', by: 'u1', reason: null },
  { from: 'active', to: 'Past_Due ', at: '2024-02-15T00:00:00+02:00', by: 'stripe', reason: 'card declined' },
];
const S3 = [
  { from: null, to: 'bogus', at: '2024-01-01T00:00:00Z', by: null, reason: null }, // 1: no such status
  'oops', // 2: not an object
  { from: 'active', to: 'cancelled', at: 'yesterday', by: null, reason: null }, // 3: not a date
  { from: 'active', to: 'cancelled', at: '2024-03-01T00:00:00Z', by: 'ghost-user', reason: null, ip: '10.0.0.1' }, // 4: fine, extra key
  { from: 'active', to: 'expired', at: '2024-02-30T00:00:00Z', by: null, reason: null }, // 5: impossible date
  { from: 1, to: 'active', at: '2024-01-01T00:00:00Z', by: null, reason: null }, // 6: wrong type
  { from: 'active', to: 'past_due', at: 1700000000, by: null, reason: null }, // 7: epoch number
];
const S5 = [{ from: 'active', to: 'cancelled', at: '2024-05-01', by: 'u1' }]; // date only, no reason key

const LOGS: Record<string, unknown> = { s1: S1, s2: [], s3: S3, s4: { from: 'a' }, s5: S5 };

let db: ThrowawayDatabase;
let run: FolderRun;

beforeAll(async () => {
  db = await legacyDatabaseFor(F07, async (w) => {
    await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
    await w.insert('users', { id: 'u1', email: 'u1@example.com' });
    await w.insert('plans', { id: 'pl1', code: 'basic', name: 'Basic', monthlyPriceCents: 100, yearlyPriceCents: 1000 });
    await w.insert(
      'subscriptions',
      Object.entries(LOGS).map(([id, logs]) => ({ id, tenantId: 't1', planId: 'pl1', unitPriceCents: 100, statusChangeLogs: JSON.stringify(logs) })),
    );
  });
  run = await applyAccounted(db, F07);
}, 180_000);

afterAll(async () => {
  await db?.dispose();
});

describe('f07 subscription log', () => {
  it('counts entries: the readable ones and the malformed ones', async () => {
    expect(run.anomaly('subscription_log_entries').rows).toBe(3 + 1 + 1); // s1: 3, s3: entry 4, s5: 1
    expect(run.anomaly('subscription_log_malformed').rows).toBe(6 + 1); // s3: entries 1-3 and 5-7, s4 whole
    expect(run.rows('subscriptions', 'moved')).toBe(3);
    expect(await hasColumn(db.url, 'subscriptions', 'statusChangeLogs')).toBe(false);
  });

  it('writes one row per readable entry: statuses normalised, times in UTC, users as actors', async () => {
    const rows = await query(
      db.url,
      `SELECT "subscriptionId", "fromStatus"::text AS "from", "toStatus"::text AS "to", to_char("createdAt", 'YYYY-MM-DD HH24:MI') AS at, "actorId", note
         FROM subscription_logs ORDER BY "subscriptionId", "createdAt"`,
    );
    expect(rows).toEqual([
      { subscriptionId: 's1', from: null, to: 'trialing', at: '2024-01-01 00:00', actorId: null, note: 'signup' },
      { subscriptionId: 's1', from: 'trialing', to: 'active', at: '2024-01-15 10:00', actorId: 'u1', note: null },
      { subscriptionId: 's1', from: 'active', to: 'past_due', at: '2024-02-14 22:00', actorId: null, note: 'card declined (by stripe)' },
      { subscriptionId: 's3', from: 'active', to: 'cancelled', at: '2024-03-01 00:00', actorId: null, note: '(by ghost-user)' },
      { subscriptionId: 's5', from: 'active', to: 'cancelled', at: '2024-05-01 00:00', actorId: 'u1', note: null },
    ]);
  });

  it('quarantines every unreadable entry in its place, and the extra key', async () => {
    const q = await quarantineOf(db.url, F07);
    expect([...q.keys()].sort()).toEqual(
      [
        ...[1, 2, 3, 5, 6, 7].map((i) => `subscriptions s3 statusChangeLogs[${i}]`),
        'subscriptions s3 statusChangeLogs[4].ip',
        'subscriptions s4 statusChangeLogs',
      ].sort(),
    );
    for (const i of [1, 2, 3, 5, 6, 7]) expect(q.get(`subscriptions s3 statusChangeLogs[${i}]`)!.value).toEqual(S3[i - 1]);
    expect(q.get('subscriptions s4 statusChangeLogs')).toMatchObject({ value: { from: 'a' }, tenantId: 't1' });
  });

  it('down.sql rebuilds every array in order', async () => {
    await revertFolder(db.url, F07);
    const rows = await query<{ id: string; statusChangeLogs: unknown }>(db.url, `SELECT id, "statusChangeLogs" FROM subscriptions ORDER BY id`);
    const restored = Object.fromEntries(rows.map((r) => [r.id, r.statusChangeLogs]));
    expect(restored.s2).toEqual([]);
    expect(restored.s4).toEqual(LOGS.s4);
    // Readable entries come back in one time format, statuses normalised, missing keys as null (README).
    expect(restored.s1).toEqual([
      { ...S1[0], at: '2024-01-01T00:00:00.000Z' },
      S1[1],
      { ...S1[2], to: 'past_due', at: '2024-02-14T22:00:00.000Z' },
    ]);
    expect(restored.s3).toEqual(S3.map((e, i) => (i === 3 ? { ...(e as object), at: '2024-03-01T00:00:00.000Z' } : e)));
    expect(restored.s5).toEqual([{ ...S5[0], at: '2024-05-01T00:00:00.000Z', reason: null }]);
  });
});
