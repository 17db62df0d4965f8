// Finding 16 (after the ledger and f17), phased: expand, index folders, backfill, release, then the
// two contract folders, on statuses real production data holds outside the enums: 'suspended' users,
// US-spelt 'canceled' and 'unpaid' subscriptions, 'opted_out' subscribers, a 'canceled' tenant
// deletion, failed agent runs and webhook deliveries written as 'error' / 'dead'. None of them may
// become a live state by default: without a mapping the backfill's finish stops and names them; with
// the operator's mapping each row gets exactly the value the mapping gives. A status the legacy
// application writes between expand and contract is treated like the rows that were there before, and
// the application built for the corrected schema, deployed at the pause while the columns are still the
// legacy text, can read every row.
import { writeValueMapping, type ValueMappingEntry } from '../../../src/migrations/index.js';
import { createLegacyPrismaClient, createPrismaClient, withPgClient, type ThrowawayDatabase } from '../../../src/index.js';
import { applyContractPhase, applyExpandPhase, phasedFindings, releaseContracts, runBackfill } from '../../../src/online/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAccounted, applyWhole, legacyDatabaseFor, query, quarantineOf, type FixtureWriter } from '../../../src/testing/index.js';

const F16 = '20261129000016_f16_status_enums';
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
  it('stops without a mapping, naming table, column, value and row count, before any value outside the enum changes', async () => {
    db = await legacyDatabaseFor(F16, plant);
    const before = await statuses(db.url);
    const failure = await applyWhole(db.url, F16).then(
      () => null,
      (error: unknown) => error,
    );
    // The backfill's finish stops: the corrected application must not be deployed while a row holds a
    // value it cannot read, and nothing but the mapping may say what such a value means.
    expect(failure).toBeInstanceOf(Error);
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
    // Only the spelling was written as its label (and logged, so down.sql can put it back); every value
    // outside the enum is as it was, nothing was quarantined, no ledger entry written, the backfill unfinished.
    expect(await statuses(db.url)).toEqual({ ...before, 'u-spelt': 'active' });
    expect(await query(db.url, `SELECT "rowId", kind, original FROM online_migration.f16_rewritten`)).toEqual([
      { rowId: 'u-spelt', kind: 'normalised', original: ' Active ' },
    ]);
    expect(
      await query(db.url, `SELECT 1 FROM migration_quarantine UNION ALL SELECT 1 FROM migration_ledger WHERE migration = $1`, [F16]),
    ).toEqual([]);
    expect(await query(db.url, `SELECT "backfilledAt" FROM online_migration.phase WHERE "expandFolder" = $1`, [F16])).toEqual([
      { backfilledAt: null },
    ]);
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

describe('f16 status enums: the expand step beside a transaction that holds one of its tables', () => {
  it('takes no table while it waits for another: reads of the first table go on, and it finishes once the holder ends', async () => {
    db = await legacyDatabaseFor(F16, plant);
    await writeValueMapping(db.url, MAPPING);
    const url = db.url;
    await withPgClient(url, async (holder) => {
      // A transaction that has written to tenants (one of the last tables the step needs) and stays open.
      await holder.query('BEGIN');
      await holder.query(`UPDATE tenants SET name = name WHERE id = 't1'`);
      const applying = applyExpandPhase(url, { via: 'sql', folders: [F16] });
      // Reads of plans, the first table the step needs, while it waits for tenants.
      let slowest = 0;
      const until = performance.now() + 2_000;
      await withPgClient(url, async (reader) => {
        while (performance.now() < until) {
          const started = performance.now();
          await reader.query('SELECT count(*) FROM plans');
          slowest = Math.max(slowest, performance.now() - started);
        }
      });
      await holder.query('COMMIT');
      await applying;
      // A step that held plans while it queued for tenants would have kept these reads waiting the whole 2 s;
      // each of its tries holds what it got for at most 200 ms.
      expect(slowest, 'slowest read of plans while the step waited for tenants, in ms').toBeLessThan(800);
    });
    expect(
      await query(
        url,
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%\\_enum'`,
      ),
    ).toEqual([{ n: 54 }]);
  }, 120_000);
});

describe('f16 status enums: legacy writes between expand and contract', () => {
  it('writes a legacy status as its label, keeps one nobody decided about as written, and the backfill stops naming it', async () => {
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
    const both = async () =>
      Object.fromEntries(
        (
          await query<{ id: string; text: string; twin: string | null }>(
            db!.url,
            `SELECT id, status AS text, status_enum::text AS twin FROM users WHERE id = 'u-plain'
             UNION ALL SELECT id, status, status_enum::text FROM subscriptions WHERE id = 's-canceled'
             UNION ALL SELECT id, status, status_enum::text FROM leads WHERE id = 'l-new'`,
          )
        ).map((r) => [r.id, [r.text, r.twin]]),
      );
    expect(await both()).toEqual({
      'u-plain': ['disabled', 'disabled'],
      's-canceled': ['past_due', 'past_due'],
      'l-new': ['warm', null],
    });
    expect((await quarantineOf(db.url, F16)).get('subscriptions s-canceled status')).toMatchObject({ value: 'Unpaid', tenantId: 't1' });
    // The backfill settles the planted rows but will not finish while 'warm' means nothing yet; once the
    // mapping says what it means, running it again settles that row too and finishes.
    // (The run also covers the expand folders f16 depends on; only its own result is read.)
    await expect(runBackfill(db.url, { pauseMs: 0 })).rejects.toThrow(
      /leads\.status: warm in 1 row\(s\) \(no mapping\)[\s\S]*pnpm preflight load-mapping/,
    );
    expect((await both())['l-new']).toEqual(['warm', null]);
    await writeValueMapping(db.url, [...MAPPING, { table: 'leads', column: 'status', from: 'warm', to: 'contacted' }]);
    const result = (await runBackfill(db.url, { pauseMs: 0 })).find((r) => r.expandFolder === F16);
    expect(result?.outcome).toBe('finished');
    expect((await both())['l-new']).toEqual(['contacted', 'contacted']);
    await releaseContracts(db.url);
    await applyContractPhase(db.url, { via: 'sql', folders: FINDING });
    const [lead] = await query<{ status: string }>(db.url, `SELECT status::text AS status FROM leads WHERE id = 'l-new'`);
    expect(lead!.status).toBe('contacted');
    const quarantine = await quarantineOf(db.url, F16);
    expect(quarantine.get('leads l-new status')).toMatchObject({ value: 'warm', tenantId: 't1' });
    // The legacy write replaced the planted 'canceled' with 'Unpaid' before the backfill reached the row, so
    // the quarantine keeps 'Unpaid' for it.
    expect(quarantine.get('subscriptions s-canceled status')).toMatchObject({ value: 'Unpaid' });
    const ledger = await query<{ tableName: string; action: string; rows: number; anomaly: string | null }>(
      db.url,
      `SELECT "tableName", action::text AS action, rows, anomaly FROM migration_ledger WHERE migration = $1 AND anomaly IS NOT NULL ORDER BY anomaly`,
      [F16],
    );
    // Outside the enum: the 7 planted values with 's-canceled' now written as 'Unpaid', plus 'warm'. Spelling:
    // ' Active ' planted, ' Disabled' written by the legacy application.
    expect(ledger).toEqual([
      { tableName: '*', action: 'quarantined', rows: 8, anomaly: 'status_invalid' },
      { tableName: '*', action: 'updated', rows: 2, anomaly: 'status_odd_case' },
    ]);
    expect(quarantine.size).toBe(8);
  }, 180_000);
});

describe('f16 status enums: the corrected application at the pause', () => {
  // What the live-traffic run met: a spelling (' Paid', 'ACTIVE') and a value outside the enum ('drft')
  // in the legacy text columns, read by the application built for the corrected schema before the swap.
  async function plantOdd(w: FixtureWriter): Promise<void> {
    await plant(w);
    await w.insert('invoices', {
      id: 'inv-paid',
      tenantId: 't1',
      number: 'INV-1',
      subtotalCents: 100,
      amountDueCents: 100,
      status: ' Paid',
    });
    await w.insert('subscriptions', { id: 's-active', tenantId: 't1', planId: 'pl1', unitPriceCents: 100, status: 'ACTIVE' });
    await w.insert('blog_posts', { id: 'bp-drft', tenantId: 't1', title: 'T', slug: 't', body: 'B', status: 'drft' });
  }
  const ODD_MAPPING: ValueMappingEntry[] = [...MAPPING, { table: 'blog_posts', column: 'status', from: 'drft', to: 'draft' }];

  it('reads every status, planted or written by the legacy application after the backfill', async () => {
    db = await legacyDatabaseFor(F16, plantOdd);
    await writeValueMapping(db.url, ODD_MAPPING);
    await applyExpandPhase(db.url, { via: 'sql', folders: FINDING });
    await runBackfill(db.url, { pauseMs: 0 });
    const legacy = await createLegacyPrismaClient(db.url);
    const corrected = await createPrismaClient(db.url);
    try {
      const read = async () => ({
        invoice: await corrected.invoice.findUniqueOrThrow({ where: { id: 'inv-paid' }, select: { status: true } }),
        subscription: await corrected.subscription.findUniqueOrThrow({ where: { id: 's-active' }, select: { status: true } }),
        post: await corrected.blogPost.findUniqueOrThrow({ where: { id: 'bp-drft' }, select: { status: true } }),
        paid: await corrected.invoice.findMany({ where: { tenantId: 't1', status: 'paid' }, select: { id: true } }),
        subscriptions: await corrected.subscription.findMany({
          where: { tenantId: 't1' },
          select: { id: true, status: true },
          orderBy: { id: 'asc' },
        }),
      });
      expect(await read()).toEqual({
        invoice: { status: 'paid' },
        subscription: { status: 'active' },
        post: { status: 'draft' },
        paid: [{ id: 'inv-paid' }],
        subscriptions: [
          { id: 's-active', status: 'active' },
          { id: 's-canceled', status: 'cancelled' },
          { id: 's-unpaid', status: 'past_due' },
        ],
      });
      // The legacy application, still running beside it, writes the same kinds of values again: its writes
      // succeed, and the corrected application still reads every row.
      await legacy.invoice.update({ where: { id: 'inv-paid' }, data: { status: 'VOID ' } });
      await legacy.subscription.update({ where: { id: 's-active' }, data: { status: 'canceled' } });
      await legacy.blogPost.update({ where: { id: 'bp-drft' }, data: { status: 'drft' } });
      expect(await legacy.invoice.findUniqueOrThrow({ where: { id: 'inv-paid' }, select: { status: true } })).toEqual({ status: 'void' });
      const again = await read();
      expect([again.invoice, again.subscription, again.post]).toEqual([{ status: 'void' }, { status: 'cancelled' }, { status: 'draft' }]);
    } finally {
      await legacy.$disconnect();
      await corrected.$disconnect();
    }
  }, 180_000);
});
