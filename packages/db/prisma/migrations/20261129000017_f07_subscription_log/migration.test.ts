// Finding 7 (after its dependencies f17 and f16) on status-change logs whose rows are known entry by
// entry: odd status case, offsets in "at", user and non-user "by", an extra key, and every way an
// entry can be unreadable (not an object, unreadable or impossible date, wrong types). A status outside
// the enum is no reason to drop an entry from the live history: the operator's mapping says what it
// means, and without one the finding stops before it writes anything. Nor is an unreadable entry
// dropped unless the mapping lets entries unreadable for its reason go. The finding is phased: the
// expand folder, the backfill, the release and the contract folder run in turn, and between expand and
// contract the trigger keeps each subscription's rows in step with what the legacy application writes.
import { applyFolders, MigrationFailedError, revertFolder, writeValueMapping } from '../../../src/migrations/index.js';
import { applyContractPhase, releaseContracts, runBackfill } from '../../../src/online/index.js';
import type { ThrowawayDatabase } from '../../../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyAccounted,
  applyWhole,
  hasColumn,
  legacyDatabaseFor,
  query,
  quarantineOf,
  type FolderRun,
} from '../../../src/testing/index.js';

const F07 = '20261129000017_f07_subscription_log';
const F07_CONTRACT = '20261130000017_f07_drop_status_change_logs';

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

  it("the contract's down.sql rebuilds every array in order; the expand's removes what was made of them", async () => {
    await revertFolder(db.url, F07_CONTRACT);
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
    expect(await query(db.url, `SELECT count(*)::int AS n FROM migration_quarantine WHERE migration = $1`, [F07])).toEqual([{ n: 0 }]);
    await revertFolder(db.url, F07);
    expect(await query(db.url, `SELECT to_regclass('public.subscription_logs') IS NULL AS gone`)).toEqual([{ gone: true }]);
    const [s1] = await query<{ logs: unknown }>(db.url, `SELECT "statusChangeLogs" AS logs FROM subscriptions WHERE id = 's1'`);
    expect(s1!.logs).toEqual(restored.s1);
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
      const failure = await applyWhole(stopped.url, F07).then(
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
      // The contract stopped before it wrote anything; the expand step made no row of an undecided entry.
      const written = `SELECT (SELECT count(*) FROM migration_quarantine WHERE migration = $1)::int AS held,
                              (SELECT count(*) FROM migration_ledger WHERE migration = $1)::int AS ledger,
                              (SELECT count(*) FROM subscription_logs)::int AS rows`;
      expect(await query(stopped.url, written, [F07])).toEqual([{ held: 0, ledger: 0, rows: 0 }]);
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
      const failure = await applyWhole(stopped.url, F07).then(
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
      await revertFolder(mapped.url, F07_CONTRACT);
      const [restored] = await query<{ logs: unknown }>(mapped.url, `SELECT "statusChangeLogs" AS logs FROM subscriptions`);
      expect(restored!.logs).toEqual(LOG.map((e) => ({ ...e, at: e.at.replace('Z', '.000Z') })));
    } finally {
      await mapped.dispose();
    }
  }, 180_000);
});

/** Between expand and contract: a subscription's rows, as (from, to, at, actor, note), in time order. */
const logRows = (url: string, subscription: string) =>
  query(
    url,
    `SELECT "fromStatus"::text AS "from", "toStatus"::text AS "to", to_char("createdAt", 'YYYY-MM-DD HH24:MI') AS at, "actorId", note
       FROM subscription_logs WHERE "subscriptionId" = $1 ORDER BY "createdAt", id`,
    [subscription],
  );
const unconverted = (url: string) =>
  query<{ subscriptionId: string; i: string; reason: string }>(
    url,
    `SELECT "subscriptionId", i::text AS i, reason FROM online_migration.f07_unconverted ORDER BY 1, i`,
  );

