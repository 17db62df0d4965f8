/**
 * Billing and credits.
 *
 * Plants finding 7 (Subscription.statusChangeLogs: JSON arrays used as a log, some long, some with malformed
 * entries), finding 10 (Invoice.remindersSent drifting from the InvoiceReminder rows) and finding 15 (CreditBalance
 * rows with and without ledger history, which decides how their missing createdAt is backfilled).
 */
import type { Row, RowSeed, SeedContext } from '../context.js';
import type { Rng } from '../random.js';
import { DAY, HOUR, SEED_NOW, iso } from '../values/time.js';

const SUBSCRIPTION_FLOW: Record<string, string[]> = {
  trialing: ['active', 'active', 'active', 'cancelled', 'expired'],
  active: ['past_due', 'past_due', 'cancelled'],
  past_due: ['active', 'active', 'active', 'cancelled', 'expired'],
  cancelled: ['active'],
  expired: ['active'],
};
/**
 * Statuses as Stripe spells them, which the billing webhook wrote into the log unchanged: outside the listed
 * values, each with a meaning an operator can name (packages/seed/demo-mapping.json does for the demo).
 */
export const STRIPE_STATUS_SPELLINGS: Readonly<Record<string, string>> = { cancelled: 'canceled', past_due: 'unpaid' };

const CHANGE_REASONS = [
  'payment_failed',
  'payment_succeeded',
  'trial_ended',
  'customer_request',
  'plan_change',
  'dunning_exhausted',
  'reactivated',
];

/**
 * A log entry as ANOMALIES.md defines "well-formed": an object with exactly the keys from (string or null), to
 * (string), at (ISO 8601 timestamp), by (string or null) and reason (string or null).
 */
export function isWellFormedLogEntry(entry: unknown): boolean {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return false;
  const e = entry as Record<string, unknown>;
  const keys = ['from', 'to', 'at', 'by', 'reason'];
  if (!keys.every((k) => k in e)) return false;
  const stringOrNull = (v: unknown) => v === null || typeof v === 'string';
  return (
    stringOrNull(e.from) &&
    typeof e.to === 'string' &&
    typeof e.at === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(e.at) &&
    !Number.isNaN(Date.parse(e.at)) &&
    stringOrNull(e.by) &&
    stringOrNull(e.reason)
  );
}

type MalformedKind = 'missing_key' | 'wrong_type' | 'not_an_object' | 'unparseable_date';
const MALFORMED_KINDS: MalformedKind[] = ['missing_key', 'wrong_type', 'not_an_object', 'unparseable_date'];

function malformedEntry(kind: MalformedKind, rng: Rng, around: number): unknown {
  const at = iso(around);
  switch (kind) {
    case 'missing_key':
      return rng.chance(0.5)
        ? { from: 'active', at, by: 'system', reason: null }
        : { from: 'past_due', to: 'active', by: 'stripe-webhook' };
    case 'wrong_type':
      return rng.chance(0.5)
        ? { from: 'active', to: 'past_due', at: Math.floor(around / 1000), by: 'system', reason: null }
        : { from: 1, to: ['active'], at, by: null, reason: null };
    case 'not_an_object':
      return rng.pick<unknown>(['active -> cancelled', null, ['trialing', 'active'], 42]);
    case 'unparseable_date':
      return {
        from: 'trialing',
        to: 'active',
        at: rng.pick(['31/02/2024 25:61', 'yesterday', '2024-13-45T00:00:00Z', '']),
        by: 'system',
        reason: 'trial_ended',
      };
  }
}

const PLAN_TIERS = ['Starter', 'Growth', 'Scale', 'Agency', 'Enterprise'];

export function seedBilling(ctx: SeedContext): void {
  // Price plans: a few tiers, re-issued yearly (a new code per year, older ones legacy).
  ctx.override('Plan', {
    fields: {
      name: (rc) =>
        `${PLAN_TIERS[rc.index % PLAN_TIERS.length]}${rc.index >= PLAN_TIERS.length ? ` ${2021 + Math.floor(rc.index / PLAN_TIERS.length)}` : ''}`,
      code: (rc) => `${PLAN_TIERS[rc.index % PLAN_TIERS.length]!.toLowerCase()}_${2021 + Math.floor(rc.index / PLAN_TIERS.length)}`,
      monthlyPriceCents: (rc) => [4900, 14900, 39900, 79900, 199900][rc.index % PLAN_TIERS.length]!,
      yearlyPriceCents: (rc) => Math.round(((rc.row.monthlyPriceCents as number) * 10) / 100) * 100,
      sortOrder: (rc) => rc.index % PLAN_TIERS.length,
    },
  });
  seedSubscriptions(ctx);
  seedInvoices(ctx);
  seedCredits(ctx);
}

