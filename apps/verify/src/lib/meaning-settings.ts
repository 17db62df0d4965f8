// Meaning, row by row, for a JSON config that became typed settings: for every tenant, each setting of its
// row must be what its legacy JSON said - the value itself when it had the setting's type, its lossless
// reading ("20" for an integer is 20, "TRUE" for a boolean is true), otherwise what the operator's mapping
// names - and a setting the JSON did not hold must be the column's default. A tenant without a config (or
// whose config the mapping quarantined) has no row. What the settings cannot hold must be in the
// quarantine exactly as the folder's README says: unknown keys and wrong-typed values one by one, as
// written, and a config that was no object whole; nothing more.
// Counts cannot show a setting reset to its default; comparing each tenant's old JSON with its row can.
import { QUARANTINE_TABLE } from '@leadmetrics/db/migrations';
import type pg from 'pg';
import type { MeaningCheck } from './meaning.js';
import { foldSpelling, lookUpMapping, type MappingLookup } from './value-meaning.js';

const TENANTS = 'tenants';
const CONFIG_COLUMN = 'contextConfig';
const SETTINGS_TABLE = 'tenant_context_configs';
/** Columns of the settings table that are bookkeeping, not settings. */
const NOT_SETTINGS = new Set(['id', 'tenantId', 'createdAt', 'updatedAt']);
const JSON_TYPE_OF: Record<string, Setting['type']> = { boolean: 'boolean', integer: 'integer', text: 'string' };

interface Setting {
  key: string;
  type: 'boolean' | 'integer' | 'string';
  nullable: boolean;
}

type SettingValue = boolean | number | string | null;

/** One tenant's config before the migrations: its JSON text, and each key's JSON text when it was an object. */
interface CapturedConfig {
  config: string | null;
  keys: Record<string, string> | null;
}

