-- Rows when the finding's phase is not recorded, or a user lost the membership of the tenant their
-- tenantId named: every value kept in the quarantine must be a membership of that user in that
-- tenant, except those the contract step counted as removed after the backfill (ledger: users kept).
SELECT 'phase of finding 1 not recorded' AS problem, NULL::text AS detail
 WHERE NOT EXISTS (SELECT 1 FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000005_f01_membership_via_tenant_member')
UNION ALL
SELECT 'users without a membership in their former tenant', lost.n || ' (ledger accounts for ' || coalesce(l.n, 0) || ')'
  FROM (SELECT count(*) AS n
          FROM "migration_quarantine" q
         WHERE q."migration" = '20261129000005_f01_membership_via_tenant_member' AND q."columnName" = 'tenantId'
           AND EXISTS (SELECT 1 FROM "users" u WHERE u."id" = q."rowId")
           AND NOT EXISTS (SELECT 1 FROM "tenant_members" tm WHERE tm."userId" = q."rowId" AND tm."tenantId" = q."value" #>> '{}')) lost,
       (SELECT sum("rows") AS n FROM "migration_ledger"
         WHERE "migration" = '20261129000005_f01_membership_via_tenant_member' AND "tableName" = 'users' AND "action" = 'kept') l
 WHERE lost.n <> coalesce(l.n, 0);
