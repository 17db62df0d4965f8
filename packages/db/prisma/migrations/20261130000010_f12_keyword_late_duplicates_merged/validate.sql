-- Rows when the queue of near-duplicates written during the backfill is still there (not merged and dropped).
SELECT 'queue of late near-duplicate keywords still present' AS problem, 'online_migration.f12_late_keyword' AS detail
 WHERE to_regclass('online_migration.f12_late_keyword') IS NOT NULL;
