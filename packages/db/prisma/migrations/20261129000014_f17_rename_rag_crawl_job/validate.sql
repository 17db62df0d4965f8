-- Rows when the new table is missing, or any table, index or constraint is still named after the old
-- one. The view under the old name is expected (until the contract step drops it); anything else of
-- that name is not.
SELECT 'table rag_ingest_jobs missing' AS problem, NULL::text AS detail
 WHERE to_regclass('public.rag_ingest_jobs') IS NULL
UNION ALL
SELECT 'relation still named after rag_crawl_jobs', c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relname LIKE 'rag\_crawl\_jobs%' AND NOT (c.relname = 'rag_crawl_jobs' AND c.relkind = 'v')
UNION ALL
SELECT 'constraint still named after rag_crawl_jobs', con.conname
  FROM pg_constraint con
 WHERE con.conname LIKE 'rag\_crawl\_jobs%'
UNION ALL
SELECT 'the view rag_crawl_jobs is not a plain view of rag_ingest_jobs', c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relname = 'rag_crawl_jobs' AND c.relkind = 'v'
   AND NOT EXISTS (SELECT 1 FROM information_schema.views v
                    WHERE v.table_schema = 'public' AND v.table_name = 'rag_crawl_jobs' AND v.is_insertable_into = 'YES' AND v.is_updatable = 'YES');
