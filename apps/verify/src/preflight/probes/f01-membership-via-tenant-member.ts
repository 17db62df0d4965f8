// Probes for 20261129000005_f01_membership_via_tenant_member: users whose tenantId has no membership row
// get one; users who are also members elsewhere keep every membership. Then users.tenantId is dropped.
import type { FolderProbes } from './types.js';

export const probes: FolderProbes = {
  folder: '20261129000005_f01_membership_via_tenant_member',
  anomalies: [
    {
      kind: 'user_without_membership',
      unit: 'users',
      action: 'inserted',
      effect: 'a tenant_members row is added in their tenantId',
      sql: (ctx) => `
        SELECT u."id"::text AS id, 1 AS n, NULL::text AS at
          FROM ${ctx.table('users')} u
         WHERE u."tenantId" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ${ctx.table('tenant_members')} tm WHERE tm."tenantId" = u."tenantId" AND tm."userId" = u."id")`,
    },
    {
      kind: 'member_of_other_tenant',
      unit: 'users',
      action: 'kept',
      effect: 'their memberships in other tenants stay as they are',
      sql: (ctx) => `
        SELECT u."id"::text AS id, 1 AS n, NULL::text AS at
          FROM ${ctx.table('users')} u
         WHERE u."tenantId" IS NOT NULL
           AND EXISTS (SELECT 1 FROM ${ctx.table('tenant_members')} tm WHERE tm."userId" = u."id" AND tm."tenantId" <> u."tenantId")`,
    },
  ],
};
