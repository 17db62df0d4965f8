/**
 * Status strings (finding 16). Every `status` column is a free String whose allowed values live in a comment; in
 * years of real data some were written with other letter case or stray spaces ('Active', ' active '), and some are
 * not allowed values at all ('actve', 'unknown'). This module plants both in every model that has a status field
 * with listed values, at the two kinds' rates per model.
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

function invalid(value: string, allowed: readonly string[], rng: Rng): string {
  const normalisedAllowed = new Set(allowed.map(normaliseStatus));
  const candidates: string[] = [];
  // A typo: one letter dropped from the middle (actve, pubished), or two letters swapped.
  if (value.length > 3) {
    const j = rng.int(1, value.length - 2);
    candidates.push(value.slice(0, j) + value.slice(j + 1));
    candidates.push(value.slice(0, j) + value.charAt(j + 1) + value.charAt(j) + value.slice(j + 2));
  }
  candidates.push('unknown', 'n/a', 'deleted', 'TODO', '');
  const usable = candidates.filter((c) => !normalisedAllowed.has(normaliseStatus(c)));
  return usable[rng.int(0, Math.min(2, usable.length - 1))]!;
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
  const byField: Record<string, { table: string; column: string; population: number; oddCase: number; invalid: number; allowed: string[] }> = {};
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
      byField[`${model.name}.${field.name}`] = { table: model.table, column: field.column, population: rowCount, oddCase: odd, invalid: bad, allowed: field.allowedValues };
      population += rowCount;
      return (row: Row) => {
        if (!selected()) return;
        const current = typeof row[field.name] === 'string' ? String(row[field.name]) : field.allowedValues[0]!;
        const id = String(row[model.primaryKey[0]!]);
        if (asOddCase()) {
          row[field.name] = oddCase(current, rng);
          ctx.anomalies.add('status_odd_case', id);
        } else {
          row[field.name] = invalid(current, field.allowedValues, rng);
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
    ctx.anomalies.details('status_invalid', { byField });
  });
}
