// Folder f11 on one tenant per shape of contextConfig, including the edge cases the seed does not
// plant (JSON null, a number too big for the column, unknown keys next to wrong types). A setting the
// new column cannot hold never takes the default: a lossless reading ("20" -> 20) is used, anything
// else needs the operator's mapping, and without one the contract step stops. The finding is phased:
// the expand folder, the backfill, the release and the contract folder run in turn, and between expand
// and contract the trigger reads what the legacy application writes into the tenant's row.
import { withPgClient, type ThrowawayDatabase } from '../../../src/index.js';
import {
  applyFolders,
  MigrationFailedError,
  revertFolder,
  writeValueMapping,
  type ValueMappingEntry,
} from '../../../src/migrations/index.js';
import { applyContractPhase, releaseContracts, runBackfill } from '../../../src/online/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyAccounted,
  applyWhole,
  hasColumn,
  legacyDatabaseFor,
  query,
  quarantineOf,
  type FolderRun,
} from '../../../src/testing/index.js';

const F11 = '20261129000009_f11_tenant_context_config';
const F11_CONTRACT = '20261130000009_f11_drop_tenant_context_config_json';

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

  it("the contract's down.sql rebuilds the JSON: exact where nothing was defaulted, defaults where keys were unset; the expand's removes what was made of it", async () => {
    await revertFolder(db.url, F11_CONTRACT);
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
    // Back where the backfill left it: the triggers follow legacy writes again.
    await query(db.url, `UPDATE tenants SET "contextConfig" = '{"maxSources":"33"}' WHERE id = 'tp'`);
    expect(await query(db.url, `SELECT "maxSources", tone FROM tenant_context_configs WHERE "tenantId" = 'tp'`)).toEqual([
      { maxSources: 33, tone: null },
    ]);
    await revertFolder(db.url, F11);
    expect(await query(db.url, `SELECT to_regclass('public.tenant_context_configs') IS NULL AS gone`)).toEqual([{ gone: true }]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM migration_quarantine WHERE migration = $1`, [F11])).toEqual([{ n: 0 }]);
    expect(
      (await query<{ contextConfig: unknown }>(db.url, `SELECT "contextConfig" FROM tenants WHERE id = 'tm2'`))[0]!.contextConfig,
    ).toEqual(JSON.parse(CONFIGS.tm2!.json!));
  });
});

describe('f11 tenant context config: settings the new columns cannot hold', () => {
  it('stops at the contract without a mapping, naming each value and its tenant count, and drops nothing', async () => {
    const stopped = await legacyDatabaseFor(F11, async (w) => {
      await w.insert('tenants', [
        { id: 'a', name: 'a', slug: 'a', contextConfig: '{"maxSources":"ten","includeReviews":"true"}' },
        { id: 'b', name: 'b', slug: 'b', contextConfig: '{"maxSources":"ten"}' },
        { id: 'c', name: 'c', slug: 'c', contextConfig: '"maxSources=5"' },
      ]);
    });
    try {
      const failure = await applyWhole(stopped.url, F11).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MigrationFailedError);
      expect((failure as MigrationFailedError).folder).toBe(F11_CONTRACT);
      const message = String((failure as Error).message);
      expect(message).toContain('tenants.contextConfig.maxSources: "ten" in 2 row(s) (no mapping)');
      expect(message).toContain('tenants.contextConfig: "maxSources=5" in 1 row(s) (no mapping)');
      expect(message).not.toContain('includeReviews'); // "true" has a lossless reading
      expect(await hasColumn(stopped.url, 'tenants', 'contextConfig')).toBe(true);
      expect(await query(stopped.url, `SELECT count(*)::int AS n FROM migration_quarantine WHERE migration = $1`, [F11])).toEqual([
        { n: 0 },
      ]);
      expect(await query(stopped.url, `SELECT count(*)::int AS n FROM migration_ledger WHERE migration = $1`, [F11])).toEqual([{ n: 0 }]);
      // What could be read without a decision is in the rows already; "ten" is not read, "true" is.
      expect(
        await query(stopped.url, `SELECT "tenantId", "maxSources", "includeReviews" FROM tenant_context_configs ORDER BY "tenantId"`),
      ).toEqual([
        { tenantId: 'a', maxSources: 10, includeReviews: true },
        { tenantId: 'b', maxSources: 10, includeReviews: true },
      ]);
    } finally {
      await stopped.dispose();
    }
  }, 120_000);
});

/** Between expand and contract: a tenant's row, its settings only, or undefined when it has none. */
const settingsOf = async (url: string, tenant: string) =>
  (
    await query(
      url,
      `SELECT "includeCompetitors", "includeReviews", "maxSources", tone, language, "refreshIntervalDays" FROM tenant_context_configs WHERE "tenantId" = $1`,
      [tenant],
    )
  )[0];

describe('f11 between expand and contract', () => {
  let live: ThrowawayDatabase;
  const DEFAULTS = { includeCompetitors: true, includeReviews: true, maxSources: 10, tone: null, language: 'en', refreshIntervalDays: 30 };

  beforeAll(async () => {
    live = await legacyDatabaseFor(F11, async (w) => {
      await w.insert('tenants', [
        { id: 'old1', name: 'o1', slug: 'old1', contextConfig: '{"maxSources":"15","tone":"dry"}' },
        { id: 'old2', name: 'o2', slug: 'old2', contextConfig: '["x"]' },
        { id: 'old3', name: 'o3', slug: 'old3', contextConfig: null },
      ]);
    });
    await applyFolders(live.url, [F11], { via: 'sql' });
  }, 120_000);

  afterAll(async () => {
    await live?.dispose();
  });

  it('a tenant the legacy application creates with settings gets its row in the same statement, with the lossless readings', async () => {
    await query(
      live.url,
      `INSERT INTO tenants (id, name, slug, "contextConfig", "updatedAt") VALUES ('new1', 'n', 'new1', $1::jsonb, now())`,
      ['{"includeReviews":"FALSE","maxSources":"ten","language":"it","foo":1}'],
    );
    // "ten" is nobody's decision yet: the required column holds its default until the contract settles it
    expect(await settingsOf(live.url, 'new1')).toEqual({ ...DEFAULTS, includeReviews: false, language: 'it' });
  });

  it('a changed config is read again (keys it no longer holds take their default); a cleared or non-object config has no row', async () => {
    await query(live.url, `UPDATE tenants SET "contextConfig" = '{"maxSources":4}' WHERE id = 'new1'`);
    expect(await settingsOf(live.url, 'new1')).toEqual({ ...DEFAULTS, maxSources: 4 });
    await query(live.url, `UPDATE tenants SET "contextConfig" = NULL WHERE id = 'new1'`);
    expect(await settingsOf(live.url, 'new1')).toBeUndefined();
    await query(
      live.url,
      `INSERT INTO tenants (id, name, slug, "contextConfig", "updatedAt") VALUES ('new2', 'n', 'new2', '"a string"', now())`,
    );
    expect(await settingsOf(live.url, 'new2')).toBeUndefined();
    await query(live.url, `UPDATE tenants SET "contextConfig" = '{"maxSources":"ten","tone":"warm"}' WHERE id = 'new1'`);
    expect(await settingsOf(live.url, 'new1')).toEqual({ ...DEFAULTS, tone: 'warm' });
    await query(
      live.url,
      `INSERT INTO tenants (id, name, slug, "contextConfig", "updatedAt") VALUES ('new3', 'n', 'new3', '{"maxSources":"ten"}', now())`,
    );
    expect(await query(live.url, `SELECT "tenantId", key FROM online_migration.f11_pending ORDER BY 1, 2`)).toEqual([
      { tenantId: 'new1', key: 'maxSources' },
      { tenantId: 'new2', key: '' },
      { tenantId: 'new3', key: 'maxSources' },
    ]);
  });

  it('a value the mapping already covers is read by the trigger', async () => {
    await writeValueMapping(live.url, [{ table: 'tenants', column: 'contextConfig.refreshIntervalDays', from: '"weekly"', to: '7' }]);
    await query(
      live.url,
      `INSERT INTO tenants (id, name, slug, "contextConfig", "updatedAt") VALUES ('new4', 'n', 'new4', '{"refreshIntervalDays":"weekly"}', now())`,
    );
    expect(await settingsOf(live.url, 'new4')).toEqual({ ...DEFAULTS, refreshIntervalDays: 7 });
  });

  it('the backfill reads the tenants written before the expand step; reading them again changes nothing', async () => {
    const [result] = await runBackfill(live.url, { pauseMs: 0 });
    expect(result!.counts).toMatchObject({ rows: 1, lossless: 1 });
    expect(await settingsOf(live.url, 'old1')).toEqual({ ...DEFAULTS, maxSources: 15, tone: 'dry' });
    expect(await settingsOf(live.url, 'old2')).toBeUndefined();
    expect(await settingsOf(live.url, 'old3')).toBeUndefined();
    const before = await query(live.url, `SELECT * FROM tenant_context_configs ORDER BY id`);
    expect(await query(live.url, `SELECT "rows" FROM online_migration.f11_backfill_range(NULL, 'zzzz')`)).toEqual([{ rows: 0 }]);
    const after = await query(live.url, `SELECT * FROM tenant_context_configs ORDER BY id`);
    expect(after.map(({ updatedAt: _u, ...r }) => r)).toEqual(before.map(({ updatedAt: _u, ...r }) => r));
  });

  it('the contract stops on what nobody decided, and on an object config without its row; settled, it writes the mapped values', async () => {
    await releaseContracts(live.url);
    await expect(applyContractPhase(live.url, { folders: [F11_CONTRACT], via: 'sql' })).rejects.toThrow(
      /tenants\.contextConfig\.maxSources: "ten" in 2 row\(s\) \(no mapping\)/,
    );
    await writeValueMapping(live.url, [
      { table: 'tenants', column: 'contextConfig.refreshIntervalDays', from: '"weekly"', to: '7' },
      { table: 'tenants', column: 'contextConfig.maxSources', from: '"ten"', to: '12' },
      { table: 'tenants', column: 'contextConfig', from: '["x"]', to: '{"maxSources": 3}' },
      { table: 'tenants', column: 'contextConfig', from: '"a string"', to: null },
    ]);
    await query(live.url, `DELETE FROM tenant_context_configs WHERE "tenantId" = 'old1'`);
    await expect(applyContractPhase(live.url, { folders: [F11_CONTRACT], via: 'sql' })).rejects.toThrow(
      /1 tenant\(s\) have a settings object .* \(first: 'old1'\)/,
    );
    expect(await hasColumn(live.url, 'tenants', 'contextConfig')).toBe(true);
    await query(live.url, `SELECT * FROM online_migration.f11_sync(ARRAY['old1'])`);
    // The corrected application changed settings since the pause: one the trigger had read, and one
    // that was waiting for the mapping; the contract leaves both.
    await query(live.url, `UPDATE tenant_context_configs SET tone = 'changed later' WHERE "tenantId" = 'new1'`);
    await query(live.url, `UPDATE tenant_context_configs SET "maxSources" = 40 WHERE "tenantId" = 'new3'`);
    await applyContractPhase(live.url, { folders: [F11_CONTRACT], via: 'sql' });
    expect(await hasColumn(live.url, 'tenants', 'contextConfig')).toBe(false);
    expect(await settingsOf(live.url, 'new1')).toEqual({ ...DEFAULTS, maxSources: 12, tone: 'changed later' });
    expect(await settingsOf(live.url, 'new3')).toEqual({ ...DEFAULTS, maxSources: 40 });
    expect(await settingsOf(live.url, 'old2')).toEqual({ ...DEFAULTS, maxSources: 3 });
    expect(await settingsOf(live.url, 'new2')).toBeUndefined();
    expect([...(await quarantineOf(live.url, F11)).keys()].sort()).toEqual(
      [
        'tenants new1 contextConfig.maxSources',
        'tenants new2 contextConfig',
        'tenants new3 contextConfig.maxSources',
        'tenants new4 contextConfig.refreshIntervalDays',
        'tenants old1 contextConfig.maxSources',
        'tenants old2 contextConfig',
      ].sort(),
    );
  });
});
