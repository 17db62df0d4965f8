-- Rows when the old name, or any object still named after it, survives, or the new table is missing.
SELECT 'table rag_ingest_jobs missing' AS problem, NULL::text AS detail
 WHERE to_regclass('public.rag_ingest_jobs') IS NULL
UNION ALL
SELECT 'relation still named after rag_crawl_jobs', c.relname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relname LIKE 'rag\_crawl\_jobs%'
UNION ALL
SELECT 'constraint still named after rag_crawl_jobs', con.conname
  FROM pg_constraint con
 WHERE con.conname LIKE 'rag\_crawl\_jobs%';
