// Folder f07 (after its dependencies f17 and f16) on status-change logs whose rows are known entry by
// entry: odd status case, offsets in "at", user and non-user "by", an extra key, and every way an
// entry can be unreadable (not an object, unreadable or impossible date, wrong types). A status outside
// the enum is no reason to drop an entry from the live history: the operator's mapping says what it
// means, and without one the folder stops. Nor is an unreadable entry dropped unless the mapping lets
// entries unreadable for its reason go.
import { applyFolders, MigrationFailedError, revertFolder, writeValueMapping } from '../../../src/migrations/index.js';
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
  { from: null, to: 'bogus', at: '2024-01-01T00:00:00Z', by: null, reason: null }, // 1: no such status: mapped
  'oops', // 2: not an object
  { from: 'active', to: 'cancelled', at: 'yesterday', by: null, reason: null }, // 3: not a date
  { from: 'active', to: 'cancelled', at: '2024-03-01T00:00:00Z', by: 'ghost-user', reason: null, ip: '10.0.0.1' }, // 4: fine, extra key
  { from: 'active', to: 'expired', at: '2024-02-30T00:00:00Z', by: null, reason: null }, // 5: impossible date
  { from: 1, to: 'active', at: '2024-01-01T00:00:00Z', by: null, reason: null }, // 6: wrong type
  { from: 'active', to: 'past_due', at: 1700000000, by: null, reason: null }, // 7: epoch number
];
const S5 = [{ from: 'active', to: 'cancelled', at: '2024-05-01', by: 'u1' }]; // date only, no reason key

const LOGS: Record<string, unknown> = { s1: S1, s2: [], s3: S3, s4: { from: 'a' }, s5: S5 };
/** The reasons S3's unreadable entries fail for, as the folder names them. */
const LET_GO = ['entry is a JSON string, not an object', '"at" missing or not a readable time', '"from" is not a string'];

let db: ThrowawayDatabase;
let run: FolderRun;

beforeAll(async () => {
  db = await legacyDatabaseFor(F07, async (w) => {
    await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
    await w.insert('users', { id: 'u1', email: 'u1@example.com' });
    await w.insert('plans', { id: 'pl1', code: 'basic', name: 'Basic', monthlyPriceCents: 100, yearlyPriceCents: 1000 });
    await w.insert(
      'subscriptions',
      Object.entries(LOGS).map(([id, logs]) => ({
        id,
        tenantId: 't1',
        planId: 'pl1',
        unitPriceCents: 100,
        statusChangeLogs: JSON.stringify(logs),
      })),
    );
  });
  await writeValueMapping(db.url, [
    { table: 'subscriptions', column: 'statusChangeLogs.to', from: 'bogus', to: 'expired' },
    // the operator lets entries unreadable for these reasons leave the live history
    ...LET_GO.map((reason) => ({ table: 'subscriptions', column: 'statusChangeLogs[]', from: reason, to: null })),
  ]);
  run = await applyAccounted(db, F07);
}, 180_000);

afterAll(async () => {
  await db?.dispose();
});

