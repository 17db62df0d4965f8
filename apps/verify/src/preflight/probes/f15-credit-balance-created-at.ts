// Probes for 20261129000013_f15_credit_balance_created_at: the new createdAt of each balance comes from
// the tenant's earliest credit_ledger entry, else from the tenant's own createdAt.
import type { FolderProbes } from './types.js';

export const probes: FolderProbes = {
  folder: '20261129000013_f15_credit_balance_created_at',
  anomalies: [
    {
      kind: 'credit_balance_with_ledger',
      unit: 'balances',
      action: 'updated',
      effect: 'createdAt set to the earliest ledger entry of the tenant',
      sql: (ctx) => `
        SELECT cb."id"::text AS id, 1 AS n, NULL::text AS at
          FROM ${ctx.table('credit_balances')} cb
         WHERE EXISTS (SELECT 1 FROM ${ctx.table('credit_ledger')} l WHERE l."tenantId" = cb."tenantId")`,
    },
    {
      kind: 'credit_balance_without_ledger',
      unit: 'balances',
      action: 'updated',
      effect: 'createdAt set to the tenant\'s createdAt',
      sql: (ctx) => `
        SELECT cb."id"::text AS id, 1 AS n, NULL::text AS at
          FROM ${ctx.table('credit_balances')} cb JOIN ${ctx.table('tenants')} t ON t."id" = cb."tenantId"
         WHERE NOT EXISTS (SELECT 1 FROM ${ctx.table('credit_ledger')} l WHERE l."tenantId" = cb."tenantId")`,
    },
  ],
};
