import { expect, test } from 'vitest';
import { Rng } from '../random.js';
import { EPOCH_START, SEED_NOW, iso } from './time.js';

test('iso formats exactly as Date#toISOString does', () => {
  const rng = Rng.from(1, 'iso');
  const samples = [
    0,
    EPOCH_START,
    SEED_NOW,
    SEED_NOW - 1,
    Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    Date.UTC(2000, 0, 1),
    Date.UTC(1999, 11, 31, 12),
  ];
  for (let i = 0; i < 5000; i++) samples.push(Math.floor(EPOCH_START - 20 * 365 * 86_400_000 + rng.next() * 40 * 365 * 86_400_000));
  for (const ms of samples) expect(iso(ms)).toBe(new Date(ms).toISOString());
});
