-- Finding 17, expand step: RagCrawlJob (rag_crawl_jobs: fetching pages into a RAG dataset) and
-- WebCrawlJob (web_crawl_jobs: crawling the tenant's own website) look like one feature and are not.
-- The RAG one is renamed to what it does - RagIngestJob, table rag_ingest_jobs - IN PLACE: the table,
-- its primary key, foreign keys and indexes take Prisma's default names for the new table, and every
-- row, id and reference stays exactly where it is. Renames change only the catalog.
-- The legacy application still says rag_crawl_jobs until the pause, so a view of that name stands in
-- for the table: a plain SELECT * of one table is automatically updatable, so its reads, inserts
-- (RETURNING included, with the table's own column defaults), updates and deletes reach the
-- renamed table. The contract folder 20261130000014_f17_drop_rag_crawl_job_view drops the view.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- The rows move with the table: record the rename so the row accounting follows it. Counted before
-- the exclusive lock below (ACCESS SHARE only, the application keeps writing), so a full count of a
-- large table never runs while everything waits; a row written between the count and the rename
-- moves with the table all the same.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000014_f17_rename_rag_crawl_job', 'rag_crawl_jobs', 'renamed', count(*), NULL, 'rag_ingest_jobs'
  FROM "rag_crawl_jobs";

-- ACCESS EXCLUSIVE on rag_crawl_jobs for the rest of this transaction (the renames below are catalog
-- updates of milliseconds). A lock request waiting in the queue holds up every later query of the
-- table, so it never waits long: each try gives up after 200 ms and lets the queued queries through,
-- then tries again after a growing pause, for about 20 s in all. When a long transaction holds the
-- table all that time, the folder stops and names it; nothing was changed, and deploying again later
-- is the remedy (prisma/ONLINE.md).
DO $$
DECLARE
  attempt integer := 0;
  holders text;
BEGIN
  LOOP
    attempt := attempt + 1;
    BEGIN
      PERFORM set_config('lock_timeout', '200ms', true);
      LOCK TABLE "rag_crawl_jobs" IN ACCESS EXCLUSIVE MODE;
      EXIT;
    EXCEPTION WHEN lock_not_available THEN
      IF attempt >= 20 THEN
        SELECT string_agg(format('pid %s (%s, transaction open since %s): %s', a.pid, a.state, a.xact_start, left(a.query, 80)), '; ')
          INTO holders
          FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.relation = '"rag_crawl_jobs"'::regclass AND l.granted AND l.pid <> pg_backend_pid();
        RAISE EXCEPTION '20261129000014_f17_rename_rag_crawl_job: rag_crawl_jobs stayed locked by other transactions for % tries; nothing was renamed', attempt
          USING DETAIL = coalesce('holding it: ' || holders, 'the holders finished meanwhile'),
                HINT = 'end or wait for that transaction, then run `pnpm backfill recover --database-url <url>` and prisma migrate deploy again (see RUNBOOK.md)';
      END IF;
      PERFORM pg_sleep(least(0.05 * 2 ^ attempt, 1.0) * (0.5 + random()));
    END;
  END LOOP;
  PERFORM set_config('lock_timeout', '5s', true);
END $$;

-- RenameTable
ALTER TABLE "rag_crawl_jobs" RENAME TO "rag_ingest_jobs";

-- RenamePrimaryKey (renames its index too)
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_crawl_jobs_pkey" TO "rag_ingest_jobs_pkey";

-- RenameForeignKey (only the catalog entry of the constraint: the referenced tables are not locked)
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_crawl_jobs_tenantId_fkey" TO "rag_ingest_jobs_tenantId_fkey";
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_crawl_jobs_datasetId_fkey" TO "rag_ingest_jobs_datasetId_fkey";
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_crawl_jobs_sourceId_fkey" TO "rag_ingest_jobs_sourceId_fkey";

-- RenameIndex
ALTER INDEX "rag_crawl_jobs_tenantId_status_idx" RENAME TO "rag_ingest_jobs_tenantId_status_idx";
ALTER INDEX "rag_crawl_jobs_datasetId_createdAt_idx" RENAME TO "rag_ingest_jobs_datasetId_createdAt_idx";

-- PostgreSQL 18 also records NOT NULL constraints by name (rag_crawl_jobs_id_not_null ...); a
-- table created as rag_ingest_jobs would name them after the new table, so follow suit. On older
-- servers there are none and this does nothing.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
            WHERE conrelid = '"rag_ingest_jobs"'::regclass AND conname LIKE 'rag\_crawl\_jobs\_%' LOOP
    EXECUTE format('ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT %I TO %I', c.conname, 'rag_ingest_jobs_' || substr(c.conname, length('rag_crawl_jobs_') + 1));
  END LOOP;
END $$;

-- The legacy name, until the contract step. Plain column references and no expression, so PostgreSQL
-- keeps it automatically updatable; a column left out of an INSERT through it gets the table's default.
-- The columns are the legacy table's, named one by one: the view must not take in (and come to depend
-- on) columns other findings add to the table later, or their down.sql could not drop them.
CREATE VIEW "rag_crawl_jobs" AS
  SELECT "id", "tenantId", "datasetId", "sourceId", "status", "startUrl", "maxDepth", "maxPages", "respectRobots", "userAgent", "pagesCrawled", "pagesFailed", "error", "startedAt", "finishedAt", "createdAt", "updatedAt"
    FROM "rag_ingest_jobs";

SELECT "online_migration"."expanded"('20261129000014_f17_rename_rag_crawl_job', 17);
