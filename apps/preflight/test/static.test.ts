// Checks that need no database: the probe modules cover exactly what their folders resolve, the committed
// reference describes the current migration files, what preflight reads out of migration.sql, the cost
// model, and the command line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASELINE_FOLDER, concurrentIndexStatement, listMigrationFolders, readMigrationFolder } from '@leadmetrics/db/migrations';
import { describe, expect, it } from 'vitest';
import {
  CliUsageError,
  DEFAULT_COST,
  FOLDER_PROBES,
  HELP,
  REGENERATE_COMMAND,
  estimateDuration,
  fitLine,
  formatDuration,
  loadReference,
  parsePreflightArgs,
  probesFor,
} from '../src/index.js';
import { durationSettingMs, tableRenamesIn, tablesNamedIn, timeoutsSetIn } from '../src/migration-sql.js';

const folders = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);

describe('probe modules', () => {
  it('exist only for migration folders of this repository', () => {
    for (const probes of FOLDER_PROBES) expect(folders, probes.folder).toContain(probes.folder);
  });

  it.each(folders)('%s: one probe per kind its README says it resolves, and no other catalog kind', (folder) => {
    const resolves = readMigrationFolder(folder).resolves;
    const kinds = (probesFor(folder)?.anomalies ?? []).filter((a) => !a.extra).map((a) => a.kind);
    expect(kinds.sort()).toEqual([...resolves].sort());
    const all = (probesFor(folder)?.anomalies ?? []).map((a) => a.kind);
    expect(new Set(all).size, 'a kind is counted twice').toBe(all.length);
  });
});

describe('the committed reference', () => {
  const reference = loadReference();

  it(`was measured from the migration files as they are (else: ${REGENERATE_COMMAND})`, () => {
    expect(reference.baselineStale, `0_baseline changed; ${REGENERATE_COMMAND}`).toBe(false);
    expect(reference.stale, `these folders changed; ${REGENERATE_COMMAND}`).toEqual([]);
  });

  it('can tell every folder apart by a catalog object only it changes', () => {
    for (const folder of reference.folders) expect(reference.exclusiveKeys(folder).length, folder).toBeGreaterThan(0);
  });
});

describe('reading migration.sql', () => {
  const sql = (fragment: string) => readMigrationFolder(folders.find((f) => f.includes(fragment))!).sql;

  it('finds the tables a folder changes and reads', () => {
    const { changed, read } = tablesNamedIn(`
      -- ALTER TABLE "ignored_in_a_comment" ...
      LOCK TABLE "a", "b" IN SHARE ROW EXCLUSIVE MODE;
      UPDATE "c" x SET y = 1 FROM "d" WHERE true;
      CREATE UNIQUE INDEX "e_idx" ON "e"("x");
      INSERT INTO "f" SELECT * FROM "g" JOIN "h" ON true;
      COMMENT ON COLUMN "i"."j" IS 'x';`);
    expect(changed).toEqual(['a', 'b', 'c', 'e', 'f', 'i']);
    expect(read).toEqual(['d', 'g', 'h']);
  });

  it('finds the renames and the timeouts a folder sets for itself', () => {
    expect(tableRenamesIn('ALTER TABLE "old" RENAME TO "new";')).toEqual([{ from: 'old', to: 'new' }]);
    expect(timeoutsSetIn(`SET LOCAL lock_timeout = '5s';\nSET LOCAL statement_timeout = '10min';`)).toEqual({
      lockTimeout: '5s',
      statementTimeout: '10min',
    });
    expect(durationSettingMs('10min')).toBe(600_000);
    expect(durationSettingMs('250')).toBe(250);
    expect(durationSettingMs('soon')).toBeNull();
    // On the real files: every folder that changes data states its own timeouts, except a lone
    // concurrent index statement, which a SET would put into a transaction block (prisma/ONLINE.md).
    for (const folder of folders) {
      const { sql } = readMigrationFolder(folder);
      if (!concurrentIndexStatement(sql)) expect(timeoutsSetIn(sql).lockTimeout, folder).not.toBeNull();
    }
    expect(tableRenamesIn(sql('_f17_')).length).toBeGreaterThan(0);
  });
});

describe('the cost model', () => {
  it('fits a line through measured points and never goes below zero', () => {
    const line = fitLine([
      { scale: 'a', rows: 1_000, ms: 110 },
      { scale: 'b', rows: 101_000, ms: 1_110 },
    ]);
    expect(line.msPerRow).toBeCloseTo(0.01, 6);
    expect(line.fixedMs).toBeCloseTo(100, 3);
    const falling = fitLine([
      { scale: 'a', rows: 10, ms: 500 },
      { scale: 'b', rows: 1_000, ms: 100 },
    ]);
    expect(falling.msPerRow).toBe(0);
    expect(falling.fixedMs).toBeGreaterThan(0);
  });

  it('falls back to the documented default', () => {
    const estimate = estimateDuration('unknown_folder', 1_000, null);
    expect(estimate).toMatchObject({ basis: 'default', ms: DEFAULT_COST.fixedMs + 1_000 * DEFAULT_COST.msPerRow });
    expect(formatDuration(1_500)).toBe('1.5 s');
    expect(formatDuration(200_000)).toBe('3 min 20 s');
  });
});

describe('command line', () => {
  const listed = [...HELP.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)(?: <(\w+)>)?/gm)].map((m) => ({ flag: m[1]!, value: m[2] }));
  const sample: Record<string, string> = { url: 'postgresql://u@h:1/d', dir: 'out', ms: '1000', n: '2', file: 'mapping.json' };

  it.each(listed)('accepts $flag as --help describes it', ({ flag, value }) => {
    const base = flag === '--database-url' ? [] : ['--database-url', sample.url!];
    expect(() => parsePreflightArgs([...base, flag, ...(value ? [sample[value]!] : [])], {})).not.toThrow();
    if (value) expect(() => parsePreflightArgs([...base, flag], {})).toThrow(CliUsageError);
  });

  it('every option the parser handles is in --help', () => {
    const source = readFileSync(fileURLToPath(new URL('../src/cli-options.ts', import.meta.url)), 'utf8');
    const handled = [...source.matchAll(/case '(--?[a-z-]+)':/g)].map((m) => m[1]!);
    expect(handled.length).toBeGreaterThan(4);
    for (const flag of handled) expect(HELP).toMatch(new RegExp(`(^|[ ,])${flag}\\b`, 'm'));
  });

  it('needs a database, takes DATABASE_URL, and names what is wrong', () => {
    expect(() => parsePreflightArgs([], {})).toThrow(/--database-url is required/);
    expect(parsePreflightArgs([], { DATABASE_URL: sample.url }).databaseUrl).toBe(sample.url);
    expect(() => parsePreflightArgs(['--frobnicate'], { DATABASE_URL: sample.url })).toThrow(/--frobnicate/);
    expect(() => parsePreflightArgs(['--lock-timeout', 'soon'], { DATABASE_URL: sample.url })).toThrow(/soon/);
  });
});
