-- Bring the counter back: the real count for every invoice, and the stored (drifted) value for
-- the invoices the migration quarantined, so the column reads exactly as it did before.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "invoices" ADD COLUMN "remindersSent" INTEGER NOT NULL DEFAULT 0;

UPDATE "invoices" i
   SET "remindersSent" = r.n
  FROM (SELECT "invoiceId", count(*)::integer AS n FROM "invoice_reminders" GROUP BY "invoiceId") r
 WHERE r."invoiceId" = i."id";

UPDATE "invoices" i
   SET "remindersSent" = (q."value" ->> 'stored')::integer
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000008_f10_derive_invoice_reminder_count'
   AND q."tableName" = 'invoices' AND q."rowId" = i."id";

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000008_f10_derive_invoice_reminder_count';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000008_f10_derive_invoice_reminder_count';
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000008_f10_derive_invoice_reminder_count';
