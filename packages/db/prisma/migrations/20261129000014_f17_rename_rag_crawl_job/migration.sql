-- Finding 17: RagCrawlJob (rag_crawl_jobs: fetching pages into a RAG dataset) and WebCrawlJob
-- (web_crawl_jobs: crawling the tenant's own website) look like one feature and are not. The RAG
-- one is renamed to what it does - RagIngestJob, table rag_ingest_jobs - IN PLACE: the table, its
-- primary key, foreign keys and indexes take Prisma's default names for the new table, and every
-- row, id and reference stays exactly where it is. Renames change only the catalog.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- RenameTable
ALTER TABLE "rag_crawl_jobs" RENAME TO "rag_ingest_jobs";

-- RenamePrimaryKey (renames its index too)
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_crawl_jobs_pkey" TO "rag_ingest_jobs_pkey";

-- RenameForeignKey
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

-- The rows moved with the table: record the rename so the row accounting follows it.
DO $$
DECLARE
  m CONSTANT text := '20261129000014_f17_rename_rag_crawl_job';
  n integer;
BEGIN
  SELECT count(*) INTO n FROM "rag_ingest_jobs";
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
  VALUES (m, 'rag_crawl_jobs', 'renamed', n, NULL, 'rag_ingest_jobs');
  RAISE NOTICE '%: rag_crawl_jobs renamed to rag_ingest_jobs with its % rows', m, n;
END $$;
