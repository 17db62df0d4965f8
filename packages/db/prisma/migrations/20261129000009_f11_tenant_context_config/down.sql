-- Back to the legacy shape: tenants.contextConfig returns and tenant_context_configs goes.
-- The JSON is rebuilt per tenant from its row (all six settings, so a key the tenant never set
-- comes back holding the default it had in effect), with the unknown keys and wrong-typed values
-- taken back out of the quarantine (a wrong-typed value wins over the default that replaced it).
-- Configs that were not an object come back exactly as they were. Restored values leave the
-- quarantine; this folder's ledger entries go, as its row in _prisma_migrations does.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

ALTER TABLE "tenants" ADD COLUMN "contextConfig" JSONB;

UPDATE "tenants" t
   SET "contextConfig" = jsonb_build_object(
         'includeCompetitors', c."includeCompetitors", 'includeReviews', c."includeReviews",
         'maxSources', c."maxSources", 'tone', c."tone", 'language', c."language",
         'refreshIntervalDays', c."refreshIntervalDays")
  FROM "tenant_context_configs" c
 WHERE c."tenantId" = t."id";

-- Keys back from the quarantine ("contextConfig.<key>"), merged over the rebuilt object.
UPDATE "tenants" t
   SET "contextConfig" = coalesce(t."contextConfig", '{}'::jsonb) || q.keys
  FROM (
    SELECT "rowId", jsonb_object_agg(substr("columnName", length('contextConfig.') + 1), "value" ORDER BY "id") AS keys
      FROM "migration_quarantine"
     WHERE "migration" = '20261129000009_f11_tenant_context_config' AND "tableName" = 'tenants'
       AND "columnName" LIKE 'contextConfig.%'
     GROUP BY "rowId"
  ) q
 WHERE t."id" = q."rowId";

-- Whole configs that were not an object.
UPDATE "tenants" t
   SET "contextConfig" = q."value"
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000009_f11_tenant_context_config' AND q."tableName" = 'tenants'
   AND q."columnName" = 'contextConfig' AND q."rowId" = t."id";

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000009_f11_tenant_context_config';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000009_f11_tenant_context_config';

DROP TABLE "tenant_context_configs";
