// Finding 16 (after the ledger and f17), phased: expand, index folders, backfill, release, then the
// two contract folders, on statuses real production data holds outside the enums: 'suspended' users,
// US-spelt 'canceled' and 'unpaid' subscriptions, 'opted_out' subscribers, a 'canceled' tenant
// deletion, failed agent runs and webhook deliveries written as 'error' / 'dead'. None of them may
// become a live state by default: without a mapping the first contract folder stops and names them;
// with the operator's mapping each row gets exactly the value the mapping gives. A status the legacy
// application writes between expand and contract is treated like the rows that were there before.
import { MigrationFailedError, writeValueMapping, type ValueMappingEntry } from '../../../src/migrations/index.js';
import { createLegacyPrismaClient, type ThrowawayDatabase } from '../../../src/index.js';
import { applyContractPhase, applyExpandPhase, phasedFindings, releaseContracts, runBackfill } from '../../../src/online/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAccounted, applyWhole, legacyDatabaseFor, query, quarantineOf, type FixtureWriter } from '../../../src/testing/index.js';

const F16 = '20261129000016_f16_status_enums';
const SETTLE = '20261130000016_f16_status_enums_settle_values';
const FINDING = [F16, ...(phasedFindings().find((p) => p.expandFolder === F16)?.contractFolders ?? [])];

async function plant(w: FixtureWriter): Promise<void> {
  await w.insert('tenants', { id: 't1', name: 'One', slug: 't1' });
  await w.insert('users', [
    { id: 'u-suspended', email: 's@example.com', status: 'suspended' },
    { id: 'u-spelt', email: 'a@example.com', status: ' Active ' },
    { id: 'u-plain', email: 'p@example.com', status: 'invited' },
  ]);
  await w.insert('plans', { id: 'pl1', code: 'basic', name: 'Basic', monthlyPriceCents: 100, yearlyPriceCents: 1000 });
  await w.insert('subscriptions', [
    { id: 's-canceled', tenantId: 't1', planId: 'pl1', unitPriceCents: 100, status: 'canceled' },
    { id: 's-unpaid', tenantId: 't1', planId: 'pl1', unitPriceCents: 100, status: 'Unpaid' },
  ]);
  await w.insert('newsletters', { id: 'n1', tenantId: 't1' });
  await w.insert('contacts', { id: 'c1', tenantId: 't1' });
  await w.insert('newsletter_subscribers', { id: 'ns-opted', newsletterId: 'n1', contactId: 'c1', status: 'opted_out' });
  await w.insert('tenant_deletions', {
    id: 'td-canceled',
    tenantSlug: 'gone',
    tenantName: 'Gone',
    status: 'canceled',
    scheduledFor: new Date(Date.UTC(2024, 0, 1)),
  });
  await w.insert('agent_runs', { id: 'ar-error', tenantId: 't1', agent: 'blog-writer', status: 'error' });
  await w.insert('webhook_endpoints', { id: 'we1', tenantId: 't1', url: 'https://example.com/hook', secretEnc: 'x' });
  await w.insert('webhook_deliveries', { id: 'wd-dead', endpointId: 'we1', eventType: 'lead.created', status: 'dead' });
}

/** What the operator decided each planted value means. */
const MAPPING: ValueMappingEntry[] = [
  { table: 'users', column: 'status', from: 'suspended', to: 'disabled', note: 'suspended accounts cannot sign in' },
  { table: 'subscriptions', column: 'status', from: 'canceled', to: 'cancelled' },
  { table: 'subscriptions', column: 'status', from: 'unpaid', to: 'past_due' },
  { table: 'newsletter_subscribers', column: 'status', from: 'opted_out', to: 'unsubscribed' },
  { table: 'tenant_deletions', column: 'status', from: 'canceled', to: 'cancelled' },
  { table: 'agent_runs', column: 'status', from: 'error', to: 'failed' },
  { table: 'webhook_deliveries', column: 'status', from: 'dead', to: 'failed' },
];

const STATUS_OF: [table: string, id: string][] = [
  ['users', 'u-suspended'],
  ['users', 'u-spelt'],
  ['users', 'u-plain'],
  ['subscriptions', 's-canceled'],
  ['subscriptions', 's-unpaid'],
  ['newsletter_subscribers', 'ns-opted'],
  ['tenant_deletions', 'td-canceled'],
  ['agent_runs', 'ar-error'],
  ['webhook_deliveries', 'wd-dead'],
];

async function statuses(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, id] of STATUS_OF) {
    const [row] = await query<{ status: string }>(url, `SELECT status::text AS status FROM "${table}" WHERE id = $1`, [id]);
    out[id] = row!.status;
  }
  return out;
}

let db: ThrowawayDatabase | undefined;
afterEach(async () => {
  await db?.dispose();
  db = undefined;
});

