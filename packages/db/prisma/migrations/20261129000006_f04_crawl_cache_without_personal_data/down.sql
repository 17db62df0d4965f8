-- Back to the legacy shape of "crawl_cache": the two recipient columns return.
-- Values that went to the quarantine (domains no tenant prospected) are written back and leave the
-- quarantine. Values that became tenants' contacts are NOT copied back into the shared table: they
-- are tenant data now (possibly edited since), and putting them back would re-create the problem;
-- those cache rows come back with empty recipient columns, which the crawler refills on its next
-- visit. The contacts and the target links this folder made stay.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

ALTER TABLE "crawl_cache" ADD COLUMN "recipientEmail" TEXT, ADD COLUMN "recipientName" TEXT;

UPDATE "crawl_cache" cc
   SET "recipientEmail" = (SELECT q."value" #>> '{}' FROM "migration_quarantine" q
                            WHERE q."migration" = '20261129000006_f04_crawl_cache_without_personal_data'
                              AND q."tableName" = 'crawl_cache' AND q."rowId" = cc."id" AND q."columnName" = 'recipientEmail'
                            ORDER BY q."id" DESC LIMIT 1),
       "recipientName" = (SELECT q."value" #>> '{}' FROM "migration_quarantine" q
                           WHERE q."migration" = '20261129000006_f04_crawl_cache_without_personal_data'
                             AND q."tableName" = 'crawl_cache' AND q."rowId" = cc."id" AND q."columnName" = 'recipientName'
                           ORDER BY q."id" DESC LIMIT 1)
 WHERE cc."id" IN (SELECT q."rowId" FROM "migration_quarantine" q
                    WHERE q."migration" = '20261129000006_f04_crawl_cache_without_personal_data' AND q."tableName" = 'crawl_cache');

DELETE FROM "migration_quarantine"
 WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data' AND "tableName" = 'crawl_cache';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data';
