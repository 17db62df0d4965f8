-- Back to the legacy shape: the trigger, the merge functions and the queue go, with this folder's
-- ledger entries and its phase row. Merged keywords are not split again: the rankings, snapshots and
-- observations of both copies now hang off one row, and nothing recorded which belonged to which;
-- the full copies of the merged keywords and post links stay in migration_quarantine (the only
-- record of them).
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "online_f12_guard_keyword" ON "keywords";
DROP FUNCTION IF EXISTS "online_migration"."f12_guard_keyword"();
DROP FUNCTION IF EXISTS "online_migration"."f12_merge_tenants"(text, text);
DROP FUNCTION IF EXISTS "online_migration"."f12_merge_keywords"();
DROP FUNCTION IF EXISTS "online_migration"."f12_book_merge"(text, jsonb, text);
DROP TABLE IF EXISTS "online_migration"."f12_late_keyword";
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000010_f12_keyword_unique_per_tenant';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000010_f12_keyword_unique_per_tenant';