/** What one tenant's migration should have produced. */
interface ExpectedConfig {
  /** The row's settings, or null for no row. */
  row: Map<string, SettingValue> | null;
  /** Quarantine entries as `columnName \0 value JSON text`. */
  quarantined: Set<string>;
  /** Where the reading of a setting came from, for the problem line. */
  origin: Map<string, string>;
  /** Values nothing said what they mean (the folder should have stopped). */
  unmapped: string[];
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** Whether a parsed JSON value already has the setting's type (a JSON null only where the column is nullable). */
function ofType(value: unknown, setting: Setting): boolean {
  if (value === null) return setting.nullable;
  if (setting.type === 'integer') return typeof value === 'number' && Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX;
  return typeof value === setting.type;
}

/** The lossless reading of a string of the wrong type: digits for an integer, true/false for a boolean. */
function losslessReading(value: unknown, setting: Setting): SettingValue | undefined {
  if (typeof value !== 'string') return undefined;
  if (setting.type === 'integer' && /^\s*[+-]?\d{1,10}\s*$/.test(value)) {
    const n = Number(value.trim());
    return n >= INT_MIN && n <= INT_MAX ? n : undefined;
  }
  if (setting.type === 'boolean' && ['true', 'false'].includes(foldSpelling(value))) return foldSpelling(value) === 'true';
  return undefined;
}

/** What one key's JSON text means for its setting; undefined when nothing says (no lossless reading, no mapping). */
function readSetting(text: string, setting: Setting, mapped: MappingLookup): { value: SettingValue; how: string } | undefined {
  const value = JSON.parse(text) as unknown;
  if (ofType(value, setting)) return { value: value as SettingValue, how: 'which it holds as is' };
  const lossless = losslessReading(value, setting);
  if (lossless !== undefined) return { value: lossless, how: `read losslessly as ${JSON.stringify(lossless)}` };
  const to = mapped(TENANTS, `${CONFIG_COLUMN}.${setting.key}`, text);
  if (to === undefined) return undefined;
  if (to === null) return setting.nullable ? { value: null, how: 'left unset as the mapping says' } : undefined;
  return { value: JSON.parse(to) as SettingValue, how: `mapped to ${to}` };
}

/** The row and quarantine entries one tenant's config means, read as the folder's README says. */
function expectedConfig(
  keys: Record<string, string>,
  settings: readonly Setting[],
  mapped: MappingLookup,
  quarantineKeys: boolean,
): ExpectedConfig {
  const expected: ExpectedConfig = { row: new Map(), quarantined: new Set(), origin: new Map(), unmapped: [] };
  for (const [key, text] of Object.entries(keys)) {
    const setting = settings.find((s) => s.key === key);
    if (!setting) {
      if (quarantineKeys) expected.quarantined.add(`${CONFIG_COLUMN}.${key}\u0000${text}`);
      continue;
    }
    if (quarantineKeys && !ofType(JSON.parse(text), setting)) expected.quarantined.add(`${CONFIG_COLUMN}.${key}\u0000${text}`);
    const read = readSetting(text, setting, mapped);
    if (!read) {
      expected.unmapped.push(`${key} ${text}`);
      continue;
    }
    expected.row!.set(key, read.value);
    expected.origin.set(key, `was ${text} in ${CONFIG_COLUMN}, ${read.how}`);
  }
  return expected;
}

/** Each key's JSON text of a JSON object, as PostgreSQL prints it (the form the mapping's `from` takes). */
async function keyTexts(client: pg.Client, json: string): Promise<Record<string, string>> {
  const { rows } = await client.query<{ key: string; text: string }>(`SELECT e.key, e.value::text AS text FROM jsonb_each($1::jsonb) e`, [
    json,
  ]);
  return Object.fromEntries(rows.map((r) => [r.key, r.text]));
}

/** What a tenant's captured config means: a config that is no object is read through the mapping first. */
async function expectationOf(
  client: pg.Client,
  captured: CapturedConfig,
  settings: readonly Setting[],
  mapped: MappingLookup,
): Promise<ExpectedConfig> {
  const none: ExpectedConfig = { row: null, quarantined: new Set(), origin: new Map(), unmapped: [] };
  if (captured.config === null) return none;
  if (captured.keys) return expectedConfig(captured.keys, settings, mapped, true);
  const whole = `${CONFIG_COLUMN}\u0000${captured.config}`;
  const to = mapped(TENANTS, CONFIG_COLUMN, captured.config);
  if (to === undefined) return { ...none, unmapped: [`${CONFIG_COLUMN} ${captured.config}`] };
  if (to === null) return { ...none, quarantined: new Set([whole]) };
  const expected = expectedConfig(await keyTexts(client, to), settings, mapped, false);
  expected.quarantined.add(whole);
  return expected;
}

/** The settings the typed table holds (its columns less the bookkeeping) and the value each takes when unset. */
async function readSettings(client: pg.Client): Promise<{ settings: Setting[]; defaults: Record<string, SettingValue> } | null> {
  const { rows } = await client.query<{ name: string; type: string; nullable: string }>(
    `SELECT column_name AS name, data_type AS type, is_nullable AS nullable FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [SETTINGS_TABLE],
  );
  if (rows.length === 0) return null;
  const settings = rows
    .filter((r) => !NOT_SETTINGS.has(r.name))
    .map((r) => {
      const type = JSON_TYPE_OF[r.type];
      if (!type)
        throw new Error(`${SETTINGS_TABLE}.${r.name} has type ${r.type}, which no JSON value of a config maps to; extend JSON_TYPE_OF`);
      return { key: r.name, type, nullable: r.nullable === 'YES' };
    });
  // The defaults as the table applies them: a row inserted with only its keys, in a scratch copy, thrown away.
  await client.query('BEGIN');
  try {
    await client.query(`CREATE TEMP TABLE verify_setting_defaults (LIKE "${SETTINGS_TABLE}" INCLUDING DEFAULTS) ON COMMIT DROP`);
    const row = await client.query<Record<string, SettingValue>>(
      `INSERT INTO verify_setting_defaults ("id", "tenantId", "updatedAt") VALUES ('defaults', 'defaults', now()) RETURNING *`,
    );
    return { settings, defaults: row.rows[0]! };
  } finally {
    await client.query('ROLLBACK');
  }
}

/** The problem lines of one tenant: its row against what its config meant. */
function compareRow(
  tenant: string,
  expected: ExpectedConfig,
  row: Record<string, SettingValue> | undefined,
  settings: readonly Setting[],
  defaults: Record<string, SettingValue>,
): string[] {
  if (expected.unmapped.length > 0)
    return [
      `tenant ${tenant}: nothing says what ${expected.unmapped.join(', ')} means (no lossless reading, no mapping), yet the folder went on`,
    ];
  if (expected.row === null)
    return row ? [`tenant ${tenant}: has a ${SETTINGS_TABLE} row, though its ${CONFIG_COLUMN} gave it none (the defaults applied)`] : [];
  if (!row) return [`tenant ${tenant}: its ${CONFIG_COLUMN} became no ${SETTINGS_TABLE} row`];
  const problems: string[] = [];
  for (const s of settings) {
    const want = expected.row.has(s.key) ? expected.row.get(s.key)! : defaults[s.key]!;
    if (row[s.key] !== want) {
      const origin = expected.origin.get(s.key) ?? `was not set in ${CONFIG_COLUMN}, so it means the default`;
      problems.push(`tenant ${tenant}: ${s.key} ${origin} (${JSON.stringify(want)}), and the row holds ${JSON.stringify(row[s.key])}`);
    }
  }
  return problems;
}

/** The problem lines of one tenant's quarantine entries against the ones its config calls for. */
function compareQuarantine(tenant: string, expected: Set<string>, actual: readonly string[]): string[] {
  const problems: string[] = [];
  const left = [...actual];
  for (const entry of expected) {
    const at = left.indexOf(entry);
    if (at >= 0) left.splice(at, 1);
    else problems.push(`tenant ${tenant}: ${entry.replace('\u0000', ' ')} is not in ${QUARANTINE_TABLE} as written`);
  }
  for (const entry of left)
    problems.push(`tenant ${tenant}: ${QUARANTINE_TABLE} holds ${entry.replace('\u0000', ' ')}, which its config does not account for`);
  return problems;
}

export const contextSettings: MeaningCheck = {
  name: 'every tenant setting holds what its JSON config said',
  finding: 11,
  async before(client) {
    const { rows } = await client.query<{ id: string } & CapturedConfig>(
      `SELECT t."id", t."${CONFIG_COLUMN}"::text AS config,
              CASE WHEN jsonb_typeof(t."${CONFIG_COLUMN}") = 'object'
                   THEN coalesce((SELECT jsonb_object_agg(e.key, e.value::text) FROM jsonb_each(t."${CONFIG_COLUMN}") e), '{}'::jsonb) END AS keys
         FROM "${TENANTS}" t`,
    );
    return { configs: new Map(rows.map((r) => [r.id, { config: r.config, keys: r.keys }])) };
  },
  async after(client, before, { migration, mapping }) {
    const configs = before.configs as Map<string, CapturedConfig>;
    const table = await readSettings(client);
    if (!table) return { rows: 0, problems: [`there is no table ${SETTINGS_TABLE} after the migrations`] };
    const { settings, defaults } = table;
    const tenants = new Set((await client.query<{ id: string }>(`SELECT "id" FROM "${TENANTS}"`)).rows.map((r) => r.id));
    const rows = new Map(
      (await client.query<Record<string, SettingValue>>(`SELECT * FROM "${SETTINGS_TABLE}"`)).rows.map((r) => [String(r.tenantId), r]),
    );
    const quarantine = new Map<string, string[]>();
    const kept = await client.query<{ tenant: string; column: string; value: string }>(
      `SELECT "rowId" AS tenant, "columnName" AS column, "value"::text AS value FROM ${QUARANTINE_TABLE} WHERE "migration" = $1 AND "tableName" = $2`,
      [migration, TENANTS],
    );
    for (const q of kept.rows) quarantine.set(q.tenant, [...(quarantine.get(q.tenant) ?? []), `${q.column}\u0000${q.value}`]);
    const mapped = lookUpMapping(mapping);
    const problems: string[] = [];
    let judged = 0;
    for (const [tenant, captured] of configs) {
      // A tenant a later step erased is accounted for by the ledger and the census, not here.
      if (!tenants.has(tenant)) continue;
      judged++;
      const expected = await expectationOf(client, captured, settings, mapped);
      problems.push(...compareRow(tenant, expected, rows.get(tenant), settings, defaults));
      problems.push(...compareQuarantine(tenant, expected.quarantined, quarantine.get(tenant) ?? []));
      rows.delete(tenant);
      quarantine.delete(tenant);
    }
    for (const tenant of rows.keys())
      problems.push(`tenant ${tenant}: has a ${SETTINGS_TABLE} row, though it had no config before the migrations`);
    for (const [tenant, entries] of quarantine) problems.push(...compareQuarantine(tenant, new Set(), entries));
    return { rows: judged, problems };
  },
};
