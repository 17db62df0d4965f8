-- Finding 17, contract step: the legacy application, the last one to say rag_crawl_jobs, is gone
-- (that is what the release at the pause says), so the view that stood in for the renamed table goes.
SELECT "online_migration"."require_released"('20261129000014_f17_rename_rag_crawl_job', '20261130000014_f17_drop_rag_crawl_job_view');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- ACCESS EXCLUSIVE on the view only (catalog only); rag_ingest_jobs itself is not locked.
DROP VIEW "rag_crawl_jobs";

SELECT "online_migration"."contracted"('20261129000014_f17_rename_rag_crawl_job');
