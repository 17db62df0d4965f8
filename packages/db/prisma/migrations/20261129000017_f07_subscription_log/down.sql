-- Undo the expand step (revert the contract folder first: it brings subscriptions.statusChangeLogs
-- back). The JSON column was never touched here, so every log is still where it was; what goes is what
-- was made from it: the triggers, the conversion functions, the record of unconverted entries,
-- subscription_logs, and the phase record. Rows the corrected application wrote to subscription_logs
-- go with the table unless the contract's down.sql first put them into the arrays.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "online_f07_subscription_log_rows_on_insert" ON "subscriptions";
DROP TRIGGER IF EXISTS "online_f07_subscription_log_rows_on_update" ON "subscriptions";
DROP FUNCTION IF EXISTS "online_migration"."f07_keep_subscription_log_rows"();
DROP FUNCTION IF EXISTS "online_migration"."f07_backfill_range"(text, text);
DROP FUNCTION IF EXISTS "online_migration"."f07_convert"(text[]);
DROP FUNCTION IF EXISTS "online_migration"."f07_status"(text, text);
DROP FUNCTION IF EXISTS "online_migration"."f07_entry_problem"(jsonb, timestamp);
DROP FUNCTION IF EXISTS "online_migration"."f07_entry_time"(jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f07_row_id"(text, bigint);
DROP TABLE IF EXISTS "online_migration"."f07_unconverted";
DROP TABLE "subscription_logs";
DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000017_f07_subscription_log';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000017_f07_subscription_log';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000017_f07_subscription_log';
