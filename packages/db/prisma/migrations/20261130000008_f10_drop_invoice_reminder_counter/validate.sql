-- Rows when the stored counter survived, or a drifted counter was dropped without being kept.
SELECT 'invoices."remindersSent" still exists' AS problem, NULL::text AS detail
  FROM information_schema.columns
 WHERE table_schema = 'public' AND table_name = 'invoices' AND column_name = 'remindersSent'
UNION ALL
SELECT 'quarantined counter is not a drift', q."rowId"
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000008_f10_derive_invoice_reminder_count'
   AND (q."value" ->> 'stored')::integer = (q."value" ->> 'counted')::integer;
