-- Drop the key and the trigger, and give the quarantined ids back to their activities (where the
-- activity still exists and nobody has set a new source since). Also forgets the finding's phase row.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "online_f02_source_deliverable_same_tenant" ON "activities";
DROP FUNCTION IF EXISTS "online_migration"."f02_source_deliverable_same_tenant"();
ALTER TABLE "activities" DROP CONSTRAINT "activities_sourceDeliverableId_fkey";

UPDATE "activities" a
   SET "sourceDeliverableId" = q."value" #>> '{}'
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000004_f02_activity_source_deliverable_fk'
   AND q."tableName" = 'activities' AND q."rowId" = a."id" AND a."sourceDeliverableId" IS NULL;

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000004_f02_activity_source_deliverable_fk';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000004_f02_activity_source_deliverable_fk';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000004_f02_activity_source_deliverable_fk';
