-- The same renames backwards, and the legacy view gone (revert the contract folder first: it brings
-- the view back); rows are untouched either way. Also forgets the phase row.
SET LOCAL lock_timeout = '5s';
DROP VIEW IF EXISTS "rag_crawl_jobs";
ALTER INDEX "rag_ingest_jobs_datasetId_createdAt_idx" RENAME TO "rag_crawl_jobs_datasetId_createdAt_idx";
ALTER INDEX "rag_ingest_jobs_tenantId_status_idx" RENAME TO "rag_crawl_jobs_tenantId_status_idx";
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_ingest_jobs_sourceId_fkey" TO "rag_crawl_jobs_sourceId_fkey";
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_ingest_jobs_datasetId_fkey" TO "rag_crawl_jobs_datasetId_fkey";
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_ingest_jobs_tenantId_fkey" TO "rag_crawl_jobs_tenantId_fkey";
ALTER TABLE "rag_ingest_jobs" RENAME CONSTRAINT "rag_ingest_jobs_pkey" TO "rag_crawl_jobs_pkey";
ALTER TABLE "rag_ingest_jobs" RENAME TO "rag_crawl_jobs";
-- PostgreSQL 18's named NOT NULL constraints, as in migration.sql.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
            WHERE conrelid = '"rag_crawl_jobs"'::regclass AND conname LIKE 'rag\_ingest\_jobs\_%' LOOP
    EXECUTE format('ALTER TABLE "rag_crawl_jobs" RENAME CONSTRAINT %I TO %I', c.conname, 'rag_crawl_jobs_' || substr(c.conname, length('rag_ingest_jobs_') + 1));
  END LOOP;
END $$;
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000014_f17_rename_rag_crawl_job';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000014_f17_rename_rag_crawl_job';
