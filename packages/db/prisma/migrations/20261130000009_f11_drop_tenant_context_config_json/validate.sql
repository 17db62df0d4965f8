-- Rows only when finding 11 does not hold after the contract step: the JSON column or a trigger that
-- kept it in step survived, the ledger is not one entry per anomaly kind, the rows number fewer than
-- the ledger says were made, or a quarantined value lost its tenant.
SELECT 'tenants.contextConfig still exists' AS problem, NULL::text AS detail
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.tenants'::regclass AND a.attname = 'contextConfig' AND NOT a.attisdropped)
UNION ALL
SELECT 'settings trigger still present', t.tgname::text
  FROM pg_trigger t WHERE t.tgname LIKE 'online\_f11\_%'
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
