-- Back to the legacy shape. lead_contacts was never changed by the expand step, the backfill or the
-- trigger, so every entry is still there exactly as it was, on its own lead. What goes: the trigger and
-- its functions, contact_methods, the enum, leads."contactId" with its key, this folder's ledger and
-- quarantine rows (the values they kept are all still in lead_contacts) and its phase row.
-- Not restorable: the contacts this folder created or filled stay (they may be used elsewhere by now).
-- A method the corrected application added (not captured from a lead) has no lead_contacts row: it is
-- kept in migration_quarantine under "<folder>/down" instead.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

DROP TRIGGER IF EXISTS "online_f08_sync_lead_contact" ON "lead_contacts";

INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
SELECT '20261129000015_f08_unified_contact/down', 'contact_methods', cm."id", NULL, to_jsonb(cm),
       'contact method not captured from a lead: no lead_contacts row can hold it', cm."tenantId"
  FROM "contact_methods" cm
 WHERE NOT EXISTS (SELECT 1 FROM "lead_contacts" lc WHERE lc."id" = cm."id");

DROP TABLE "contact_methods";
DROP TYPE "ContactChannel";
ALTER TABLE "leads" DROP CONSTRAINT "leads_contactId_fkey";
ALTER TABLE "leads" DROP COLUMN "contactId";

DROP FUNCTION IF EXISTS "online_migration"."f08_sync_lead_contact"();
DROP FUNCTION IF EXISTS "online_migration"."f08_drain_deferred"();
DROP FUNCTION IF EXISTS "online_migration"."f08_sync_entry"(jsonb, jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f08_place_entry"(jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f08_place_methods"();
DROP FUNCTION IF EXISTS "online_migration"."f08_place_people"();
DROP FUNCTION IF EXISTS "online_migration"."f08_place_tenants"(text, text);
DROP FUNCTION IF EXISTS "online_migration"."f08_check_tenants"(text, text);
DROP FUNCTION IF EXISTS "online_migration"."f08_tenant_placed"(text);
DROP TABLE IF EXISTS "online_migration"."f08_unplaced";
DROP TABLE IF EXISTS "online_migration"."f08_trigger_contact";
DROP TABLE IF EXISTS "online_migration"."f08_deferred";

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000015_f08_unified_contact';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000015_f08_unified_contact';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000015_f08_unified_contact';
