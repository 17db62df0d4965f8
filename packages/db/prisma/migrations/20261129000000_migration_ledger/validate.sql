-- Rows only when the accounting tables are not what the corrected schema (ops.prisma) declares.
SELECT 'missing table' AS problem, t AS detail
  FROM unnest(ARRAY['migration_ledger', 'migration_quarantine']) AS t
 WHERE to_regclass('public.' || t) IS NULL
UNION ALL
SELECT 'LedgerAction labels differ', string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
  FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
 WHERE t.typname = 'LedgerAction'
HAVING string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) IS DISTINCT FROM 'inserted,deleted,updated,nulled,merged,moved,quarantined,renamed,kept'
UNION ALL
SELECT 'quarantine does not cascade with its tenant', c.conname
  FROM pg_constraint c
 WHERE c.conname = 'migration_quarantine_tenantId_fkey' AND c.confdeltype <> 'c';
