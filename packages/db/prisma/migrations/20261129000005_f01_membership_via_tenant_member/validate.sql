-- Rows when a user lost the tenant they belonged to, or the old column is still there.
-- Every tenantId the migration kept must now be a membership of that user in that tenant.
SELECT 'user without a membership in their former tenant' AS problem, q."rowId" AS detail
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000005_f01_membership_via_tenant_member' AND q."columnName" = 'tenantId'
   AND EXISTS (SELECT 1 FROM "users" u WHERE u."id" = q."rowId")
   AND NOT EXISTS (SELECT 1 FROM "tenant_members" tm WHERE tm."userId" = q."rowId" AND tm."tenantId" = q."value" #>> '{}')
UNION ALL
SELECT 'users."tenantId" still exists', NULL
  FROM information_schema.columns
 WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'tenantId';
