-- Back to the legacy shape: contact_methods is renamed back to lead_contacts (constraints and indexes
-- too), contactId goes, channel is text again, and leads lose contactId.
-- Every entry goes back to its own lead: leadId was kept on the row, and where it was set to NULL
-- (an entry several leads of one contact gave) the quarantine holds it. Entries merged away or
-- quarantined come back whole (when their lead still exists); the primary flag, verification and
-- channel spelling each entry had before the migration are put back from the quarantine.
-- Not restorable: the contacts this folder created or filled stay (they may be used elsewhere by now).
-- An entry without a lead (added after the migration, not captured from a lead) cannot be a
-- lead_contacts row: it is kept in migration_quarantine under "<folder>/down" instead.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

ALTER TABLE "contact_methods" DROP CONSTRAINT "contact_methods_contactId_fkey";
DROP INDEX "contact_methods_contactId_channel_value_key";

-- Values this folder overwrote, back into the rows that still exist. A flag demoted as a second
-- primary is restored first, so an entry's value from before any takeover wins.
UPDATE "contact_methods" m SET "isPrimary" = true
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts'
   AND q."columnName" = 'isPrimary' AND q."reason" LIKE 'a second primary%' AND q."rowId" = m."id";

-- One statement per column: an UPDATE joined to several quarantine rows of one entry would apply
-- only one of them.
UPDATE "contact_methods" m SET "leadId" = q."value" #>> '{}'
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts'
   AND q."columnName" = 'leadId' AND q."rowId" = m."id";

UPDATE "contact_methods" m SET "isPrimary" = (q."value")::text::boolean
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts'
   AND q."columnName" = 'isPrimary' AND q."reason" NOT LIKE 'a second primary%' AND q."rowId" = m."id";

UPDATE "contact_methods" m SET "verifiedAt" = (q."value" #>> '{}')::timestamp(3)
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts'
   AND q."columnName" = 'verifiedAt' AND q."rowId" = m."id";

WITH orphan AS (
  SELECT m.* FROM "contact_methods" m WHERE m."leadId" IS NULL
), kept AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000015_f08_unified_contact/down', 'contact_methods', o."id", NULL, to_jsonb(o),
         'contact method not captured from a lead: no lead_contacts row can hold it', o."tenantId"
    FROM orphan o
  RETURNING 1
)
DELETE FROM "contact_methods" m USING orphan o WHERE m."id" = o."id";

ALTER TABLE "contact_methods" ALTER COLUMN "channel" TYPE TEXT USING ("channel"::text);
DROP TYPE "ContactChannel";

UPDATE "contact_methods" m SET "channel" = q."value" #>> '{}'
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts'
   AND q."columnName" = 'channel' AND q."rowId" = m."id";

ALTER TABLE "contact_methods" DROP COLUMN "contactId";
ALTER TABLE "contact_methods" ALTER COLUMN "leadId" SET NOT NULL;
ALTER INDEX "contact_methods_tenantId_value_idx" RENAME TO "lead_contacts_tenantId_value_idx";
ALTER INDEX "contact_methods_leadId_idx" RENAME TO "lead_contacts_leadId_idx";
ALTER TABLE "contact_methods" RENAME CONSTRAINT "contact_methods_tenantId_fkey" TO "lead_contacts_tenantId_fkey";
ALTER TABLE "contact_methods" RENAME CONSTRAINT "contact_methods_leadId_fkey" TO "lead_contacts_leadId_fkey";
ALTER TABLE "contact_methods" RENAME CONSTRAINT "contact_methods_pkey" TO "lead_contacts_pkey";
ALTER TABLE "contact_methods" RENAME TO "lead_contacts";

-- Entries merged away or quarantined, back as they were.
INSERT INTO "lead_contacts"
SELECT r.*
  FROM "migration_quarantine" q
  CROSS JOIN LATERAL jsonb_populate_record(NULL::"lead_contacts", q."value") r
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts' AND q."columnName" IS NULL
   AND EXISTS (SELECT 1 FROM "leads" l WHERE l."id" = r."leadId")
   AND NOT EXISTS (SELECT 1 FROM "lead_contacts" x WHERE x."id" = r."id");

ALTER TABLE "leads" DROP CONSTRAINT "leads_contactId_fkey";
DROP INDEX "leads_contactId_idx";
ALTER TABLE "leads" DROP COLUMN "contactId";

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000015_f08_unified_contact';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000015_f08_unified_contact';
