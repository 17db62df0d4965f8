-- Finding 2: activities."sourceDeliverableId" is documented as a foreign key to deliverables, but
-- no constraint backs it, so ids that point at nothing (or at another tenant's deliverable) have
-- piled up. Each such id is copied into migration_quarantine and set to NULL - which is what
-- ON DELETE SET NULL would have done had the key existed - and then the key is added.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- Writes to both tables wait until the key is validated, so no new dangling id can slip in between
-- the clean-up and VALIDATE. Reads continue.
LOCK TABLE "deliverables", "activities" IN SHARE ROW EXCLUSIVE MODE;

DO $$
DECLARE
  m CONSTANT text := '20261129000004_f02_activity_source_deliverable_fk';
  dangling integer;
  cross_tenant integer;
BEGIN
  -- Ids that match no deliverable at all: the planted anomaly.
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'activities', a."id", 'sourceDeliverableId', to_jsonb(a."sourceDeliverableId"), 'no deliverable has this id', a."tenantId"
    FROM "activities" a
   WHERE a."sourceDeliverableId" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "deliverables" d WHERE d."id" = a."sourceDeliverableId");
  GET DIAGNOSTICS dangling = ROW_COUNT;

  -- Ids of a deliverable that belongs to another tenant: the key would accept them, tenancy does not.
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'activities', a."id", 'sourceDeliverableId', to_jsonb(a."sourceDeliverableId"),
         format('deliverable belongs to tenant %s, not to the activity''s tenant', d."tenantId"), a."tenantId"
    FROM "activities" a JOIN "deliverables" d ON d."id" = a."sourceDeliverableId"
   WHERE d."tenantId" <> a."tenantId";
  GET DIAGNOSTICS cross_tenant = ROW_COUNT;

  UPDATE "activities" a
     SET "sourceDeliverableId" = NULL
    FROM "migration_quarantine" q
   WHERE q."migration" = m AND q."tableName" = 'activities' AND q."rowId" = a."id";

  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'activities', 'quarantined', dangling, 'dangling_source_deliverable', 'sourceDeliverableId pointing at no deliverable'),
    (m, 'activities', 'quarantined', cross_tenant, NULL, 'sourceDeliverableId pointing at another tenant''s deliverable'),
    (m, 'activities', 'nulled', dangling + cross_tenant, NULL, 'sourceDeliverableId set to NULL after quarantine');

  RAISE NOTICE '%: activities: % dangling and % cross-tenant sourceDeliverableId values quarantined and set to NULL', m, dangling, cross_tenant;
END $$;

-- CreateIndex (the key's lookups on delete of a deliverable need it)
CREATE INDEX "activities_sourceDeliverableId_idx" ON "activities"("sourceDeliverableId");

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_sourceDeliverableId_fkey" FOREIGN KEY ("sourceDeliverableId") REFERENCES "deliverables"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;
ALTER TABLE "activities" VALIDATE CONSTRAINT "activities_sourceDeliverableId_fkey";
