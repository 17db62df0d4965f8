-- Finding 10, expand step: nothing to add. The legacy application writes invoices."remindersSent"
-- (it increments it with every reminder), so the column must stay until that application is gone.
-- This folder only records that the finding's adoption has begun; the pause that follows is where
-- the application that derives the count from invoice_reminders is deployed, and the contract folder
-- 20261130000008_f10_drop_invoice_reminder_counter then keeps every drifted counter and drops the column.
SELECT "online_migration"."expanded"('20261129000008_f10_derive_invoice_reminder_count', 10);
