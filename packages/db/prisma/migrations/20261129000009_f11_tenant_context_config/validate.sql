-- Rows only when finding 11 does not hold after this folder: the JSON column survived, a tenant has
-- more than one settings row (the unique is missing), the ledger is not one entry per anomaly kind,
-- the rows created differ from what the ledger says, or a quarantined value lost its tenant.
SELECT 'tenants.contextConfig still exists' AS problem, NULL::text AS detail
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.tenants'::regclass AND a.attname = 'contextConfig' AND NOT a.attisdropped)
UNION ALL
SELECT 'more than one context config for a tenant', c."tenantId"
  FROM "tenant_context_configs" c GROUP BY c."tenantId" HAVING count(*) > 1
UNION ALL
SELECT 'ledger entry missing or repeated', kind
  FROM unnest(ARRAY['context_config_valid', 'context_config_partial', 'context_config_unknown_keys', 'context_config_malformed']) AS kind
 WHERE (SELECT count(*) FROM "migration_ledger" l
         WHERE l."migration" = '20261129000009_f11_tenant_context_config' AND l."anomaly" = kind) <> 1
UNION ALL
-- every object config became a row: valid + partial + unknown_keys + the malformed ones that were objects
SELECT 'context config rows differ from the ledger',
       (SELECT count(*) FROM "tenant_context_configs") || ' rows, ledger says ' || coalesce(sum(l."rows"), 0) || ' inserted'
  FROM "migration_ledger" l
 WHERE l."migration" = '20261129000009_f11_tenant_context_config' AND l."tableName" = 'tenant_context_configs' AND l."action" = 'inserted'
HAVING (SELECT count(*) FROM "tenant_context_configs") < coalesce(sum(l."rows"), 0)
UNION ALL
SELECT 'quarantined setting not owned by its tenant', q."id"::text
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000009_f11_tenant_context_config' AND q."tenantId" IS DISTINCT FROM q."rowId";
