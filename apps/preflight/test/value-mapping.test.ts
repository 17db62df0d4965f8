// The operator's loop around values the new types cannot hold, on a seeded legacy database: preflight
// lists every such value with its row count and blocks the folders that would stop on them, writes a
// template with one entry per value, and load-mapping takes a filled-in file only when every entry is
// sound and every value is covered - otherwise it names each problem (file, entry) and writes nothing.
// The expected values and counts come from the seed's manifest, not from preflight.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_MAPPING_FILE, type Manifest } from '@leadmetrics/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMappingFile, writeMappingTemplate } from '../src/mapping-file.js';
import { runPreflight, type PreflightResult } from '../src/run.js';
import { cloneDatabase, query, seededLegacyDatabase, type TestDb } from './helpers.js';

const F16 = '20261129000016_f16_status_enums';
const F11 = '20261129000009_f11_tenant_context_config';
const F07 = '20261129000017_f07_subscription_log';
const scratch = mkdtempSync(path.join(tmpdir(), 'lm-mapping-'));

interface Entry {
  table: string;
  column: string;
  from: string;
  to?: string | null;
  quarantine?: boolean;
  rows?: number;
}

let template: TestDb;
let manifest: Manifest;
let unmappedRun: PreflightResult;
let templateEntries: Entry[];
const demo = JSON.parse(readFileSync(DEMO_MAPPING_FILE, 'utf8')) as { entries: Entry[] };

beforeAll(async () => {
  ({ db: template, manifest } = await seededLegacyDatabase('lm_pf_values', { valueMapping: false }));
  unmappedRun = await runPreflight({ databaseUrl: template.url });
  const file = path.join(scratch, 'template.json');
  await writeMappingTemplate(unmappedRun, file);
  templateEntries = (JSON.parse(readFileSync(file, 'utf8')) as { entries: Entry[] }).entries;
}, 300_000);

afterAll(async () => {
  await template?.dispose();
});

const entryOf = (table: string, column: string, from: string) =>
  templateEntries.find((e) => e.table === table && e.column === column && e.from === from);
const tableAtFolder = (table: string) => (table === 'rag_crawl_jobs' ? 'rag_ingest_jobs' : table); // f17 renames it before f16 runs

describe('preflight on values the new types cannot hold', () => {
  it('blocks the three folders that would stop, and says why', () => {
    for (const folder of [F16, F11, F07]) {
      const entry = unmappedRun.plan.find((e) => e.folder === folder)!;
      expect(entry.verdict, folder).toBe('blocked');
      expect(entry.reasons.join('\n')).toMatch(/value\(s\) the new type cannot hold have no entry in the value mapping/);
    }
  });

  it('writes a template entry for every status the seed planted outside an enum, with its row count', () => {
    const planted = manifest.anomalies.status_invalid!.details!.plantedValues as Record<string, Record<string, number>>;
    let values = 0;
    for (const [key, counts] of Object.entries(planted)) {
      const [table, column] = key.split('.') as [string, string];
      for (const [value, rows] of Object.entries(counts)) {
        values++;
        expect(entryOf(tableAtFolder(table), column, value), `${key} ${value}`).toMatchObject({ rows, to: '' });
      }
    }
    expect(values).toBeGreaterThan(40);
    expect(entryOf('users', 'status', 'suspended')).toBeDefined();
  });

  it('lists the Stripe spellings of the subscription log, and the settings no lossless reading covers', () => {
    const spellings = manifest.anomalies.subscription_log_entries!.details!.stripeSpellings as Record<string, number>;
    expect(Object.keys(spellings).length).toBeGreaterThan(0);
    for (const [value, rows] of Object.entries(spellings)) expect(entryOf('subscriptions', 'statusChangeLogs.to', value)?.rows).toBe(rows);
    const wrong = manifest.anomalies.context_config_malformed!.details!.wrongTypedValues as Record<string, Record<string, number>>;
    for (const [key, counts] of Object.entries(wrong)) {
      for (const value of Object.keys(counts)) {
        const lossless = /^"\s*-?\d+\s*"$/.test(value) || /^"\s*(true|false)\s*"$/i.test(value);
        expect(Boolean(entryOf('tenants', `contextConfig.${key}`, value)), `${key} ${value}`).toBe(!lossless);
      }
    }
  });

  it('lists the reasons log entries cannot be read for, each to be let go or corrected, counting every planted one', () => {
    const unreadable = templateEntries.filter((e) => e.table === 'subscriptions' && e.column === 'statusChangeLogs[]');
    expect(unreadable.length).toBeGreaterThan(0);
    expect(unreadable.every((e) => (e as { takes?: string }).takes === 'quarantine only')).toBe(true);
    expect(unreadable.reduce((sum, e) => sum + (e.rows ?? 0), 0)).toBe(manifest.anomalies.subscription_log_malformed!.count);
  });

  it('loads the filled-in mapping, after which nothing is blocked by values', async () => {
    const db = await cloneDatabase(template, 'lm_pf_values_ok');
    try {
      const loaded = await loadMappingFile({ databaseUrl: db.url, file: DEMO_MAPPING_FILE });
      expect(loaded.problems).toEqual([]);
      const [count] = await query<{ n: string }>(db.url, 'SELECT count(*) AS n FROM migration_value_mapping');
      expect(Number(count!.n)).toBe(demo.entries.length);
      const after = await runPreflight({ databaseUrl: db.url });
      for (const folder of [F16, F11, F07]) {
        const entry = after.plan.find((e) => e.folder === folder)!;
        expect(entry.values?.unmapped, folder).toEqual([]);
        expect(entry.verdict, folder).not.toBe('blocked');
      }
      expect(after.state.stage).toBe(unmappedRun.state.stage); // the mapping loaded ahead is no difference from the legacy schema
    } finally {
      await db.dispose();
    }
  }, 300_000);
});

