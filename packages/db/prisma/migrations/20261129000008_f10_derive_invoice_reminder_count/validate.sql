-- Rows when the finding's phase is not recorded.
SELECT 'phase of finding 10 not recorded' AS problem, NULL::text AS detail
 WHERE NOT EXISTS (SELECT 1 FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000008_f10_derive_invoice_reminder_count');
