-- Finding 10, expand step: nothing to add but a column comment. The legacy application writes invoices."remindersSent"
-- (it increments it with every reminder), so the column must stay until that application is gone.
-- This folder only records that the finding's adoption has begun; the pause that follows is where
-- the application that derives the count from invoice_reminders is deployed, and the contract folder
-- 20261130000008_f10_drop_invoice_reminder_counter then keeps every drifted counter and drops the column.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- Tell whoever reads the catalog that the column is on its way out (SHARE UPDATE EXCLUSIVE on
-- invoices for the instant of the catalog change; reads and writes go on).
COMMENT ON COLUMN "invoices"."remindersSent" IS 'Deprecated: derived from invoice_reminders (COUNT). Kept only while the legacy application writes it; dropped by 20261130000008_f10_drop_invoice_reminder_counter.';

SELECT "online_migration"."expanded"('20261129000008_f10_derive_invoice_reminder_count', 10);
