-- Forget that the finding's adoption began (its contract folder must be reverted first).
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000008_f10_derive_invoice_reminder_count';
COMMENT ON COLUMN "invoices"."remindersSent" IS NULL;
