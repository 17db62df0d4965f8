-- Remove the link. The matches are derived data (url = sourceUrl), so nothing is lost; links set
-- by the application after the migration are lost with the column.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "backlink_health" DROP CONSTRAINT "backlink_health_backlinkId_fkey";
DROP INDEX "backlink_health_backlinkId_key";
ALTER TABLE "backlink_health" DROP COLUMN "backlinkId";
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000007_f09_backlink_health_backlink_fk';