function seedSubscriptions(ctx: SeedContext): void {
  ctx.override('Subscription', {
    fields: {
      status: (rc) => rc.rng.weighted(['active', 'trialing', 'past_due', 'cancelled', 'expired'], [60, 10, 8, 15, 7]),
      statusChangeLogs: () => [],
    },
    finish: (rows, _ctx, tenants) => {
      const withLog = ctx.choose('subscription_log_entries', rows.length);
      const withLogIndexes = [...withLog];
      // Malformed entries sit in logs that also hold good ones (the app appended around them).
      const malformedPick = ctx.choose('subscription_log_malformed', rows.length);
      const malformedTarget = Math.min(malformedPick.size, withLogIndexes.length);
      const malformed = new Set(
        ctx
          .rng('billing:malformedLogs')
          .sample(withLogIndexes.length, malformedTarget)
          .map((j) => withLogIndexes[j]!),
      );
      const users = ctx.table('User');
      const rng = ctx.rng('billing:logs');
      let entries = 0;
      let malformedEntries = 0;
      let longLogs = 0;
      let maxEntries = 0;
      const byKind: Record<MalformedKind, number> = { missing_key: 0, wrong_type: 0, not_an_object: 0, unparseable_date: 0 };
      const stripeSpellings: Record<string, number> = {};
      rows.forEach((row, i) => {
        if (!withLog.has(i)) return;
        const r = rng.next();
        const length = r < 0.85 ? rng.int(1, 6) : r < 0.97 ? rng.int(10, 40) : rng.int(60, 200);
        const log: unknown[] = [];
        let status: string | null = null;
        let written: string | null = null;
        let at = row.createdAt as number;
        const step = Math.max(HOUR, Math.floor((SEED_NOW - at) / (length + 1)));
        const [us, ue] = ctx.tenantRange('User', tenants[i]!);
        for (let e = 0; e < length; e++) {
          const to: string =
            e === length - 1 ? String(row.status) : status === null ? 'trialing' : rng.pick(SUBSCRIPTION_FLOW[status] ?? ['active']);
          at += rng.int(HOUR, step);
          const by = rng.chance(0.6) ? rng.pick(['system', 'stripe-webhook']) : ue > us ? users.ids[rng.int(us, ue - 1)]! : 'system';
          // the webhook wrote Stripe's word for the state; the next entry starts from what was written
          const toWritten: string = by === 'stripe-webhook' ? (STRIPE_STATUS_SPELLINGS[to] ?? to) : to;
          if (toWritten !== to) stripeSpellings[toWritten] = (stripeSpellings[toWritten] ?? 0) + 1;
          log.push({ from: written, to: toWritten, at: iso(at), by, reason: rng.chance(0.6) ? rng.pick(CHANGE_REASONS) : null });
          status = to;
          written = toWritten;
        }
        entries += log.length;
        if (log.length >= 50) longLogs++;
        if (malformed.has(i)) {
          const count = rng.int(1, 3);
          for (let m = 0; m < count; m++) {
            const kind = MALFORMED_KINDS[(i + m) % MALFORMED_KINDS.length]!;
            log.splice(rng.int(0, log.length), 0, malformedEntry(kind, rng, at));
            byKind[kind]++;
            malformedEntries++;
          }
          ctx.anomalies.add('subscription_log_malformed', String(row.id));
        }
        maxEntries = Math.max(maxEntries, log.length);
        row.statusChangeLogs = log;
        ctx.anomalies.add('subscription_log_entries', String(row.id));
      });
      ctx.anomalies.count('subscription_log_entries', entries);
      ctx.anomalies.details('subscription_log_entries', {
        subscriptions: withLog.size,
        entries,
        longLogs,
        maxEntries,
        emptyLogs: rows.length - withLog.size,
        stripeSpellings,
      });
      ctx.anomalies.count('subscription_log_malformed', malformedEntries);
      ctx.anomalies.details('subscription_log_malformed', { subscriptions: malformed.size, entries: malformedEntries, byKind });
    },
  });
}

