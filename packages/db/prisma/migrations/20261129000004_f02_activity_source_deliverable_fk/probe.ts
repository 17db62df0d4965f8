// Probes for 20261129000004_f02_activity_source_deliverable_fk: sourceDeliverableId values that point at
// no deliverable, or at another tenant's, are quarantined and set to NULL before the key is added.
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000004_f02_activity_source_deliverable_fk',
  anomalies: [
    {
      kind: 'dangling_source_deliverable',
      unit: 'activities',
      action: 'quarantined',
      effect: 'id copied to the quarantine, then set to NULL',
    },
    {
      kind: 'source_deliverable_of_other_tenant',
      extra: true,
      unit: 'activities',
      action: 'quarantined',
      effect: "id of another tenant's deliverable copied to the quarantine, then set to NULL",
    },
  ],
  sql: (ctx) => `
    SELECT CASE WHEN d."id" IS NULL THEN 'dangling_source_deliverable' ELSE 'source_deliverable_of_other_tenant' END AS kind,
           a."id"::text AS id, 1 AS n, NULL::text AS at
      FROM ${ctx.table('activities')} a
      LEFT JOIN ${ctx.table('deliverables')} d ON d."id" = a."sourceDeliverableId"
     WHERE a."sourceDeliverableId" IS NOT NULL
       AND (d."id" IS NULL OR d."tenantId" <> a."tenantId")`,
};
