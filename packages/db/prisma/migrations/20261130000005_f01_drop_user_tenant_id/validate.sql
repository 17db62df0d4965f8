-- Rows when the old column or a legacy trigger survived, the erasure trigger that replaced the
-- column's cascade is missing, or the quarantine holds another number of tenantId values than the
-- ledger says.
SELECT 'users."tenantId" still exists' AS problem, NULL::text AS detail
  FROM information_schema.columns
 WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'tenantId'
UNION ALL
SELECT 'legacy trigger still present', t.tgname::text
  FROM pg_trigger t WHERE t.tgname IN ('online_f01_membership_for_tenant_id', 'online_f01_application_membership_wins')
UNION ALL
SELECT 'erasure trigger missing: deleting a tenant would keep the users who belonged to it alone', 'tenants_delete_users_only_in_tenant'
 WHERE NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = 'public.tenants'::regclass AND t.tgname = 'tenants_delete_users_only_in_tenant')
UNION ALL
SELECT 'quarantined tenantId values differ from the ledger', q.n || ' kept, ledger says ' || coalesce(l.n, 0)
  FROM (SELECT count(*) AS n FROM "migration_quarantine"
         WHERE "migration" = '20261129000005_f01_membership_via_tenant_member' AND "tableName" = 'users' AND "columnName" = 'tenantId') q,
       (SELECT sum("rows") AS n FROM "migration_ledger"
         WHERE "migration" = '20261129000005_f01_membership_via_tenant_member' AND "tableName" = 'users' AND "action" = 'quarantined') l
 WHERE q.n <> coalesce(l.n, 0);
