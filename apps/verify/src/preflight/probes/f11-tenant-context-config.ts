// Probes for 20261129000009_f11_tenant_context_config: each tenant's contextConfig JSON falls in exactly
// one kind - malformed (not an object, or a known key of the wrong type), unknown_keys (keys that are no
// setting), partial (some settings missing), valid (every setting, each of the right type).
//
// The settings and their types are not listed here: they are the columns of tenant_context_configs as the
// migration creates it (read from the reference catalog), a JSON null being acceptable only where the
// column is nullable - the same reading the migration gives them.
import type { AnomalyProbe, FolderProbes, ProbeContext } from './types.js';
import { literal } from './types.js';

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

/** One row per tenant with a non-null config: (id, kind), classified as the migration does. */
function classified(ctx: ProbeContext): string {
  const settings = contextSettings(ctx);
  const known = settings.map((s) => `(${literal(s.key)}, ${literal(s.jsonType)}, ${s.nullable})`).join(', ');
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
    )
    SELECT t."id",
           CASE
             WHEN jsonb_typeof(t."contextConfig") <> 'object' THEN 'context_config_malformed'
             WHEN EXISTS (SELECT 1 FROM entry x WHERE x.tenant_id = t."id" AND x.verdict = 'wrong_type') THEN 'context_config_malformed'
             WHEN EXISTS (SELECT 1 FROM entry x WHERE x.tenant_id = t."id" AND x.verdict = 'unknown') THEN 'context_config_unknown_keys'
             WHEN (SELECT count(*) FROM entry x WHERE x.tenant_id = t."id" AND x.verdict = 'ok') < (SELECT count(*) FROM known)
               THEN 'context_config_partial'
             ELSE 'context_config_valid'
           END AS kind
      FROM ${ctx.table('tenants')} t
     WHERE t."contextConfig" IS NOT NULL`;
}

function probe(kind: string, action: AnomalyProbe['action'], effect: string): AnomalyProbe {
  return {
    kind,
    unit: 'tenants',
    action,
    effect,
    sql: (ctx) => `SELECT c."id"::text AS id, 1 AS n, NULL::text AS at FROM (${classified(ctx)}) c WHERE c.kind = ${literal(kind)}`,
  };
}

export const probes: FolderProbes = {
  folder: '20261129000009_f11_tenant_context_config',
  anomalies: [
    probe('context_config_valid', 'moved', 'copied into a tenant_context_configs row as is'),
    probe('context_config_partial', 'moved', 'copied; the missing settings take the column defaults'),
    probe('context_config_unknown_keys', 'moved', 'settings copied; the unknown keys go to the quarantine'),
    probe('context_config_malformed', 'nulled', 'what cannot be read goes to the quarantine (defaults apply), the rest is copied'),
  ],
};
