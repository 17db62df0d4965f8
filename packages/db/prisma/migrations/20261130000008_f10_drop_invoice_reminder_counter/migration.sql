-- Finding 10, contract step: invoices."remindersSent" is a hand-kept copy of the number of
-- invoice_reminders rows of the invoice, and it has drifted. The application deployed at the pause
-- derives the count (COUNT(*) of the reminders, `_count: { invoiceReminders: true }` in Prisma) and
-- no longer reads or writes the column; the legacy application, which incremented it, is gone. Every
-- counter that disagrees with the real count is quarantined with both numbers, then the column goes.
-- The ledger and quarantine entries carry the expand folder's name, where the finding's catalog entry points.
SELECT "online_migration"."require_released"('20261129000008_f10_derive_invoice_reminder_count', '20261130000008_f10_drop_invoice_reminder_counter');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- No table lock: the legacy application, the only writer of the counter, is gone by now (that is
-- what the release at the pause says). The comparison reads under MVCC while writes go on.

DO $$
DECLARE
  m CONSTANT text := '20261129000008_f10_derive_invoice_reminder_count';
  drifted integer;
  agreeing integer;
BEGIN
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'invoices', i."id", 'remindersSent',
         jsonb_build_object('stored', i."remindersSent", 'counted', coalesce(r.n, 0)),
         'remindersSent differs from the number of invoice_reminders rows', i."tenantId"
    FROM "invoices" i
    LEFT JOIN (SELECT "invoiceId", count(*)::integer AS n FROM "invoice_reminders" GROUP BY "invoiceId") r ON r."invoiceId" = i."id"
   WHERE i."remindersSent" <> coalesce(r.n, 0);
  GET DIAGNOSTICS drifted = ROW_COUNT;

  SELECT count(*) - drifted INTO agreeing FROM "invoices";

  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'invoices', 'quarantined', drifted, 'invoice_reminder_counter_drift', 'remindersSent differing from COUNT(invoice_reminders): stored and counted value kept'),
    (m, 'invoices', 'kept', agreeing, NULL, 'remindersSent equal to COUNT(invoice_reminders): derivable, nothing to keep');

  RAISE NOTICE '%: invoices: % drifted reminder counters quarantined, % agreed with their reminders', m, drifted, agreeing;
END $$;

-- AlterTable
ALTER TABLE "invoices" DROP COLUMN "remindersSent";

SELECT "online_migration"."contracted"('20261129000008_f10_derive_invoice_reminder_count');
