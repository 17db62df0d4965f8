// Probes for 20261129000009_f11_tenant_context_config: each tenant's contextConfig JSON falls in exactly
// one kind - malformed (not an object, or a known key of the wrong type), unknown_keys (keys that are no
// setting), partial (some settings missing), valid (every setting, each of the right type).
//
// The settings and their types are not listed here: they are the columns of tenant_context_configs as the
// migration creates it (read from the reference catalog), a JSON null being acceptable only where the
// column is nullable - the same reading the migration gives them.
import type { FolderProbes, ProbeContext } from '../../../src/migrations/probes.js';
import { literal } from '../../../src/migrations/probes.js';

const CONFIG_TABLE = 'tenant_context_configs';
/** Columns of the new table that are bookkeeping, not settings. */
const NOT_SETTINGS = new Set(['id', 'tenantId', 'createdAt', 'updatedAt']);
const JSON_TYPE_OF_COLUMN: Record<string, string> = { boolean: 'boolean', integer: 'integer', text: 'string' };

export function contextSettings(ctx: ProbeContext): { key: string; jsonType: string; nullable: boolean }[] {
  const table = ctx.reference.expected(ctx.reference.folders).snapshot.tables[`public.${CONFIG_TABLE}`];
  if (!table) throw new Error(`the reference catalog has no table "${CONFIG_TABLE}", which ${probes.folder} creates`);
  return Object.entries(table.columns)
    .filter(([name]) => !NOT_SETTINGS.has(name))
    .map(([key, column]) => {
      const jsonType = JSON_TYPE_OF_COLUMN[column.type];
      if (!jsonType) throw new Error(`${CONFIG_TABLE}.${key} has type ${column.type}, which preflight cannot map to a JSON type`);
      return { key, jsonType, nullable: column.nullable };
    });
}

const FOLDER = '20261129000009_f11_tenant_context_config';

