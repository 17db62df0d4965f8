/**
 * Status strings (finding 16). Every `status` column is a free String whose allowed values live in a comment; in
 * years of real data some were written with other letter case or stray spaces ('Active', ' active '), and some are
 * not listed values at all. The unlisted ones are what production data really holds: words another code path or a
 * payment provider used ('suspended' users, Stripe's 'canceled' / 'unpaid' / 'incomplete' subscriptions,
 * 'opted_out' subscribers, 'error' agent runs), and in the other columns a typo of a listed value ('actve'). Each has
 * a meaning an operator can name, which packages/seed/demo-mapping.json does for the demo. This module plants both
 * kinds in every model that has a status field with listed values, at the two kinds' rates per model, and lists
 * every unlisted value it planted (with its count) in the manifest.
 */
import { expectedCount } from '../anomalies/kinds.js';
import type { Row, SeedContext } from '../context.js';
import type { Rng } from '../random.js';
import type { FieldInfo, ModelInfo } from '../schema/types.js';

/** The comparison ANOMALIES.md defines: a status is valid when lower(trim(value)) is an allowed value. */
export function normaliseStatus(value: string): string {
  return value.trim().toLowerCase();
}

/** Status fields the seed plants in: fields named `status` whose comment lists the allowed values. */
export function statusFields(model: ModelInfo): FieldInfo[] {
  return model.fields.filter((f) => f.name === 'status' && f.type === 'String' && !f.isList && f.allowedValues.length > 0);
}

function oddCase(value: string, rng: Rng): string {
  const variants = [
    value.charAt(0).toUpperCase() + value.slice(1),
    value.toUpperCase(),
    ` ${value} `,
    `${value} `,
    ` ${value.charAt(0).toUpperCase()}${value.slice(1)}`,
  ].filter((v) => v !== value);
  return rng.pick(variants);
}

/**
 * Unlisted statuses real data holds, per `table.column`, in the order they are planted. Columns not named here get
 * a typo of their first listed value. Keep packages/seed/demo-mapping.json in step (a test checks it covers them).
 */
export const PRODUCTION_STATUSES: Readonly<Record<string, readonly string[]>> = {
  'users.status': ['suspended', 'deactivated'],
  'tenants.status': ['churned'],
  'subscriptions.status': ['canceled', 'unpaid', 'incomplete'],
  'invoices.status': ['uncollectable'],
  'payments.status': ['declined'],
  'newsletter_subscribers.status': ['opted_out'],
  'tenant_deletions.status': ['canceled'],
  'agent_runs.status': ['error', 'timeout'],
  'webhook_deliveries.status': ['dead'],
  'leads.status': ['junk'],
};

/** A typo of a listed value: its middle letter dropped ('active' -> 'actve'), or, for a short one, its last doubled. */
export function statusTypo(value: string, allowed: readonly string[]): string {
  const members = new Set(allowed.map(normaliseStatus));
  const middle = Math.floor(value.length / 2);
  const candidates = [value.slice(0, middle) + value.slice(middle + 1), value + value.slice(-1), `${value}x`];
  return candidates.find((c) => c.length > 1 && !members.has(normaliseStatus(c)))!;
}

/** The unlisted values the seed may plant in a column, in planting order. */
export function unlistedStatuses(table: string, column: string, allowed: readonly string[]): readonly string[] {
  return PRODUCTION_STATUSES[`${table}.${column}`] ?? [statusTypo(allowed[0]!, allowed)];
}

/**
 * Selection sampling (Knuth, TAOCP vol. 2, Algorithm S): called once per item of a population of known size, says
 * yes to exactly `k` of them, each set of k equally likely, without looking ahead. Rows may stream past only once.
 */
export function selectionSampler(rng: Rng, population: number, k: number): () => boolean {
  let seen = 0;
  let chosen = 0;
  return () => {
    const pick = (population - seen) * rng.next() < k - chosen;
    seen++;
    if (pick) chosen++;
    return pick;
  };
}

export function seedStatuses(ctx: SeedContext): void {
  const byField: Record<
    string,
    { table: string; column: string; population: number; oddCase: number; invalid: number; allowed: string[] }
  > = {};
  /** Every unlisted value planted, per `table.column`, with how many rows hold it. */
  const plantedValues: Record<string, Record<string, number>> = {};
  let population = 0;
  ctx.rowPlanters.push((model: ModelInfo, rowCount: number) => {
    const fields = statusFields(model);
    if (fields.length === 0) return undefined;
    const planters = fields.map((field) => {
      const rng = ctx.rng(`statuses:${model.name}.${field.name}`);
      const odd = expectedCount(ctx.rate('status_odd_case'), rowCount);
      const bad = Math.min(expectedCount(ctx.rate('status_invalid'), rowCount), rowCount - odd);
      // Which rows get a planted status, and of those, which an odd-cased rather than an invalid one.
      const selected = selectionSampler(rng, rowCount, odd + bad);
      const asOddCase = selectionSampler(rng, odd + bad, odd);
      byField[`${model.name}.${field.name}`] = {
        table: model.table,
        column: field.column,
        population: rowCount,
        oddCase: odd,
        invalid: bad,
        allowed: field.allowedValues,
      };
      population += rowCount;
      const unlisted = unlistedStatuses(model.table, field.column, field.allowedValues);
      let plantedHere = 0;
      return (row: Row) => {
        if (!selected()) return;
        const current = typeof row[field.name] === 'string' ? String(row[field.name]) : field.allowedValues[0]!;
        const id = String(row[model.primaryKey[0]!]);
        if (asOddCase()) {
          row[field.name] = oddCase(current, rng);
          ctx.anomalies.add('status_odd_case', id);
        } else {
          // every unlisted value of the column in turn, so even a small seed holds each of them
          const value = unlisted[plantedHere++ % unlisted.length]!;
          row[field.name] = value;
          const counts = (plantedValues[`${model.table}.${field.column}`] ??= {});
          counts[value] = (counts[value] ?? 0) + 1;
          ctx.anomalies.add('status_invalid', id);
        }
      };
    });
    return (row: Row) => {
      for (const plant of planters) plant(row);
    };
  });
  ctx.finalizers.push(() => {
    ctx.anomalies.population('status_odd_case', population);
    ctx.anomalies.population('status_invalid', population);
    ctx.anomalies.details('status_odd_case', { byField });
    ctx.anomalies.details('status_invalid', { byField, plantedValues });
  });
}