describe('f07 between expand and contract', () => {
  let live: ThrowawayDatabase;
  const OLD = [
    { from: null, to: 'trialing', at: '2024-01-01T00:00:00Z', by: null, reason: 'signup' },
    { from: 'trialing', to: 'Active', at: '2024-01-15T00:00:00Z', by: 'u1', reason: null },
  ];

  beforeAll(async () => {
    live = await legacyDatabaseFor(F07, async (w) => {
      await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
      await w.insert('users', { id: 'u1', email: 'u1@example.com' });
      await w.insert('plans', { id: 'pl1', code: 'basic', name: 'Basic', monthlyPriceCents: 100, yearlyPriceCents: 1000 });
      await w.insert('subscriptions', [
        { id: 'old1', tenantId: 't1', planId: 'pl1', unitPriceCents: 100, statusChangeLogs: JSON.stringify(OLD) },
        { id: 'old2', tenantId: 't1', planId: 'pl1', unitPriceCents: 100, statusChangeLogs: JSON.stringify({ not: 'a list' }) },
        { id: 'live', tenantId: 't1', planId: 'pl1', unitPriceCents: 100, statusChangeLogs: '[]' },
      ]);
    });
    await applyFolders(live.url, [F07], { via: 'sql' });
  }, 120_000);

  afterAll(async () => {
    await live?.dispose();
  });

  /** The legacy application's transition: status and the whole array in one update. */
  const writeLog = (id: string, status: string, logs: unknown) =>
    query(live.url, `UPDATE subscriptions SET status = $2, "statusChangeLogs" = $3::jsonb WHERE id = $1`, [
      id,
      status,
      JSON.stringify(logs),
    ]);

  it('a legacy append gets its row in the same statement, statuses folded, while subscriptions.status is still text', async () => {
    const first = [{ from: null, to: 'trialing', at: '2024-03-01T00:00:00Z', by: 'u1', reason: 'signup' }];
    await writeLog('live', 'trialing', first);
    await writeLog('live', ' Active', [
      ...first,
      { from: 'trialing', to: ' Active', at: '2024-03-02T12:00:00+01:00', by: 'stripe', reason: null },
    ]);
    expect(await logRows(live.url, 'live')).toEqual([
      { from: null, to: 'trialing', at: '2024-03-01 00:00', actorId: 'u1', note: 'signup' },
      { from: 'trialing', to: 'active', at: '2024-03-02 11:00', actorId: null, note: '(by stripe)' },
    ]);
    // Finding 16's trigger writes the odd spelling as its label, in the legacy text column and its enum twin.
    expect(await query(live.url, `SELECT status, status_enum::text AS twin FROM subscriptions WHERE id = 'live'`)).toEqual([
      { status: 'active', twin: 'active' },
    ]);
  });

  it('an entry the mapping does not decide, or cannot read, makes no row and never fails the write: it is recorded for the contract', async () => {
    const logs = (await query<{ logs: unknown[] }>(live.url, `SELECT "statusChangeLogs" AS logs FROM subscriptions WHERE id = 'live'`))[0]!
      .logs;
    await writeLog('live', 'canceled', [
      ...logs,
      { from: 'active', to: 'canceled', at: '2024-04-01T00:00:00Z', by: null, reason: 'churn' },
      { from: 'canceled', to: 'active', at: 'yesterday', by: null, reason: null },
    ]);
    expect((await logRows(live.url, 'live')).map((r) => r.to)).toEqual(['trialing', 'active']);
    expect(await unconverted(live.url)).toEqual([
      {
        subscriptionId: 'live',
        i: '3',
        reason: `status 'canceled' ("to") is no subscription status and the mapping does not say what it means`,
      },
      { subscriptionId: 'live', i: '4', reason: '"at" missing or not a readable time' },
    ]);
  });

  it('a replaced array replaces the rows made of it; rows the corrected application wrote are left alone', async () => {
    await query(
      live.url,
      `INSERT INTO subscription_logs (id, "subscriptionId", "fromStatus", "toStatus", note) VALUES ('own1', 'live', 'active', 'past_due', 'corrected app')`,
    );
    await writeLog('live', 'active', [{ from: null, to: 'active', at: '2024-05-01T00:00:00Z', by: null, reason: 'reset' }]);
    const rows = await logRows(live.url, 'live');
    expect(rows.filter((r) => r.note !== 'corrected app')).toEqual([
      { from: null, to: 'active', at: '2024-05-01 00:00', actorId: null, note: 'reset' },
    ]);
    expect(rows.filter((r) => r.note === 'corrected app')).toHaveLength(1);
    expect(await unconverted(live.url)).toEqual([]);
    await query(live.url, `DELETE FROM subscription_logs WHERE id = 'own1'`);
  });

  it('the backfill converts the logs written before the expand step, once', async () => {
    // finding 16's expand step, a dependency, has its own backfill: read this finding's
    const result = (await runBackfill(live.url, { pauseMs: 0 })).find((r) => r.expandFolder === F07);
    expect(result?.counts).toMatchObject({ subscriptions: 2, logRows: 2, unconverted: 1 });
    expect(await logRows(live.url, 'old1')).toEqual([
      { from: null, to: 'trialing', at: '2024-01-01 00:00', actorId: null, note: 'signup' },
      { from: 'trialing', to: 'active', at: '2024-01-15 00:00', actorId: 'u1', note: null },
    ]);
    expect((await unconverted(live.url)).map((u) => `${u.subscriptionId}[${u.i}]`)).toEqual(['old2[0]']);
    // Called again over every subscription: nothing new.
    expect(await query(live.url, `SELECT * FROM online_migration.f07_backfill_range(NULL, 'zzzz')`)).toEqual([
      { subscriptions: 0, logRows: 0, unconverted: 0 },
    ]);
  });

  it('the contract stops on an entry nothing decides, naming it; once the mapping decides, it makes the row and drops the column', async () => {
    await writeLog('live', 'canceled', [
      { from: null, to: 'active', at: '2024-05-01T00:00:00Z', by: null, reason: 'reset' },
      { from: 'active', to: 'canceled', at: '2024-06-01T00:00:00Z', by: null, reason: 'churn' },
    ]);
    expect(await logRows(live.url, 'live')).toHaveLength(1);
    await releaseContracts(live.url);
    await expect(applyContractPhase(live.url, { folders: [F07_CONTRACT], via: 'sql' })).rejects.toThrow(
      /subscriptions\.statusChangeLogs\.to: canceled in 1 row\(s\) \(no mapping\)/,
    );
    expect(await hasColumn(live.url, 'subscriptions', 'statusChangeLogs')).toBe(true);
    await writeValueMapping(live.url, [{ table: 'subscriptions', column: 'statusChangeLogs.to', from: 'canceled', to: 'cancelled' }]);
    await applyContractPhase(live.url, { folders: [F07_CONTRACT], via: 'sql' });
    expect(await hasColumn(live.url, 'subscriptions', 'statusChangeLogs')).toBe(false);
    expect((await logRows(live.url, 'live')).map((r) => r.to)).toEqual(['active', 'cancelled']);
    const held = await quarantineOf(live.url, F07);
    expect(held.get('subscriptions live statusChangeLogs[2].to')!.value).toBe('canceled');
    expect(held.get('subscriptions old2 statusChangeLogs')!.value).toEqual({ not: 'a list' });
  });
});
