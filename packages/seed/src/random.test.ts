import { describe, expect, test } from 'vitest';
import { Rng } from './random.js';

describe('Rng', () => {
  test('a label names a stream: same seed and label repeat, anything else differs', () => {
    const draw = (seed: number, label: string) =>
      Array.from(
        { length: 8 },
        (
          (r) => () =>
            r.u32()
        )(Rng.from(seed, label)),
      );
    expect(draw(1, 'Keyword')).toEqual(draw(1, 'Keyword'));
    expect(draw(1, 'Keyword')).not.toEqual(draw(2, 'Keyword'));
    expect(draw(1, 'Keyword')).not.toEqual(draw(1, 'Lead'));
  });

  test('int stays within its bounds and reaches both ends', () => {
    const rng = Rng.from(5, 'int');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(-2, 3);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(3);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2, 3].sort());
  });

  test('sample returns exactly k distinct indices of [0, n)', () => {
    const rng = Rng.from(9, 'sample');
    for (const [n, k] of [
      [10, 0],
      [10, 3],
      [10, 10],
      [1000, 37],
      [5, 9],
    ] as const) {
      const s = rng.sample(n, k);
      expect(s.length).toBe(Math.min(n, k));
      expect(new Set(s).size).toBe(s.length);
      for (const x of s) expect(x >= 0 && x < n).toBe(true);
    }
  });

  test('next is roughly uniform', () => {
    const rng = Rng.from(3, 'uniform');
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(rng.next() * 10)]++;
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });
});