export const probes: FolderProbes = {
  folder: FOLDER,
  // Settings of the wrong JSON type without a lossless reading (a string of digits for an integer,
  // "true"/"false" for a boolean), and whole configs that are no object: the folder needs a mapping for
  // each (from = the value's JSON text), as it finds them before it writes anything.
  values: {
    columns: (ctx) => [
      ...contextSettings(ctx).map(({ key, jsonType, nullable }) => ({
        folder: FOLDER,
        table: 'tenants',
        column: `contextConfig.${key}`,
        jsonType: jsonType as 'boolean' | 'integer' | 'string',
        nullable,
        compare: 'json' as const,
      })),
      { folder: FOLDER, table: 'tenants', column: 'contextConfig', jsonType: 'object' as const, nullable: true, compare: 'json' as const },
    ],
    sql: (ctx) => {
      const known = contextSettings(ctx)
        .map((s) => `(${literal(s.key)}, ${literal(s.jsonType)}, ${s.nullable})`)
        .join(', ');
      return `
      WITH known(key, json_type, nullable) AS (VALUES ${known}),
      entry AS (
        SELECT e.key, e.value, k.json_type, k.nullable
          FROM ${ctx.table('tenants')} t
          CROSS JOIN LATERAL jsonb_each(t."contextConfig") AS e(key, value)
          JOIN known k ON k.key = e.key
         WHERE jsonb_typeof(t."contextConfig") = 'object'
      ), wrong AS (
        SELECT * FROM entry
         WHERE CASE
                 WHEN jsonb_typeof(value) = 'null' THEN NOT nullable
                 WHEN json_type = 'integer' THEN
                   CASE WHEN jsonb_typeof(value) <> 'number' THEN true
                        WHEN (value)::numeric = trunc((value)::numeric) AND (value)::numeric BETWEEN -2147483648 AND 2147483647 THEN false
                        ELSE true END
                 ELSE jsonb_typeof(value) <> json_type
               END
      )
      SELECT 'tenants' AS table_name, 'contextConfig.' || key AS column_name, value::text AS value, count(*) AS n
        FROM wrong
       WHERE NOT CASE
               WHEN jsonb_typeof(value) <> 'string' THEN false
               WHEN json_type = 'integer' THEN
                 CASE WHEN (value #>> '{}') !~ '^\\s*[+-]?\\d{1,10}\\s*$' THEN false
                      ELSE btrim(value #>> '{}')::numeric BETWEEN -2147483648 AND 2147483647 END
               WHEN json_type = 'boolean' THEN lower(btrim(value #>> '{}')) IN ('true', 'false')
               ELSE false
             END
       GROUP BY 2, 3
      UNION ALL
      SELECT 'tenants', 'contextConfig', t."contextConfig"::text, count(*)
        FROM ${ctx.table('tenants')} t
       WHERE jsonb_typeof(t."contextConfig") <> 'object'
       GROUP BY 3`;
    },
  },
  anomalies: [
    { kind: 'context_config_valid', unit: 'tenants', action: 'moved', effect: 'copied into a tenant_context_configs row as is' },
    { kind: 'context_config_partial', unit: 'tenants', action: 'moved', effect: 'copied; the missing settings take the column defaults' },
    {
      kind: 'context_config_unknown_keys',
      unit: 'tenants',
      action: 'moved',
      effect: 'settings copied; the unknown keys go to the quarantine',
    },
    {
      kind: 'context_config_malformed',
      unit: 'tenants',
      action: 'nulled',
      effect: 'what cannot be read goes to the quarantine (defaults apply), the rest is copied',
    },
  ],
  // One row per tenant with a non-null config, classified as the migration classifies it.
  sql: (ctx) => {
    const known = contextSettings(ctx)
      .map((s) => `(${literal(s.key)}, ${literal(s.jsonType)}, ${s.nullable})`)
      .join(', ');
    return `
      WITH known(key, json_type, nullable) AS (VALUES ${known}),
      entry AS (
        SELECT t."id" AS tenant_id,
               CASE
                 WHEN k.key IS NULL THEN 'unknown'
                 WHEN jsonb_typeof(e.value) = 'null' THEN CASE WHEN k.nullable THEN 'ok' ELSE 'unset' END
                 WHEN k.json_type = 'integer' THEN
                   CASE WHEN jsonb_typeof(e.value) <> 'number' THEN 'wrong_type'
                        WHEN (e.value)::numeric = trunc((e.value)::numeric)
                         AND (e.value)::numeric BETWEEN -2147483648 AND 2147483647 THEN 'ok'
                        ELSE 'wrong_type' END
                 WHEN jsonb_typeof(e.value) = k.json_type THEN 'ok'
                 ELSE 'wrong_type'
               END AS verdict
          FROM ${ctx.table('tenants')} t
          CROSS JOIN LATERAL jsonb_each(t."contextConfig") AS e(key, value)
          LEFT JOIN known k ON k.key = e.key
         WHERE jsonb_typeof(t."contextConfig") = 'object'
      ), per_tenant AS (
        SELECT tenant_id,
               count(*) FILTER (WHERE verdict = 'wrong_type') AS wrong_type,
               count(*) FILTER (WHERE verdict = 'unknown') AS unknown,
               count(*) FILTER (WHERE verdict = 'ok') AS ok
          FROM entry GROUP BY tenant_id
      )
      SELECT CASE
               WHEN jsonb_typeof(t."contextConfig") <> 'object' THEN 'context_config_malformed'
               WHEN coalesce(p.wrong_type, 0) > 0 THEN 'context_config_malformed'
               WHEN coalesce(p.unknown, 0) > 0 THEN 'context_config_unknown_keys'
               WHEN coalesce(p.ok, 0) < (SELECT count(*) FROM known) THEN 'context_config_partial'
               ELSE 'context_config_valid'
             END AS kind,
             t."id"::text AS id, 1 AS n, NULL::text AS at
        FROM ${ctx.table('tenants')} t LEFT JOIN per_tenant p ON p.tenant_id = t."id"
       WHERE t."contextConfig" IS NOT NULL`;
  },
};
