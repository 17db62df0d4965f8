-- Rows when a balance's createdAt is not the date the migration promises.
SELECT 'createdAt is not the first ledger entry' AS problem, cb."id" AS detail
  FROM "credit_balances" cb
  JOIN (SELECT "tenantId", min("createdAt") AS first_entry FROM "credit_ledger" GROUP BY "tenantId") l ON l."tenantId" = cb."tenantId"
 WHERE cb."createdAt" > l.first_entry
UNION ALL
SELECT 'createdAt is not the tenant''s createdAt', cb."id"
  FROM "credit_balances" cb JOIN "tenants" t ON t."id" = cb."tenantId"
 WHERE NOT EXISTS (SELECT 1 FROM "credit_ledger" l WHERE l."tenantId" = cb."tenantId")
   AND cb."createdAt" < t."createdAt";