interface InvoicePlan {
  id: string;
  tenant: number;
  reminders: number;
  dueAt: number;
}

function seedInvoices(ctx: SeedContext): void {
  const numbers = new Map<number, number>();
  ctx.override('Invoice', {
    fields: {
      number: (rc) => {
        const n = (numbers.get(rc.tenant) ?? 0) + 1;
        numbers.set(rc.tenant, n);
        return `LM-${new Date(rc.createdAt).getUTCFullYear()}-${String(n).padStart(6, '0')}`;
      },
      status: (rc) => rc.rng.weighted(['paid', 'open', 'draft', 'void', 'uncollectible'], [70, 15, 5, 5, 5]),
      subtotalCents: (rc) => rc.rng.int(49, 2500) * 100,
      discountCents: (rc) => (rc.rng.chance(0.15) ? Math.round((rc.row.subtotalCents as number) * 0.1) : 0),
      taxCents: (rc) =>
        Math.round(((rc.row.subtotalCents as number) - (rc.row.discountCents as number)) * rc.rng.pick([0, 0.19, 0.2, 0.18])),
      amountDueCents: (rc) => (rc.row.subtotalCents as number) - (rc.row.discountCents as number) + (rc.row.taxCents as number),
      amountPaidCents: (rc) => (rc.row.status === 'paid' ? rc.row.amountDueCents : 0),
      issuedAt: (rc) => (rc.row.status === 'draft' ? null : rc.createdAt),
      dueAt: (rc) => rc.createdAt + 14 * DAY,
      paidAt: (rc) => (rc.row.status === 'paid' ? rc.createdAt + rc.rng.int(0, 20) * DAY : null),
      voidedAt: (rc) => (rc.row.status === 'void' ? rc.createdAt + rc.rng.int(1, 30) * DAY : null),
      remindersSent: () => 0,
      lastReminderAt: () => null,
    },
    finish: (rows, _ctx, tenants) => {
      const rng = ctx.rng('billing:reminders');
      const drift = ctx.choose('invoice_reminder_counter_drift', rows.length);
      const plans: InvoicePlan[] = [];
      const expected: Record<string, number> = {};
      let over = 0;
      let under = 0;
      rows.forEach((row, i) => {
        const status = String(row.status);
        const reminders = status === 'open' || status === 'uncollectible' ? rng.int(1, 3) : status === 'paid' && rng.chance(0.2) ? 1 : 0;
        const dueAt = row.dueAt as number;
        plans.push({ id: String(row.id), tenant: tenants[i]!, reminders, dueAt });
        let counter = reminders;
        if (drift.has(i)) {
          // The counter was bumped without the row being written, or the row written without the bump.
          counter = reminders === 0 || rng.chance(0.6) ? reminders + rng.int(1, 2) : reminders - 1;
          if (counter > reminders) over++;
          else under++;
          expected[String(row.id)] = reminders;
          ctx.anomalies.add('invoice_reminder_counter_drift', String(row.id));
        }
        row.remindersSent = counter;
        row.lastReminderAt = reminders > 0 ? dueAt - 3 * DAY + (reminders - 1) * 7 * DAY : null;
      });
      ctx.shared.set('billing:invoicePlans', plans);
      ctx.anomalies.details('invoice_reminder_counter_drift', { overCounted: over, underCounted: under, actualReminders: expected });
    },
  });

  ctx.override('InvoiceReminder', {
    rows: () => {
      const plans = ctx.shared.get('billing:invoicePlans') as InvoicePlan[];
      const kinds = ['due_soon', 'overdue', 'final_notice'];
      const seeds: RowSeed[] = [];
      for (const plan of plans) {
        for (let k = 0; k < plan.reminders; k++) {
          const sentAt = plan.dueAt - 3 * DAY + k * 7 * DAY;
          seeds.push({ tenant: plan.tenant, values: { invoiceId: plan.id, kind: kinds[Math.min(k, 2)], sentAt, createdAt: sentAt } });
        }
      }
      return seeds;
    },
  });
}

