/** Named sizes of a seeded database. Row totals are targets; the plan lands within a few percent of them. */

export type ScaleName = 'demo' | 'small' | 'medium' | 'large';

export interface Scale {
  name: ScaleName;
  /** Target total number of rows over all tables. */
  rows: number;
  /** Number of tenants; their sizes follow a Zipf law (a few large, many small). */
  tenants: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  demo: { name: 'demo', rows: 10_000, tenants: 12 },
  small: { name: 'small', rows: 100_000, tenants: 40 },
  medium: { name: 'medium', rows: 1_000_000, tenants: 150 },
  large: { name: 'large', rows: 10_000_000, tenants: 600 },
};

export function resolveScale(name: string): Scale {
  const scale = SCALES[name as ScaleName];
  if (!scale) {
    throw new Error(`Unknown scale "${name}". Use one of: ${Object.keys(SCALES).join(', ')}.`);
  }
  return scale;
}

/** Zipf exponent for tenant sizes: tenant k gets a share proportional to 1 / (k + 1)^s. */
export const TENANT_SIZE_EXPONENT = 1.1;

/** Shares of rows per tenant, summing to 1, largest first. */
export function tenantShares(tenants: number, exponent = TENANT_SIZE_EXPONENT): number[] {
  const raw = Array.from({ length: tenants }, (_, k) => 1 / Math.pow(k + 1, exponent));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / total);
}

/** Splits `total` into integers proportional to `weights` (largest remainder, ties to the lower index). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let j = 0; rest > 0 && j < order.length; j++, rest--) out[order[j]!.i]! += 1;
  return out;
}
