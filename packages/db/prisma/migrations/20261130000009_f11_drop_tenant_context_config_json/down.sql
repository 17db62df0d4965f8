-- Back to where the expand step and the backfill left it: tenants.contextConfig returns and the
-- triggers that keep the rows in step with it are back (after the rebuild, so the rebuild itself does
-- not trigger them). The JSON is rebuilt per tenant from its row (all six settings, so a key the tenant
-- never set comes back holding the default it had in effect), with the unknown keys and wrong-typed
-- values taken back out of the quarantine (a wrong-typed value wins over the reading that replaced
-- it). Configs that were not an object come back exactly as they were, and a row the mapping made of
-- one goes, as the trigger would have left none. Restored values leave the quarantine; the finding's
-- ledger entries go, and the finding is marked not contracted.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

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

DELETE FROM "tenant_context_configs" c
 USING "tenants" t
 WHERE t."id" = c."tenantId" AND jsonb_typeof(t."contextConfig") <> 'object';

CREATE TRIGGER "online_f11_context_config_on_insert"
  AFTER INSERT ON "tenants"
  FOR EACH ROW WHEN (NEW."contextConfig" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f11_keep_context_config"();
CREATE TRIGGER "online_f11_context_config_on_update"
  AFTER UPDATE OF "contextConfig" ON "tenants"
  FOR EACH ROW WHEN (OLD."contextConfig" IS DISTINCT FROM NEW."contextConfig")
  EXECUTE FUNCTION "online_migration"."f11_keep_context_config"();

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000009_f11_tenant_context_config';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000009_f11_tenant_context_config';
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000009_f11_tenant_context_config';
