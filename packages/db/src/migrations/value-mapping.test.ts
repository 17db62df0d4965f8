import { describe, expect, it } from 'vitest';
import { takeCatalogSnapshot } from '../catalog-snapshot.js';
import { diffSnapshots } from '../catalog-diff.js';
import { withPgClient } from '../provision.js';
import { createTestDatabase } from '../test-database.js';
import { applyFolders } from './apply.js';
import { BASELINE_FOLDER } from './folders.js';
import {
  checkMappingEntries,
  LEDGER_FOLDER,
  mappingTemplate,
  parseMappingFile,
  readValueMapping,
  unmappedValues,
  valueMappingTableStatements,
  writeValueMapping,
  type MappableColumn,
} from './value-mapping.js';

const STATUS: MappableColumn = {
  folder: 'f',
  table: 'users',
  column: 'status',
  members: ['invited', 'active', 'disabled'],
  nullable: false,
  compare: 'folded',
};
const LOG_FROM: MappableColumn = {
  folder: 'f',
  table: 'logs',
  column: 'fromStatus',
  members: ['a', 'b'],
  nullable: true,
  compare: 'folded',
};
const SETTING: MappableColumn = {
  folder: 'f',
  table: 'tenants',
  column: 'contextConfig.maxSources',
  jsonType: 'integer',
  nullable: false,
  compare: 'json',
};

const UNREADABLE: MappableColumn = {
  folder: 'f',
  table: 'logs',
  column: 'entries[]',
  nullable: true,
  compare: 'reason',
  quarantineOnly: true,
};

describe('parseMappingFile', () => {
  it('reads entries; "quarantine": true means NULL', () => {
    const text = JSON.stringify({
      entries: [
        { table: 'users', column: 'status', from: 'suspended', to: 'disabled', note: 'cannot sign in', rows: 3 },
        { table: 'logs', column: 'fromStatus', from: 'x', quarantine: true },
      ],
    });
    expect(parseMappingFile(text, 'm.json')).toEqual({
      entries: [
        { table: 'users', column: 'status', from: 'suspended', to: 'disabled', note: 'cannot sign in' },
        { table: 'logs', column: 'fromStatus', from: 'x', to: null },
      ],
      problems: [],
    });
  });

  it('names the file and the entry of each problem', () => {
    const text = JSON.stringify({
      entries: [
        { table: 'users', column: 'status', from: 'a', to: '' },
        { table: 'users', column: 'status', from: 'b', to: 'active', quarantine: true },
        { table: 'users', from: 'c', to: 'active' },
        { table: 'users', column: 'status', from: 'd', to: 4 },
        { table: 'users', column: 'status', from: 'e', to: 'active' },
        { table: 'users', column: 'status', from: 'e', to: 'disabled' },
      ],
    });
    expect(parseMappingFile(text, 'm.json').problems).toEqual([
      'm.json: entry 1 (users.status "a"): left unmapped; fill in "to" with what the value means, or set "quarantine": true (optional columns only)',
      'm.json: entry 2 (users.status "b"): says both "to" and "quarantine"; keep one',
      'm.json: entry 3: needs "table", "column" and "from" as strings',
      'm.json: entry 4 (users.status "d"): "to" must be a string (JSON text for a setting, e.g. "10" or "true")',
      'm.json: users.status "e" is mapped twice; keep one entry',
    ]);
  });

  it('says when the file is no JSON or has no entries', () => {
    expect(parseMappingFile('{', 'm.json').problems[0]).toMatch(/^m\.json: not valid JSON/);
    expect(parseMappingFile('[]', 'm.json').problems).toEqual(['m.json: expected an object with an "entries" array (see RUNBOOK.md)']);
  });
});

describe('checkMappingEntries', () => {
  it('accepts members, JSON of the right type, and NULL on an optional column', () => {
    const entries = [
      { table: 'users', column: 'status', from: 'suspended', to: 'disabled' },
      { table: 'logs', column: 'fromStatus', from: 'x', to: null },
      { table: 'tenants', column: 'contextConfig.maxSources', from: '"ten"', to: '10' },
    ];
    expect(checkMappingEntries(entries, [STATUS, LOG_FROM, SETTING], 'm.json')).toEqual([]);
  });

  it('refuses unknown columns, targets the column cannot hold, NULL on a required column, and unfolded spellings', () => {
    const entries = [
      { table: 'userz', column: 'status', from: 'x', to: 'active' },
      { table: 'users', column: 'state', from: 'x', to: 'active' },
      { table: 'users', column: 'status', from: 'x', to: 'banned' },
      { table: 'users', column: 'status', from: 'y', to: null },
      { table: 'tenants', column: 'contextConfig.maxSources', from: '"ten"', to: '"10"' },
      { table: 'users', column: 'status', from: ' Suspended', to: 'disabled' },
    ];
    expect(checkMappingEntries(entries, [STATUS, LOG_FROM, SETTING], 'm.json')).toEqual([
      'm.json: entry 1 (userz.status "x"): no migration converts a column of table "userz"',
      'm.json: entry 2 (users.state "x"): no migration converts column "state" of users (it converts status)',
      'm.json: entry 3 (users.status "x"): "banned" is not a member; users.status takes invited, active, disabled',
      'm.json: entry 4 (users.status "y"): users.status is required, so the value cannot be quarantined and set NULL; map it to what it means',
      'm.json: entry 5 (tenants.contextConfig.maxSources "\\"ten\\""): "\\"10\\"" is not JSON of type integer, which tenants.contextConfig.maxSources takes',
      'm.json: entry 6 (users.status " Suspended"): write "from" folded ("suspended"); case and surrounding spaces are normalised before the lookup',
    ]);
  });

  it('lets a value unreadable for a reason only be quarantined', () => {
    const entries = [
      { table: 'logs', column: 'entries[]', from: 'entry is a JSON number, not an object', to: null },
      { table: 'logs', column: 'entries[]', from: '"at" missing or not a readable time', to: '{"at": "2024-01-01"}' },
    ];
    expect(checkMappingEntries(entries, [UNREADABLE], 'm.json')).toEqual([
      'm.json: entry 2 (logs.entries[] "\\"at\\" missing or not a readable time"): logs.entries[] only takes "quarantine": true (the value leaves the live data and is kept in the quarantine); to keep one, correct it in the database before migrating',
    ]);
  });
});

