-- Back to the legacy shape: contact_methods is renamed back to lead_contacts (constraints and indexes
-- too), its entries hang off a lead again, channel is text again, and leads lose contactId.
-- Restored: entries this folder merged away or quarantined come back whole (when their lead still
-- exists), and demoted primary flags are set again.
-- Not restorable: an entry belonged to one lead, and a contact can have several; each entry goes back
-- to the oldest lead of its contact. Survivors of a merge keep the primary flag and verification they
-- took over. The contacts this folder created or filled stay (they may be used elsewhere by now).
-- An entry whose contact has no lead (added after the migration) cannot be a lead_contacts row: it is
-- kept in migration_quarantine under "<folder>/down" instead.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

ALTER TABLE "contact_methods" DROP CONSTRAINT "contact_methods_contactId_fkey";
DROP INDEX "contact_methods_contactId_channel_value_key";

WITH orphan AS (
  SELECT m.* FROM "contact_methods" m
   WHERE NOT EXISTS (SELECT 1 FROM "leads" l WHERE l."contactId" = m."contactId")
), kept AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000015_f08_unified_contact/down', 'contact_methods', o."id", NULL, to_jsonb(o),
         'contact method of a contact without a lead: no lead_contacts row can hold it', o."tenantId"
    FROM orphan o
  RETURNING 1
)
DELETE FROM "contact_methods" m USING orphan o WHERE m."id" = o."id";

UPDATE "contact_methods" m
   SET "contactId" = (SELECT l."id" FROM "leads" l WHERE l."contactId" = m."contactId" ORDER BY l."createdAt", l."id" LIMIT 1);

ALTER TABLE "contact_methods" ALTER COLUMN "channel" TYPE TEXT USING ("channel"::text);
DROP TYPE "ContactChannel";

ALTER TABLE "contact_methods" RENAME COLUMN "contactId" TO "leadId";
ALTER INDEX "contact_methods_tenantId_value_idx" RENAME TO "lead_contacts_tenantId_value_idx";
ALTER TABLE "contact_methods" RENAME CONSTRAINT "contact_methods_tenantId_fkey" TO "lead_contacts_tenantId_fkey";
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

UPDATE "lead_contacts" lc SET "isPrimary" = true
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts'
   AND q."columnName" = 'isPrimary' AND q."rowId" = lc."id";

CREATE INDEX "lead_contacts_leadId_idx" ON "lead_contacts"("leadId");
ALTER TABLE "lead_contacts" ADD CONSTRAINT "lead_contacts_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "leads" DROP CONSTRAINT "leads_contactId_fkey";
DROP INDEX "leads_contactId_idx";
ALTER TABLE "leads" DROP COLUMN "contactId";

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000015_f08_unified_contact';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000015_f08_unified_contact';
