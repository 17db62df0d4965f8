-- Rows when anything is still named rag_crawl_jobs (the view included) or the renamed table is missing.
SELECT 'relation rag_crawl_jobs still exists' AS problem, c.relkind::text AS detail
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relname = 'rag_crawl_jobs'
UNION ALL
SELECT 'table rag_ingest_jobs missing', NULL
 WHERE to_regclass('public.rag_ingest_jobs') IS NULL;
