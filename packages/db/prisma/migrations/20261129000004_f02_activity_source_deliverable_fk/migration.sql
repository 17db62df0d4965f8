-- Finding 2, expand step: activities."sourceDeliverableId" is documented as a foreign key to
-- deliverables, but no constraint backs it, so ids that point at nothing (or at another tenant's
-- deliverable) have piled up. This step adds the key NOT VALID (an instant: new writes are checked,
-- existing rows are not scanned) and a trigger that keeps legacy writes in step with tenancy: an id
-- of another tenant's deliverable (which a key cannot refuse) is copied into migration_quarantine
-- and set to NULL as it is written. The rows already there are cleaned by the backfill
-- (backfill.ts); the index is built CONCURRENTLY by the next folder; the contract folder
-- 20261130000004_f02_validate_activity_source_deliverable_fk validates the key.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- AddForeignKey (NOT VALID: SHARE ROW EXCLUSIVE on activities and deliverables for an instant, no scan)
ALTER TABLE "activities" ADD CONSTRAINT "activities_sourceDeliverableId_fkey" FOREIGN KEY ("sourceDeliverableId") REFERENCES "deliverables"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;

CREATE FUNCTION "online_migration"."f02_source_deliverable_same_tenant"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  owner text;
BEGIN
  IF NEW."sourceDeliverableId" IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT d."tenantId" INTO owner FROM "deliverables" d WHERE d."id" = NEW."sourceDeliverableId";
  IF FOUND AND owner <> NEW."tenantId" THEN
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    VALUES ('20261129000004_f02_activity_source_deliverable_fk', 'activities', NEW."id", 'sourceDeliverableId', to_jsonb(NEW."sourceDeliverableId"),
            format('deliverable belongs to tenant %s, not to the activity''s tenant (written during the transition)', owner), NEW."tenantId");
    NEW."sourceDeliverableId" := NULL;
  END IF;
  RETURN NEW;
END $$;

-- SHARE ROW EXCLUSIVE on activities for an instant.
CREATE TRIGGER "online_f02_source_deliverable_same_tenant"
  BEFORE INSERT OR UPDATE OF "sourceDeliverableId" ON "activities"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f02_source_deliverable_same_tenant"();

SELECT "online_migration"."expanded"('20261129000004_f02_activity_source_deliverable_fk', 2);
