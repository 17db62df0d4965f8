-- Back to the legacy shape of "crawl_cache": the two recipient columns return, empty.
-- Values that became tenants' contacts are NOT copied back into the shared table: they are tenant
-- data now (possibly edited since), and putting them back would re-create the problem. Values no
-- tenant used were erased by the migration and exist nowhere to restore. The crawler refills the
-- columns on its next visit. The contacts and the target links this folder made stay.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

ALTER TABLE "crawl_cache" ADD COLUMN "recipientEmail" TEXT, ADD COLUMN "recipientName" TEXT;

DELETE FROM "migration_ledger" WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data';
