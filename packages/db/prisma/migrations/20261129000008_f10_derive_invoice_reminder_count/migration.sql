-- Finding 10: invoices."remindersSent" is a hand-kept copy of the number of invoice_reminders rows
-- of the invoice, and it has drifted. The count is derived from now on (COUNT(*) of the reminders,
-- `_count: { invoiceReminders: true }` in Prisma), so it cannot drift again. Before the column goes,
-- every counter that disagrees with the real count is quarantined with both numbers; a counter
-- that agrees carries no information the reminders table does not hold.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- Counters and reminders must hold still between the comparison and the drop. Reads continue.
LOCK TABLE "invoices", "invoice_reminders" IN SHARE ROW EXCLUSIVE MODE;

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
