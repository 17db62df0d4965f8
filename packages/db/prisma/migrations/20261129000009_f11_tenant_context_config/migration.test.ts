// Folder f11 on one tenant per shape of contextConfig, including the edge cases the seed does not
// plant (JSON null, a number too big for the column, unknown keys next to wrong types). A setting the
// new column cannot hold never takes the default: a lossless reading ("20" -> 20) is used, anything
// else needs the operator's mapping, and without one the folder stops.
import { withPgClient, type ThrowawayDatabase } from '../../../src/index.js';
import {
  applyFolders,
  MigrationFailedError,
  revertFolder,
  writeValueMapping,
  type ValueMappingEntry,
} from '../../../src/migrations/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAccounted, hasColumn, legacyDatabaseFor, query, quarantineOf, type FolderRun } from '../../../src/testing/index.js';

const F11 = '20261129000009_f11_tenant_context_config';

/** contextConfig per tenant, as JSON text (undefined = SQL NULL), and the anomaly kind each one is. */
const CONFIGS: Record<string, { json?: string; kind?: string }> = {
  tv: {
    json: '{"includeCompetitors":true,"includeReviews":false,"maxSources":12,"tone":"friendly","language":"de","refreshIntervalDays":14}',
    kind: 'context_config_valid',
  },
  tp: { json: '{"tone":"formal","maxSources":5}', kind: 'context_config_partial' },
  tpt: { json: '{"tone":null,"maxSources":7}', kind: 'context_config_partial' }, // tone may be null
  tpn: { json: '{"tone":"calm","language":null}', kind: 'context_config_malformed' }, // language may not
  tu: { json: '{"includeCompetitors":false,"foo":1,"legacyMode":{"a":true}}', kind: 'context_config_unknown_keys' },
  tm1: { json: '{"maxSources":"ten","includeReviews":true,"refreshIntervalDays":7.5}', kind: 'context_config_malformed' },
  tm2: { json: '"includeCompetitors=true;maxSources=5"', kind: 'context_config_malformed' },
  tm3: { json: '["includeCompetitors", 5]', kind: 'context_config_malformed' },
  tm4: { json: 'null', kind: 'context_config_malformed' },
  tmix: { json: '{"maxSources":"x","bar":2}', kind: 'context_config_malformed' }, // wrong type wins over unknown key
  tbig: { json: '{"maxSources":3000000000}', kind: 'context_config_malformed' }, // does not fit INTEGER
  tlossless: { json: '{"maxSources":"20","includeReviews":" TRUE ","refreshIntervalDays":"45"}', kind: 'context_config_malformed' },
  tnone: {},
};

/** The operator's decisions for every value above that has no lossless reading. */
const MAPPING: ValueMappingEntry[] = [
  { table: 'tenants', column: 'contextConfig.language', from: 'null', to: '"fr"' },
  { table: 'tenants', column: 'contextConfig.maxSources', from: '"ten"', to: '11' },
  { table: 'tenants', column: 'contextConfig.refreshIntervalDays', from: '7.5', to: '8' },
  { table: 'tenants', column: 'contextConfig.maxSources', from: '"x"', to: '9' },
  { table: 'tenants', column: 'contextConfig.maxSources', from: '3000000000', to: '1000' },
  {
    table: 'tenants',
    column: 'contextConfig',
    from: '"includeCompetitors=true;maxSources=5"',
    to: '{"includeCompetitors": true, "maxSources": 5}',
  },
  { table: 'tenants', column: 'contextConfig', from: '["includeCompetitors", 5]', to: null },
  { table: 'tenants', column: 'contextConfig', from: 'null', to: null },
];

let db: ThrowawayDatabase;
let run: FolderRun;
let defaults: Record<string, unknown>;

beforeAll(async () => {
  db = await legacyDatabaseFor(F11, async (w) => {
    await w.insert(
      'tenants',
      Object.entries(CONFIGS).map(([id, c]) => ({ id, name: id, slug: id, contextConfig: c.json ?? null })),
    );
  });
  await writeValueMapping(db.url, MAPPING);
  run = await applyAccounted(db, F11);
  // The column defaults of the new table: what a key the tenant did not set turns into.
  defaults = await withPgClient(db.url, async (client) => {
    await client.query('BEGIN');
    const row = (
      await client.query(`INSERT INTO tenant_context_configs (id, "tenantId", "updatedAt") VALUES ('probe', 'tnone', now()) RETURNING *`)
    ).rows[0];
    await client.query('ROLLBACK');
    const { id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, ...settings } = row;
    return settings;
  });
}, 120_000);

afterAll(async () => {
  await db?.dispose();
});

const expectedKinds = (kind: string) => Object.values(CONFIGS).filter((c) => c.kind === kind).length;