type LedgerTotals = { balance: number; granted: number; consumed: number; first: number; lastTopUp: number | null };

/** Amounts and running balances of the ledger rows in time order per tenant, as the billing service books them. */
function bookLedger(ctx: SeedContext, rows: Row[], tenants: readonly number[]): Map<number, LedgerTotals> {
  const byTenant = new Map<number, Row[]>();
  rows.forEach((row, i) => {
    const list = byTenant.get(tenants[i]!) ?? [];
    list.push(row);
    byTenant.set(tenants[i]!, list);
  });
  const rng = ctx.rng('billing:ledger');
  const totals = new Map<number, LedgerTotals>();
  for (const [t, list] of byTenant) {
    list.sort((a, b) => (a.createdAt as number) - (b.createdAt as number) || (String(a.id) < String(b.id) ? -1 : 1));
    list[0]!.entryType = 'grant';
    let balance = 0;
    let granted = 0;
    let consumed = 0;
    let lastTopUp: number | null = null;
    for (const row of list) {
      const type = String(row.entryType);
      let amount =
        type === 'grant'
          ? rng.int(5, 50) * 100
          : type === 'purchase'
            ? rng.int(10, 100) * 100
            : type === 'refund'
              ? rng.int(1, 40)
              : type === 'adjust'
                ? rng.int(-50, 200)
                : -rng.int(1, 60);
      if (balance + amount < 0) amount = -balance;
      balance += amount;
      if (amount > 0) granted += amount;
      else consumed -= amount;
      if (type === 'grant' || type === 'purchase') lastTopUp = row.createdAt as number;
      row.amount = amount;
      row.balanceAfter = balance;
    }
    totals.set(t, { balance, granted, consumed, first: list[0]!.createdAt as number, lastTopUp });
  }
  return totals;
}

function seedCredits(ctx: SeedContext): void {
  // Which tenants' balances have no ledger history; decided before the ledger is generated.
  const withoutLedger = () =>
    ctx.state('billing:withoutLedger', () => ctx.choose('credit_balance_without_ledger', ctx.options.scale.tenants));
  ctx.override('CreditLedger', {
    perTenant: (t, generic) => (withoutLedger().has(t) ? 0 : Math.max(1, generic)),
    fields: {
      entryType: (rc) => rc.rng.weighted(['consume', 'grant', 'purchase', 'refund', 'expire', 'adjust'], [70, 10, 8, 3, 5, 4]),
    },
    finish: (rows, _ctx, tenants) => {
      const totals = bookLedger(ctx, rows, tenants);
      ctx.shared.set('billing:ledgerTotals', totals);
    },
  });

  ctx.override('CreditBalance', {
    finish: (rows, _ctx, tenants) => {
      const totals = ctx.shared.get('billing:ledgerTotals') as Map<number, LedgerTotals>;
      const set = withoutLedger();
      const withLedger: Record<string, string> = {};
      const without: Record<string, string> = {};
      rows.forEach((row, i) => {
        const t = tenants[i]!;
        const total = totals.get(t);
        if (total) {
          row.balance = total.balance;
          row.lifetimeGranted = total.granted;
          row.lifetimeConsumed = total.consumed;
          row.lastToppedUpAt = total.lastTopUp;
          withLedger[String(row.id)] = iso(total.first);
          ctx.anomalies.add('credit_balance_with_ledger', String(row.id));
        } else {
          if (!set.has(t)) throw new Error(`CreditBalance of tenant ${t} has no ledger rows although it should`);
          row.balance = row.monthlyAllowance;
          row.lifetimeGranted = 0;
          row.lifetimeConsumed = 0;
          row.lastToppedUpAt = null;
          without[String(row.id)] = iso(ctx.tenants[t]!.createdAt);
          ctx.anomalies.add('credit_balance_without_ledger', String(row.id));
        }
      });
      ctx.anomalies.population('credit_balance_with_ledger', rows.length);
      ctx.anomalies.details('credit_balance_with_ledger', { earliestLedgerEntryAt: withLedger });
      ctx.anomalies.details('credit_balance_without_ledger', { tenantCreatedAt: without });
    },
  });
}
