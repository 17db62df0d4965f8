-- Drop the key and its index, and give the quarantined ids back to their activities (where the
-- activity still exists and nobody has set a new source since).
SET LOCAL lock_timeout = '5s';
ALTER TABLE "activities" DROP CONSTRAINT "activities_sourceDeliverableId_fkey";
DROP INDEX "activities_sourceDeliverableId_idx";

UPDATE "activities" a
   SET "sourceDeliverableId" = q."value" #>> '{}'
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000004_f02_activity_source_deliverable_fk'
   AND q."tableName" = 'activities' AND q."rowId" = a."id" AND a."sourceDeliverableId" IS NULL;

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000004_f02_activity_source_deliverable_fk';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000004_f02_activity_source_deliverable_fk';