describe('f11 tenant context config', () => {
  it('puts every configured tenant in exactly one anomaly kind', () => {
    for (const kind of ['context_config_valid', 'context_config_partial', 'context_config_unknown_keys', 'context_config_malformed']) {
      expect({ kind, rows: run.anomaly(kind).rows }).toEqual({ kind, rows: expectedKinds(kind) });
    }
  });

  it('makes a row for every object config (or one the mapping made an object), with the values that fit, their lossless readings, the mapped values and the defaults for unset keys', async () => {
    const rows = await query<Record<string, unknown>>(
      db.url,
      `SELECT "tenantId", "includeCompetitors", "includeReviews", "maxSources", tone, language, "refreshIntervalDays" FROM tenant_context_configs ORDER BY "tenantId"`,
    );
    const byTenant = Object.fromEntries(rows.map(({ tenantId, ...settings }) => [tenantId, settings]));
    expect(Object.keys(byTenant).sort()).toEqual(['tbig', 'tlossless', 'tm1', 'tm2', 'tmix', 'tp', 'tpn', 'tpt', 'tu', 'tv']);
    expect(run.rows('tenant_context_configs', 'inserted')).toBe(10);
    expect(byTenant.tv).toEqual(JSON.parse(CONFIGS.tv!.json!));
    expect(byTenant.tp).toEqual({ ...defaults, tone: 'formal', maxSources: 5 });
    expect(byTenant.tpt).toEqual({ ...defaults, tone: null, maxSources: 7 });
    expect(byTenant.tpn).toEqual({ ...defaults, tone: 'calm', language: 'fr' });
    expect(byTenant.tu).toEqual({ ...defaults, includeCompetitors: false });
    expect(byTenant.tm1).toEqual({ ...defaults, includeReviews: true, maxSources: 11, refreshIntervalDays: 8 });
    expect(byTenant.tm2).toEqual({ ...defaults, includeCompetitors: true, maxSources: 5 });
    expect(byTenant.tmix).toEqual({ ...defaults, maxSources: 9 });
    expect(byTenant.tbig).toEqual({ ...defaults, maxSources: 1000 });
    expect(byTenant.tlossless).toEqual({ ...defaults, maxSources: 20, includeReviews: true, refreshIntervalDays: 45 });
  });

  it('quarantines unknown keys, wrong types and non-objects with their tenant', async () => {
    const quarantined = await quarantineOf(db.url, F11);
    expect([...quarantined.keys()].sort()).toEqual(
      [
        'tenants tbig contextConfig.maxSources',
        'tenants tlossless contextConfig.maxSources',
        'tenants tlossless contextConfig.includeReviews',
        'tenants tlossless contextConfig.refreshIntervalDays',
        'tenants tm1 contextConfig.maxSources',
        'tenants tm1 contextConfig.refreshIntervalDays',
        'tenants tm2 contextConfig',
        'tenants tm3 contextConfig',
        'tenants tm4 contextConfig',
        'tenants tpn contextConfig.language',
        'tenants tmix contextConfig.bar',
        'tenants tmix contextConfig.maxSources',
        'tenants tu contextConfig.foo',
        'tenants tu contextConfig.legacyMode',
      ].sort(),
    );
    for (const [key, entry] of quarantined) expect(entry.tenantId, key).toBe(key.split(' ')[1]);
    expect(quarantined.get('tenants tu contextConfig.legacyMode')!.value).toEqual({ a: true });
    expect(quarantined.get('tenants tm2 contextConfig')!.value).toBe('includeCompetitors=true;maxSources=5');
    expect(await hasColumn(db.url, 'tenants', 'contextConfig')).toBe(false);
  });

  it('quarantine rows go with their tenant', async () => {
    await query(db.url, `DELETE FROM tenants WHERE id = 'tu'`);
    const left = await quarantineOf(db.url, F11);
    expect([...left.keys()].filter((k) => k.includes(' tu '))).toEqual([]);
  });

  it('down.sql rebuilds the JSON: exact where nothing was defaulted, defaults where keys were unset', async () => {
    await revertFolder(db.url, F11);
    const rows = await query<{ id: string; contextConfig: unknown }>(db.url, `SELECT id, "contextConfig" FROM tenants ORDER BY id`);
    const restored = Object.fromEntries(rows.map((r) => [r.id, r.contextConfig]));
    const original = (id: string) => JSON.parse(CONFIGS[id]!.json!);
    expect(restored.tv).toEqual(original('tv'));
    for (const id of ['tm2', 'tm3', 'tm4']) expect(restored[id]).toEqual(original(id));
    expect(restored.tnone).toBeNull();
    expect(restored.tp).toEqual({ ...defaults, ...original('tp') });
    expect(restored.tpt).toEqual({ ...defaults, ...original('tpt') });
    expect(restored.tpn).toEqual({ ...defaults, ...original('tpn') });
    expect(restored.tm1).toEqual({ ...defaults, ...original('tm1') });
    expect(restored.tmix).toEqual({ ...defaults, ...original('tmix') });
    expect(restored.tbig).toEqual({ ...defaults, ...original('tbig') });
    expect(restored.tlossless).toEqual({ ...defaults, ...original('tlossless') }); // the strings, as written
    expect(restored.tu).toBeUndefined(); // deleted above, with its quarantined keys
  });
});

describe('f11 tenant context config: settings the new columns cannot hold', () => {
  it('stops without a mapping, naming each value and its tenant count, and changes nothing', async () => {
    const stopped = await legacyDatabaseFor(F11, async (w) => {
      await w.insert('tenants', [
        { id: 'a', name: 'a', slug: 'a', contextConfig: '{"maxSources":"ten","includeReviews":"true"}' },
        { id: 'b', name: 'b', slug: 'b', contextConfig: '{"maxSources":"ten"}' },
        { id: 'c', name: 'c', slug: 'c', contextConfig: '"maxSources=5"' },
      ]);
    });
    try {
      const failure = await applyFolders(stopped.url, [F11], { via: 'sql' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MigrationFailedError);
      const message = String((failure as Error).message);
      expect(message).toContain('tenants.contextConfig.maxSources: "ten" in 2 row(s) (no mapping)');
      expect(message).toContain('tenants.contextConfig: "maxSources=5" in 1 row(s) (no mapping)');
      expect(message).not.toContain('includeReviews'); // "true" has a lossless reading
      expect(await hasColumn(stopped.url, 'tenants', 'contextConfig')).toBe(true);
    } finally {
      await stopped.dispose();
    }
  }, 120_000);
});
