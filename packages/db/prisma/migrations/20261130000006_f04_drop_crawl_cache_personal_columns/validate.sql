-- Rows when the shared cache still has a column for a person, a transition trigger or table
-- survived, or the ledger lacks its one crawl_cache_personal_data entry.
SELECT 'personal column still on the shared crawl cache' AS problem, a.attname::text AS detail
  FROM pg_attribute a
 WHERE a.attrelid = 'public.crawl_cache'::regclass AND a.attnum > 0 AND NOT a.attisdropped
   AND a.attname IN ('recipientEmail', 'recipientName')
UNION ALL
SELECT 'transition trigger still present', t.tgname::text
  FROM pg_trigger t WHERE t.tgname IN ('online_f04_note_rewritten_cache_row', 'online_f04_track_prospects')
UNION ALL
SELECT 'transition table still present', c.relname::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'online_migration' AND c.relname IN ('f04_prospects', 'f04_rewritten_cache_rows', 'f04_newly_prospected_domains')
UNION ALL
SELECT 'ledger lacks the crawl_cache_personal_data entry', '20261129000006_f04_crawl_cache_without_personal_data'
 WHERE (SELECT count(*) FROM "migration_ledger"
         WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data'
           AND "anomaly" = 'crawl_cache_personal_data') <> 1;
