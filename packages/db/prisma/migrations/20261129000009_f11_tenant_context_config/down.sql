-- Undo the expand step (revert the contract folder first: it brings tenants.contextConfig back).
-- The JSON column was never touched here, so every config is still where it was; what goes is what
-- was made from it: the triggers, the reading functions, tenant_context_configs, this folder's
-- quarantine and ledger entries, and the phase record.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "online_f11_context_config_on_insert" ON "tenants";
DROP TRIGGER IF EXISTS "online_f11_context_config_on_update" ON "tenants";
DROP FUNCTION IF EXISTS "online_migration"."f11_keep_context_config"();
DROP FUNCTION IF EXISTS "online_migration"."f11_backfill_range"(text, text);
DROP FUNCTION IF EXISTS "online_migration"."f11_sync"(text[]);
DROP FUNCTION IF EXISTS "online_migration"."f11_readable"(jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f11_object"(jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f11_reading"(text, jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f11_json"(text);
DROP TABLE IF EXISTS "online_migration"."f11_pending";
DROP FUNCTION IF EXISTS "online_migration"."f11_lossless"(text, jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f11_verdict"(text, jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f11_known_keys"();
DROP TABLE "tenant_context_configs";
DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000009_f11_tenant_context_config';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000009_f11_tenant_context_config';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000009_f11_tenant_context_config';