describe('the template', () => {
  it('lists every unmapped value with its count and what the column takes, "to" left empty, after the entries already loaded', () => {
    const found = [
      { table: 'users', column: 'status', value: 'suspended', rows: 3 },
      { table: 'users', column: 'status', value: 'deactivated', rows: 1 },
    ];
    const kept = [{ table: 'users', column: 'status', from: 'deactivated', to: 'disabled' }];
    const open = unmappedValues(found, kept);
    expect(open).toEqual([found[0]]);
    const doc = JSON.parse(mappingTemplate(open, [STATUS], kept));
    expect(doc.entries).toEqual([
      { table: 'users', column: 'status', from: 'deactivated', to: 'disabled' },
      { table: 'users', column: 'status', from: 'suspended', to: '', rows: 3, takes: 'invited | active | disabled', note: '' },
    ]);
    // the template as written is refused until filled in
    expect(parseMappingFile(mappingTemplate(open, [STATUS], kept), 't.json').problems[0]).toMatch(
      /entry 2 \(users\.status "suspended"\): left unmapped/,
    );
  });
});

describe('migration_value_mapping on PostgreSQL', () => {
  it('the loader creates the very table the ledger folder creates, and the folder then leaves it as loaded', async () => {
    expect(valueMappingTableStatements()).toHaveLength(2);
    const loadedFirst = await createTestDatabase('lm_vm_first');
    const folderOnly = await createTestDatabase('lm_vm_folder');
    try {
      await applyFolders(loadedFirst.url, [BASELINE_FOLDER], { via: 'sql' });
      await applyFolders(folderOnly.url, [BASELINE_FOLDER, LEDGER_FOLDER], { via: 'sql' });
      await writeValueMapping(loadedFirst.url, [{ table: 'users', column: 'status', from: 'suspended', to: 'disabled', note: 'n' }]);
      await applyFolders(loadedFirst.url, [LEDGER_FOLDER], { via: 'sql' });
      expect(diffSnapshots(await takeCatalogSnapshot(folderOnly.url), await takeCatalogSnapshot(loadedFirst.url))).toEqual([]);
      expect(await withPgClient(loadedFirst.url, (c) => readValueMapping(c))).toEqual([
        { table: 'users', column: 'status', from: 'suspended', to: 'disabled', note: 'n' },
      ]);
    } finally {
      await loadedFirst.dispose();
      await folderOnly.dispose();
    }
  }, 120_000);

  it('migration_mapped_value gives the mapped value, NULL for "quarantine", and raises for a value nobody mapped', async () => {
    const db = await createTestDatabase('lm_vm_fn');
    try {
      await applyFolders(db.url, [BASELINE_FOLDER, LEDGER_FOLDER], { via: 'sql' });
      await writeValueMapping(db.url, [
        { table: 'users', column: 'status', from: 'suspended', to: 'disabled' },
        { table: 'logs', column: 'fromStatus', from: 'x', to: null },
      ]);
      const value = (table: string, column: string, from: string) =>
        withPgClient(
          db.url,
          async (c) => (await c.query(`SELECT "migration_mapped_value"($1, $2, $3) AS v`, [table, column, from])).rows[0].v,
        );
      expect(await value('users', 'status', 'suspended')).toBe('disabled');
      expect(await value('logs', 'fromStatus', 'x')).toBeNull();
      await expect(value('users', 'status', 'banned')).rejects.toThrow(
        /users\.status: the value 'banned' has no entry in migration_value_mapping/,
      );
    } finally {
      await db.dispose();
    }
  }, 120_000);

  it('a folder calling migration_stop_on_unmapped stops with every value named, and its earlier statements are undone', async () => {
    const db = await createTestDatabase('lm_vm_stop');
    try {
      await applyFolders(db.url, [BASELINE_FOLDER, LEDGER_FOLDER], { via: 'sql' });
      await withPgClient(db.url, (c) =>
        c.query(
          `INSERT INTO users (id, email, status, "updatedAt") VALUES ('u1', 'a@b', 'suspended', now()), ('u2', 'c@d', 'suspended', now())`,
        ),
      );
      const failure = await withPgClient(db.url, async (c) => {
        await c.query('BEGIN');
        try {
          await c.query(`UPDATE users SET "firstName" = 'changed'`);
          await c.query(
            `SELECT "migration_stop_on_unmapped"('test', "migration_unmapped_values"('users', 'status', ARRAY['invited', 'active', 'disabled'], false))`,
          );
          return null;
        } catch (error) {
          return error as Error;
        } finally {
          await c.query('ROLLBACK');
        }
      });
      expect(failure?.message).toContain('users.status: suspended in 2 row(s) (no mapping)');
      expect(failure?.message).toContain('Nothing was changed');
      const names = await withPgClient(db.url, async (c) =>
        (await c.query(`SELECT "firstName" FROM users ORDER BY id`)).rows.map((r) => r.firstName),
      );
      expect(names).toEqual([null, null]);
    } finally {
      await db.dispose();
    }
  }, 120_000);
});
