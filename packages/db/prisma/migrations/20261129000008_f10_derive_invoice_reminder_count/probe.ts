// Probes for 20261129000008_f10_derive_invoice_reminder_count: counters that differ from the number of
// reminder rows are quarantined (stored and counted value) before the column is dropped.
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000008_f10_derive_invoice_reminder_count',
  anomalies: [
    {
      kind: 'invoice_reminder_counter_drift',
      unit: 'invoices',
      action: 'quarantined',
      effect: 'stored and counted value copied to the quarantine; the column is dropped',
    },
  ],
  sql: (ctx) => `
    SELECT 'invoice_reminder_counter_drift' AS kind, i."id"::text AS id, 1 AS n, NULL::text AS at
      FROM ${ctx.table('invoices')} i
      LEFT JOIN (SELECT "invoiceId", count(*)::integer AS n FROM ${ctx.table('invoice_reminders')} GROUP BY "invoiceId") r ON r."invoiceId" = i."id"
     WHERE i."remindersSent" <> coalesce(r.n, 0)`,
};
