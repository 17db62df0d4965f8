-- Forget the expand step (its contract folder must be reverted first, which brings the recipient
-- columns back, empty): the triggers, transition tables and functions go, with the finding's ledger
-- entries and phase row. The contacts created and the target links made stay (they are tenants'
-- data now); erased people cannot come back, which is what erasing means.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "online_f04_note_rewritten_cache_row" ON "crawl_cache";
DROP TRIGGER IF EXISTS "online_f04_track_prospects" ON "outreach_targets";
DROP TABLE IF EXISTS "online_migration"."f04_rewritten_cache_rows", "online_migration"."f04_newly_prospected_domains", "online_migration"."f04_prospects";
DROP FUNCTION "online_migration"."f04_give_crawled_people"(TEXT[]);
DROP FUNCTION "online_migration"."f04_note_rewritten_cache_row"();
DROP FUNCTION "online_migration"."f04_track_prospects"();
DROP FUNCTION "online_migration"."f04_domain"(TEXT);

DELETE FROM "migration_ledger" WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000006_f04_crawl_cache_without_personal_data';