describe('f07 subscription log', () => {
  it('counts entries: the readable ones and the malformed ones', async () => {
    expect(run.anomaly('subscription_log_entries').rows).toBe(3 + 2 + 1); // s1: 3, s3: entries 1 and 4, s5: 1
    expect(run.anomaly('subscription_log_malformed').rows).toBe(5 + 1); // s3: entries 2-3 and 5-7, s4 whole
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
      { subscriptionId: 's3', from: null, to: 'expired', at: '2024-01-01 00:00', actorId: null, note: null },
      { subscriptionId: 's3', from: 'active', to: 'cancelled', at: '2024-03-01 00:00', actorId: null, note: '(by ghost-user)' },
      { subscriptionId: 's5', from: 'active', to: 'cancelled', at: '2024-05-01 00:00', actorId: 'u1', note: null },
    ]);
  });

  it('quarantines every unreadable entry in its place, and the extra key', async () => {
    const quarantined = await quarantineOf(db.url, F07);
    expect([...quarantined.keys()].sort()).toEqual(
      [
        ...[2, 3, 5, 6, 7].map((i) => `subscriptions s3 statusChangeLogs[${i}]`),
        'subscriptions s3 statusChangeLogs[1].to',
        'subscriptions s3 statusChangeLogs[4].ip',
        'subscriptions s4 statusChangeLogs',
      ].sort(),
    );
    for (const i of [2, 3, 5, 6, 7]) expect(quarantined.get(`subscriptions s3 statusChangeLogs[${i}]`)!.value).toEqual(S3[i - 1]);
    expect(quarantined.get('subscriptions s3 statusChangeLogs[1].to')!.value).toBe('bogus');
    expect(quarantined.get('subscriptions s4 statusChangeLogs')).toMatchObject({ value: { from: 'a' }, tenantId: 't1' });
  });

  it('down.sql rebuilds every array in order', async () => {
    await revertFolder(db.url, F07);
    const rows = await query<{ id: string; statusChangeLogs: unknown }>(
      db.url,
      `SELECT id, "statusChangeLogs" FROM subscriptions ORDER BY id`,
    );
    const restored = Object.fromEntries(rows.map((r) => [r.id, r.statusChangeLogs]));
    expect(restored.s2).toEqual([]);
    expect(restored.s4).toEqual(LOGS.s4);
    // Readable entries come back in one time format, statuses normalised, missing keys as null (README).
    expect(restored.s1).toEqual([
      { ...S1[0], at: '2024-01-01T00:00:00.000Z' },
      S1[1],
      { ...S1[2], to: 'past_due', at: '2024-02-14T22:00:00.000Z' },
    ]);
    expect(restored.s3).toEqual(
      S3.map((e, i) =>
        i === 3 ? { ...(e as object), at: '2024-03-01T00:00:00.000Z' } : i === 0 ? { ...(e as object), at: '2024-01-01T00:00:00.000Z' } : e,
      ),
    );
    expect(restored.s5).toEqual([{ ...S5[0], at: '2024-05-01T00:00:00.000Z', reason: null }]);
  });
});

