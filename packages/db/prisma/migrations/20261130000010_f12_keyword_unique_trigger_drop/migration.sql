-- Finding 12, last contract step: the unique indexes refuse a near-duplicate now, so the trigger that
-- queued or refused them goes (SHARE ROW EXCLUSIVE on keywords for an instant). Its functions stay in
-- the online_migration schema until the expand folder is rolled back.
SELECT "online_migration"."require_released"('20261129000010_f12_keyword_unique_per_tenant', '20261130000010_f12_keyword_unique_trigger_drop');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

DROP TRIGGER "online_f12_guard_keyword" ON "keywords";

SELECT "online_migration"."contracted"('20261129000010_f12_keyword_unique_per_tenant');
