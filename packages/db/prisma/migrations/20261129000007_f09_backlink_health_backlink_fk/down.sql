-- Remove the link. The matches are derived data (url = sourceUrl), so nothing is lost; links set
-- by the application after the migration are lost with the column. Also forgets the phase row.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "online_f09_link_backlink_health" ON "backlink_health";
DROP FUNCTION IF EXISTS "online_migration"."f09_link_backlink_health"();
ALTER TABLE "backlink_health" DROP CONSTRAINT "backlink_health_backlinkId_fkey";
ALTER TABLE "backlink_health" DROP COLUMN "backlinkId";
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000007_f09_backlink_health_backlink_fk';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000007_f09_backlink_health_backlink_fk';
