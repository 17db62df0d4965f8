-- Back to where the expand step left it: the legacy name as a view of the renamed table.
SET LOCAL lock_timeout = '5s';
-- The legacy columns only, as the expand step names them: by now the table may carry other findings'
-- columns, which the view must not come to depend on.
CREATE VIEW "rag_crawl_jobs" AS
  SELECT "id", "tenantId", "datasetId", "sourceId", "status", "startUrl", "maxDepth", "maxPages", "respectRobots", "userAgent", "pagesCrawled", "pagesFailed", "error", "startedAt", "finishedAt", "createdAt", "updatedAt"
    FROM "rag_ingest_jobs";
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000014_f17_rename_rag_crawl_job';
