// The preflight bench applies the folders it plans the way a team adopts them. A bench that only runs by hand
// rots unseen (it once applied every folder in one go and stopped at the first contract guard), so the
// demo scale runs here, and the database it leaves must be the corrected one.
import { describe, expect, it } from 'vitest';
import { benchPreflight } from '../bench/preflight.js';

describe('the preflight bench at demo scale', () => {
  it('applies every planned folder, backfill and release included, and times each', async () => {
    const result = await benchPreflight({ scale: 'demo', log: () => {} });
    expect(result.perFolder.length).toBeGreaterThan(0);
    for (const folder of result.perFolder) expect(folder.ms, folder.folder).toBeGreaterThan(0);
    expect(result.perFolder.some((f) => f.folder.startsWith('20261130'))).toBe(true);
    expect(result.backfillMs).toBeGreaterThan(0);
    expect(result.migrationsMs).toBeGreaterThan(result.backfillMs);
  });
});
