// The migrations bench walks the chain as a team adopts it. It runs by hand at medium scale, so a change
// to the chain can break it unseen (it once applied every folder in a row and stopped at the first
// contract guard); the demo scale runs here.
import { listMigrationFolders, BASELINE_FOLDER } from '@leadmetrics/db/migrations';
import { describe, expect, it } from 'vitest';
import benchMigrations from '../bench/migrations.js';

describe('the migrations bench at demo scale', () => {
  it('measures every folder of the chain, contract folders included', async () => {
    const rows = await benchMigrations({ scale: 'demo', log: () => {} });
    const chain = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);
    expect(rows.map((row) => row.folder).sort()).toEqual([...chain].sort());
    for (const row of rows) expect(row.migrationMs, row.folder).toBeGreaterThan(0);
  });
});
