-- Back to where the expand step left it: the key NOT VALID again and the trigger in place.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "activities" DROP CONSTRAINT "activities_sourceDeliverableId_fkey";
ALTER TABLE "activities" ADD CONSTRAINT "activities_sourceDeliverableId_fkey" FOREIGN KEY ("sourceDeliverableId") REFERENCES "deliverables"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;
CREATE TRIGGER "online_f02_source_deliverable_same_tenant"
  BEFORE INSERT OR UPDATE OF "sourceDeliverableId" ON "activities"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f02_source_deliverable_same_tenant"();
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000004_f02_activity_source_deliverable_fk' AND "note" LIKE '%written after the backfill finished%';
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000004_f02_activity_source_deliverable_fk';
