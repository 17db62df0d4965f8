// A seeded fault schedule: the same seed gives the same faults at the same points of the chain, so
// a failure can be replayed (`pnpm --filter @leadmetrics/verify bench:faults --seed <n>`).

export type FaultKind = 'kill' | 'restart';

export interface Fault {
  /** Round number, 1-based: each round is one adoption of the phased chain on a fresh copy. */
  round: number;
  kind: FaultKind;
  /** When to strike, as a fraction of the undisturbed chain's duration (0 = at once, 1 = at its end). */
  at: number;
}

/** mulberry32: a tiny PRNG with a 32-bit state; good enough to spread faults, and reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `kills` kill -9 faults and `restarts` immediate server restarts, shuffled, each at a random point of its round. */
export function faultSchedule(seed: number, kills: number, restarts: number): Fault[] {
  const random = seededRandom(seed);
  const kinds: FaultKind[] = [...Array<FaultKind>(kills).fill('kill'), ...Array<FaultKind>(restarts).fill('restart')];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds.map((kind, index) => ({ round: index + 1, kind, at: Math.round(random() * 1000) / 1000 }));
}
