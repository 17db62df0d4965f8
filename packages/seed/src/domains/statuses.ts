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

export function seedStatuses(ctx: SeedContext): void {
  const byField: Record<string, { table: string; column: string; population: number; oddCase: number; invalid: number; allowed: string[] }> = {};
  let population = 0;
  ctx.tableHooks.push((model: ModelInfo, rows: Row[]) => {
    for (const field of statusFields(model)) {
      const rng = ctx.rng(`statuses:${model.name}.${field.name}`);
      const odd = expectedCount(ctx.rate('status_odd_case'), rows.length);
      const bad = expectedCount(ctx.rate('status_invalid'), rows.length);
      // Rows whose status is not already odd (a domain module may have planted something there).
      const picks = rng.sample(rows.length, Math.min(rows.length, odd + bad));
      rng.shuffle(picks);
      picks.forEach((i, n) => {
        const row = rows[i]!;
        const current = typeof row[field.name] === 'string' ? String(row[field.name]) : field.allowedValues[0]!;
        if (n < odd) {
          row[field.name] = oddCase(current, rng);
          ctx.anomalies.add('status_odd_case', String(row[model.primaryKey[0]!]));
        } else {
          row[field.name] = invalid(current, field.allowedValues, rng);
          ctx.anomalies.add('status_invalid', String(row[model.primaryKey[0]!]));
        }
      });
      byField[`${model.name}.${field.name}`] = {
        table: model.table,
        column: field.column,
        population: rows.length,
        oddCase: Math.min(odd, picks.length),
        invalid: Math.max(0, picks.length - odd),
        allowed: field.allowedValues,
      };
      population += rows.length;
    }
  });
  ctx.finalizers.push(() => {
    ctx.anomalies.population('status_odd_case', population);
    ctx.anomalies.population('status_invalid', population);
    ctx.anomalies.details('status_odd_case', { byField });
    ctx.anomalies.details('status_invalid', { byField });
  });
}
