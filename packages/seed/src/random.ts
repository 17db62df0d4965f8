/**
 * Seeded pseudo-random numbers. Everything the seed produces is drawn from here, never from Math.random() or the
 * clock, so one seed number always yields the same bytes.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator) is used because it is tiny, passes PractRand, and works
 * on 32-bit integers only, so the sequence is identical on every JavaScript engine.
 */

/** cyrb128: hashes a string into four 32-bit words, used to derive independent sfc32 states from names. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `label` names an independent stream: Rng.from(seed, 'Keyword') and Rng.from(seed, 'Lead') never correlate. */
  static from(seed: number, label: string): Rng {
    return new Rng(cyrb128(`${seed}\u0000${label}`));
  }

  constructor(state: [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = state;
    // Discard the first outputs: sfc32 mixes poorly for a few rounds after seeding.
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A derived stream, deterministic in this stream's current state and the label. */
  fork(label: string): Rng {
    return new Rng(cyrb128(`${this.u32()}:${this.u32()}\u0000${label}`));
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks an item with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** Index in [0, n) skewed towards small values (a few items are popular, most are rare). */
  skewed(n: number, exponent = 2): number {
    return Math.min(n - 1, Math.floor(Math.pow(this.next(), exponent) * n));
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }

  /** k distinct integers of [0, n), in ascending order (Floyd's algorithm: O(k) draws). */
  sample(n: number, k: number): number[] {
    const count = Math.max(0, Math.min(n, k));
    const chosen = new Set<number>();
    for (let j = n - count; j < n; j++) {
      const t = this.int(0, j);
      chosen.add(chosen.has(t) ? j : t);
    }
    return [...chosen].sort((x, y) => x - y);
  }

  base36(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += BASE36[this.u32() % 36];
    return out;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += HEX[this.u32() & 15];
    return out;
  }
}

/** Stable 32-bit hash of a string (for choosing without consuming a stream). */
export function hash32(text: string): number {
  return cyrb128(text)[0];
}