describe('load-mapping refuses a bad file and writes nothing', () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const broken = (name: string, change: (entries: Entry[]) => Entry[]): string => {
    const file = path.join(scratch, name);
    writeFileSync(file, JSON.stringify({ entries: change(structuredClone(demo.entries)) }, null, 2));
    return file;
  };
  const at = (entries: Entry[], table: string, column: string, from: string) =>
    entries.findIndex((e) => e.table === table && e.column === column && e.from === from);

  const cases: [string, (entries: Entry[]) => Entry[], RegExp][] = [
    [
      'an unknown table',
      (e) => [...e, { table: 'userz', column: 'status', from: 'x', to: 'active' }],
      /entry \d+ \(userz\.status "x"\): no migration converts a column of table "userz"/,
    ],
    [
      'an unknown column',
      (e) => [...e, { table: 'users', column: 'state', from: 'x', to: 'active' }],
      /entry \d+ \(users\.state "x"\): no migration converts column "state" of users/,
    ],
    [
      'a target outside the enum',
      (e) => e.map((x) => (x.table === 'users' && x.from === 'suspended' ? { ...x, to: 'banned' } : x)),
      /\(users\.status "suspended"\): "banned" is not a member; users\.status takes invited, active, disabled/,
    ],
    [
      'quarantine on a required column',
      (e) =>
        e.map((x) =>
          x.table === 'users' && x.from === 'suspended' ? { table: x.table, column: x.column, from: x.from, quarantine: true } : x,
        ),
      /\(users\.status "suspended"\): users\.status is required/,
    ],
    [
      'an entry left unmapped',
      (e) => e.map((x) => (x.table === 'users' && x.from === 'suspended' ? { ...x, to: '' } : x)),
      /\(users\.status "suspended"\): left unmapped/,
    ],
    [
      'a value with no entry',
      (e) => e.filter((x) => !(x.table === 'users' && x.from === 'suspended')),
      /users\.status "suspended" \(1 row\(s\)\) has no entry/,
    ],
    [
      'a setting of the wrong JSON type',
      (e) => e.map((x) => (x.column === 'contextConfig.maxSources' && x.from === '"ten"' ? { ...x, to: '"10"' } : x)),
      /"\\"10\\"" is not JSON of type integer/,
    ],
  ];

  it.each(cases)(
    '%s: names the file and entry, exits 1, leaves the database as it was',
    async (_what, change, expected) => {
      const db = await cloneDatabase(template, 'lm_pf_values_bad');
      try {
        const file = broken(`bad-${_what.replaceAll(' ', '-')}.json`, change);
        const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'load-mapping', file, '--database-url', db.url], {
          encoding: 'utf8',
        });
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr).toContain('nothing was written');
        expect(run.stderr).toContain(path.basename(file));
        expect(run.stderr).toMatch(expected);
        const [table] = await query<{ t: string | null }>(db.url, `SELECT to_regclass('migration_value_mapping')::text AS t`);
        expect(table!.t).toBeNull();
      } finally {
        await db.dispose();
      }
    },
    300_000,
  );

  it('keeps an earlier mapping untouched when a new file is refused', async () => {
    const db = await cloneDatabase(template, 'lm_pf_values_keep');
    try {
      expect((await loadMappingFile({ databaseUrl: db.url, file: DEMO_MAPPING_FILE })).problems).toEqual([]);
      const before = await query(db.url, 'SELECT * FROM migration_value_mapping ORDER BY id');
      const file = broken('bad-after-good.json', (e) => e.filter((_, i) => i !== at(e, 'users', 'status', 'suspended')));
      const refused = await loadMappingFile({ databaseUrl: db.url, file });
      expect(refused.problems.join('\n')).toMatch(/users\.status "suspended" \(1 row\(s\)\) has no entry/);
      expect(await query(db.url, 'SELECT * FROM migration_value_mapping ORDER BY id')).toEqual(before);
    } finally {
      await db.dispose();
    }
  }, 300_000);
});
