// squawk over every migration.sql on disk: whatever it still reports must be excused, with a
// reason, in that folder's README ("Squawk exceptions"), and the README must not excuse rules that
// no longer fire (a stale exception hides the next real report of that rule).
import { BASELINE_FOLDER, listMigrationFolders, squawkExceptions, squawkMigrations, type SquawkReport } from '../src/migrations/index.js';
import { beforeAll, describe, expect, it } from 'vitest';

const folders = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);
let reports: Map<string, SquawkReport[]>;

beforeAll(async () => {
  reports = await squawkMigrations(folders);
});

describe('squawk', () => {
  it.each(folders)('%s', (name) => {
    const found = reports.get(name)!;
    const excused = squawkExceptions(name);
    const unexcused = found.filter((r) => !excused.has(r.rule)).map((r) => `line ${r.line}: ${r.rule}: ${r.message}`);
    expect(unexcused, 'squawk reports without a reasoned exception in README.md').toEqual([]);
    const fired = new Set(found.map((r) => r.rule));
    expect(
      [...excused].filter((rule) => !fired.has(rule)),
      'README excuses rules squawk does not report',
    ).toEqual([]);
  });
});