describe('f16 status enums: values outside the enum', () => {
  it('stops without a mapping, naming table, column, value and row count, and changes nothing', async () => {
    db = await legacyDatabaseFor(F16, plant);
    const before = await statuses(db.url);
    const failure = await applyWhole(db.url, F16).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MigrationFailedError);
    expect((failure as MigrationFailedError).folder).toBe(SETTLE);
    const message = String((failure as Error).message);
    for (const line of [
      'users.status: suspended in 1 row(s)',
      'subscriptions.status: canceled in 1 row(s)',
      'subscriptions.status: unpaid in 1 row(s)',
      'newsletter_subscribers.status: opted_out in 1 row(s)',
      'tenant_deletions.status: canceled in 1 row(s)',
      'agent_runs.status: error in 1 row(s)',
      'webhook_deliveries.status: dead in 1 row(s)',
    ]) {
      expect(message).toContain(line);
    }
    expect(message).toContain('pnpm preflight --write-mapping');
    expect(message).toContain('pnpm preflight load-mapping');
    expect(message).not.toContain('users.status: active'); // ' Active ' is only a spelling
    expect(await statuses(db.url)).toEqual(before);
    expect(
      await query(db.url, `SELECT 1 FROM migration_quarantine UNION ALL SELECT 1 FROM migration_ledger WHERE migration = $1`, [F16]),
    ).toEqual([]);
  }, 180_000);

  it('stops when the mapping covers only some of the values', async () => {
    db = await legacyDatabaseFor(F16, plant);
    await writeValueMapping(
      db.url,
      MAPPING.filter((e) => e.table !== 'users'),
    );
    await expect(applyWhole(db.url, F16)).rejects.toThrow(/users\.status: suspended in 1 row\(s\) \(no mapping\)/);
  }, 180_000);

  it('gives every row the value the mapping names, keeps the original, and normalises spelling', async () => {
    db = await legacyDatabaseFor(F16, plant);
    await writeValueMapping(db.url, MAPPING);
    const run = await applyAccounted(db, F16);
    expect(await statuses(db.url)).toEqual({
      'u-suspended': 'disabled',
      'u-spelt': 'active',
      'u-plain': 'invited',
      's-canceled': 'cancelled',
      's-unpaid': 'past_due',
      'ns-opted': 'unsubscribed',
      'td-canceled': 'cancelled',
      'ar-error': 'failed',
      'wd-dead': 'failed',
    });
    expect(run.anomaly('status_invalid').rows).toBe(7);
    expect(run.anomaly('status_odd_case').rows).toBe(1); // ' Active '; 'Unpaid' is folded for the lookup but counted as outside the enum
    const quarantine = await quarantineOf(db.url, F16);
    expect(quarantine.get('users u-suspended status')).toMatchObject({ value: 'suspended', tenantId: null });
    expect(quarantine.get('subscriptions s-unpaid status')).toMatchObject({ value: 'Unpaid', tenantId: 't1' });
    expect(quarantine.size).toBe(7);
  }, 180_000);

  it('refuses a mapping to a value outside the enum, or to NULL on a required column', async () => {
    db = await legacyDatabaseFor(F16, plant);
    await writeValueMapping(db.url, [
      ...MAPPING.filter((e) => e.table !== 'users' && e.table !== 'agent_runs'),
      { table: 'users', column: 'status', from: 'suspended', to: 'banned' },
      { table: 'agent_runs', column: 'status', from: 'error', to: null },
    ]);
    const failure = applyWhole(db.url, F16);
    await expect(failure).rejects.toThrow(
      /users\.status: suspended in 1 row\(s\) \(mapped to 'banned', which is not one of invited, active, disabled\)/,
    );
    await expect(failure).rejects.toThrow(/agent_runs\.status: error in 1 row\(s\) \(mapped to NULL, but the column is required\)/);
  }, 180_000);
});

describe('f16 status enums: legacy writes between expand and contract', () => {
  it('fills the enum column from a legacy write, leaves a value outside the enum NULL, and the contract stops naming it', async () => {
    db = await legacyDatabaseFor(F16, plant);
    await writeValueMapping(db.url, MAPPING);
    await applyExpandPhase(db.url, { via: 'sql', folders: FINDING });
    const legacy = await createLegacyPrismaClient(db.url);
    try {
      // A member in odd spelling, a value the mapping places, and one nobody decided about yet: each write succeeds.
      await legacy.user.update({ where: { id: 'u-plain' }, data: { status: ' Disabled' } });
      await legacy.subscription.update({ where: { id: 's-canceled' }, data: { status: 'Unpaid' } });
      await legacy.lead.create({ data: { id: 'l-new', tenantId: 't1', fullName: 'New Lead', status: 'warm' } });
    } finally {
      await legacy.$disconnect();
    }
    const twins = async () =>
      Object.fromEntries(
        (
          await query<{ id: string; v: string | null }>(
            db!.url,
            `SELECT id, status_enum::text AS v FROM users WHERE id = 'u-plain'
             UNION ALL SELECT id, status_enum::text FROM subscriptions WHERE id = 's-canceled'
             UNION ALL SELECT id, status_enum::text FROM leads WHERE id = 'l-new'`,
          )
        ).map((r) => [r.id, r.v]),
      );
    expect(await twins()).toEqual({ 'u-plain': 'disabled', 's-canceled': 'past_due', 'l-new': null });
    // The backfill leaves the uncovered value NULL and counts it; the contract then stops on it.
    // (The run also covers the expand folders f16 depends on; only its own result is read.)
    const result = (await runBackfill(db.url, { pauseMs: 0 })).find((r) => r.expandFolder === F16);
    expect(result?.counts).toMatchObject({ unmapped: 1, mapped: 7 });
    expect((await twins())['l-new']).toBeNull();
    await releaseContracts(db.url);
    await expect(applyContractPhase(db.url, { via: 'sql', folders: FINDING })).rejects.toThrow(
      /leads\.status: warm in 1 row\(s\) \(no mapping\)[\s\S]*pnpm preflight load-mapping/,
    );
    // Once the mapping says what 'warm' means, the same contract goes through and the row means it.
    await writeValueMapping(db.url, [...MAPPING, { table: 'leads', column: 'status', from: 'warm', to: 'contacted' }]);
    await applyContractPhase(db.url, { via: 'sql', folders: FINDING });
    const [lead] = await query<{ status: string }>(db.url, `SELECT status::text AS status FROM leads WHERE id = 'l-new'`);
    expect(lead!.status).toBe('contacted');
    expect((await quarantineOf(db.url, F16)).get('leads l-new status')).toMatchObject({ value: 'warm', tenantId: 't1' });
  }, 180_000);
});
