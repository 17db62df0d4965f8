-- Back to where the expand step and the backfill left it: lead_contacts again, beside contact_methods,
-- with the trigger, and the lead's contact key NOT VALID. Every entry comes back exactly as it was, on
-- its own lead: a placed entry from its contact_methods row with the values the migration overwrote
-- (leadId, isPrimary, verifiedAt, channel spelling) taken back from the quarantine; an entry merged
-- away or quarantined from its whole copy (when its lead still exists). A method the corrected
-- application added (not captured from a lead) stays in contact_methods only.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

CREATE TABLE "lead_contacts" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lead_contacts_pkey" PRIMARY KEY ("id")
);

WITH kept AS (
  SELECT q."rowId",
         max(q."value" #>> '{}') FILTER (WHERE q."columnName" = 'leadId') AS "leadId",
         max(q."value" #>> '{}') FILTER (WHERE q."columnName" = 'channel') AS "channel",
         bool_or((q."value")::text::boolean) FILTER (WHERE q."columnName" = 'isPrimary' AND q."reason" NOT LIKE 'a second primary%') AS "isPrimaryBefore",
         bool_or(true) FILTER (WHERE q."columnName" = 'isPrimary' AND q."reason" LIKE 'a second primary%') AS "demoted",
         bool_or(true) FILTER (WHERE q."columnName" = 'verifiedAt') AS "verifiedTaken",
         max(q."value" #>> '{}') FILTER (WHERE q."columnName" = 'verifiedAt') AS "verifiedAt"
    FROM "migration_quarantine" q
   WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts' AND q."columnName" IS NOT NULL
   GROUP BY q."rowId"
)
INSERT INTO "lead_contacts" ("id", "tenantId", "leadId", "channel", "value", "isPrimary", "verifiedAt", "createdAt", "updatedAt")
SELECT cm."id", cm."tenantId", coalesce(cm."leadId", k."leadId"), coalesce(k."channel", cm."channel"::text), cm."value",
       coalesce(k."isPrimaryBefore", k."demoted", cm."isPrimary"),
       CASE WHEN k."verifiedTaken" THEN k."verifiedAt"::timestamp(3) ELSE cm."verifiedAt" END,
       cm."createdAt", cm."updatedAt"
  FROM "contact_methods" cm
  LEFT JOIN kept k ON k."rowId" = cm."id"
 WHERE EXISTS (SELECT 1 FROM "leads" l WHERE l."id" = coalesce(cm."leadId", k."leadId"));

INSERT INTO "lead_contacts"
SELECT r.*
  FROM "migration_quarantine" q
  CROSS JOIN LATERAL jsonb_populate_record(NULL::"lead_contacts", q."value") r
 WHERE q."migration" = '20261129000015_f08_unified_contact' AND q."tableName" = 'lead_contacts' AND q."columnName" IS NULL
   AND EXISTS (SELECT 1 FROM "leads" l WHERE l."id" = r."leadId")
   AND NOT EXISTS (SELECT 1 FROM "lead_contacts" x WHERE x."id" = r."id");

CREATE INDEX "lead_contacts_tenantId_value_idx" ON "lead_contacts"("tenantId", "value");
CREATE INDEX "lead_contacts_leadId_idx" ON "lead_contacts"("leadId");
ALTER TABLE "lead_contacts" ADD CONSTRAINT "lead_contacts_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "lead_contacts" ADD CONSTRAINT "lead_contacts_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE TRIGGER "online_f08_sync_lead_contact"
  AFTER INSERT OR UPDATE OR DELETE ON "lead_contacts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f08_sync_lead_contact"();

ALTER TABLE "leads" DROP CONSTRAINT "leads_contactId_fkey";
ALTER TABLE "leads" ADD CONSTRAINT "leads_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;

-- The entries this folder wrote: the ones booking the trigger's work and the rename.
DELETE FROM "migration_ledger"
 WHERE "migration" = '20261129000015_f08_unified_contact' AND ("action" = 'renamed' OR "note" LIKE 'legacy writes after the backfill%' OR "note" LIKE 'legacy writes placed by the trigger%');
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000015_f08_unified_contact';
