-- Back to where the expand step left it: the legacy name as a view of the renamed table.
SET LOCAL lock_timeout = '5s';
CREATE VIEW "rag_crawl_jobs" AS SELECT * FROM "rag_ingest_jobs";
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000014_f17_rename_rag_crawl_job';