describe('f07 subscription log: statuses outside the enum', () => {
  const LOG = [
    { from: null, to: 'incomplete', at: '2024-01-01T00:00:00Z', by: null, reason: 'signup' },
    { from: 'incomplete', to: 'Unpaid', at: '2024-01-02T00:00:00Z', by: null, reason: null },
    { from: 'unpaid', to: 'canceled', at: '2024-02-01T00:00:00Z', by: null, reason: 'dunning' },
  ];
  const plant = async (w: Parameters<Parameters<typeof legacyDatabaseFor>[1]>[0]) => {
    await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
    await w.insert('plans', { id: 'pl1', code: 'basic', name: 'Basic', monthlyPriceCents: 100, yearlyPriceCents: 1000 });
    await w.insert('subscriptions', {
      id: 's1',
      tenantId: 't1',
      planId: 'pl1',
      unitPriceCents: 100,
      statusChangeLogs: JSON.stringify(LOG),
    });
  };

  it('stops without a mapping, naming each status and how many entries hold it', async () => {
    const stopped = await legacyDatabaseFor(F07, plant);
    try {
      const failure = await applyFolders(stopped.url, [F07], { via: 'sql' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MigrationFailedError);
      const message = String((failure as Error).message);
      expect(message).toContain('subscriptions.statusChangeLogs.to: incomplete in 1 row(s) (no mapping)');
      expect(message).toContain('subscriptions.statusChangeLogs.to: unpaid in 1 row(s) (no mapping)');
      expect(message).toContain('subscriptions.statusChangeLogs.to: canceled in 1 row(s) (no mapping)');
      expect(message).toContain('subscriptions.statusChangeLogs.from: incomplete in 1 row(s) (no mapping)');
      expect(message).toContain('subscriptions.statusChangeLogs.from: unpaid in 1 row(s) (no mapping)');
      expect(await hasColumn(stopped.url, 'subscriptions', 'statusChangeLogs')).toBe(true);
    } finally {
      await stopped.dispose();
    }
  }, 180_000);

  it('stops on entries it cannot read unless the mapping lets their reason go, naming subscription, place and reason', async () => {
    const unreadable = async (w: Parameters<Parameters<typeof legacyDatabaseFor>[1]>[0]) => {
      await plant(w);
      await w.insert('subscriptions', {
        id: 's2',
        tenantId: 't1',
        planId: 'pl1',
        unitPriceCents: 100,
        statusChangeLogs: JSON.stringify([LOG[0], { ...LOG[1], at: 'yesterday' }, 'oops']),
      });
    };
    const stopped = await legacyDatabaseFor(F07, unreadable);
    try {
      const statuses = ['incomplete', 'unpaid', 'canceled'].flatMap((from) =>
        (['from', 'to'] as const).map((side) => ({ table: 'subscriptions', column: `statusChangeLogs.${side}`, from, to: 'past_due' })),
      );
      // One reason has no entry, the other is given a value, which an unreadable entry cannot take.
      await writeValueMapping(stopped.url, [
        ...statuses,
        { table: 'subscriptions', column: 'statusChangeLogs[]', from: 'entry is a JSON string, not an object', to: '{}' },
      ]);
      const failure = await applyFolders(stopped.url, [F07], { via: 'sql' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MigrationFailedError);
      const message = String((failure as Error).message);
      expect(message).toContain(
        'subscriptions.statusChangeLogs[]: "at" missing or not a readable time in 1 row(s) (no mapping; entries: s2[2])',
      );
      expect(message).toContain(
        "subscriptions.statusChangeLogs[]: entry is a JSON string, not an object in 1 row(s) (mapped to '{}', but an unreadable entry can only be quarantined; entries: s2[3])",
      );
      expect(await hasColumn(stopped.url, 'subscriptions', 'statusChangeLogs')).toBe(true);
    } finally {
      await stopped.dispose();
    }
  }, 180_000);

  it('keeps every entry in the live history with the mapped status, and down.sql gives back what was written', async () => {
    const mapped = await legacyDatabaseFor(F07, plant);
    try {
      await writeValueMapping(mapped.url, [
        { table: 'subscriptions', column: 'statusChangeLogs.to', from: 'incomplete', to: 'trialing' },
        { table: 'subscriptions', column: 'statusChangeLogs.to', from: 'unpaid', to: 'past_due' },
        { table: 'subscriptions', column: 'statusChangeLogs.to', from: 'canceled', to: 'cancelled' },
        { table: 'subscriptions', column: 'statusChangeLogs.from', from: 'incomplete', to: null },
        { table: 'subscriptions', column: 'statusChangeLogs.from', from: 'unpaid', to: 'past_due' },
      ]);
      const result = await applyAccounted(mapped, F07);
      expect(result.anomaly('subscription_log_entries').rows).toBe(3);
      expect(result.anomaly('subscription_log_malformed').rows).toBe(0);
      const rows = await query(
        mapped.url,
        `SELECT "fromStatus"::text AS "from", "toStatus"::text AS "to" FROM subscription_logs ORDER BY "createdAt"`,
      );
      expect(rows).toEqual([
        { from: null, to: 'trialing' },
        { from: null, to: 'past_due' },
        { from: 'past_due', to: 'cancelled' },
      ]);
      await revertFolder(mapped.url, F07);
      const [restored] = await query<{ logs: unknown }>(mapped.url, `SELECT "statusChangeLogs" AS logs FROM subscriptions`);
      expect(restored!.logs).toEqual(LOG.map((e) => ({ ...e, at: e.at.replace('Z', '.000Z') })));
    } finally {
      await mapped.dispose();
    }
  }, 180_000);
});
