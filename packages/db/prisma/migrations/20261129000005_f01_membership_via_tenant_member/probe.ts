// Probes for 20261129000005_f01_membership_via_tenant_member: users whose tenantId has no membership row
// get one; memberships in other tenants are kept as they are. Then users.tenantId is dropped.
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000005_f01_membership_via_tenant_member',
  anomalies: [
    { kind: 'user_without_membership', unit: 'users', action: 'inserted', effect: 'a tenant_members row is added in their tenantId' },
    {
      kind: 'member_of_other_tenant',
      unit: 'memberships',
      action: 'kept',
      effect: "memberships in a tenant other than the user's tenantId are valid and stay as they are",
    },
  ],
  sql: (ctx) => `
    SELECT 'user_without_membership' AS kind, u."id"::text AS id, 1 AS n, NULL::text AS at
      FROM ${ctx.table('users')} u
     WHERE u."tenantId" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ${ctx.table('tenant_members')} tm WHERE tm."tenantId" = u."tenantId" AND tm."userId" = u."id")
    UNION ALL
    SELECT 'member_of_other_tenant', tm."id"::text, 1, NULL
      FROM ${ctx.table('tenant_members')} tm JOIN ${ctx.table('users')} u ON u."id" = tm."userId"
     WHERE u."tenantId" IS NOT NULL AND tm."tenantId" <> u."tenantId"`,
};
