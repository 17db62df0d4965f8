// Probes for 20261129000013_f15_credit_balance_created_at: the new createdAt of each balance comes from
// the tenant's earliest credit_ledger entry, else from the tenant's own createdAt.
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000013_f15_credit_balance_created_at',
  anomalies: [
    {
      kind: 'credit_balance_with_ledger',
      unit: 'balances',
      action: 'updated',
      effect: 'createdAt set to the earliest ledger entry of the tenant',
    },
    { kind: 'credit_balance_without_ledger', unit: 'balances', action: 'updated', effect: "createdAt set to the tenant's createdAt" },
  ],
  sql: (ctx) => `
    SELECT CASE WHEN l."tenantId" IS NOT NULL THEN 'credit_balance_with_ledger' ELSE 'credit_balance_without_ledger' END AS kind,
           cb."id"::text AS id, 1 AS n, NULL::text AS at
      FROM ${ctx.table('credit_balances')} cb
      LEFT JOIN (SELECT DISTINCT "tenantId" FROM ${ctx.table('credit_ledger')}) l ON l."tenantId" = cb."tenantId"
     WHERE l."tenantId" IS NOT NULL OR EXISTS (SELECT 1 FROM ${ctx.table('tenants')} t WHERE t."id" = cb."tenantId")`,
};
