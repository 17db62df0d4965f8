// Probes for 20261129000003_f05_help_analytics_tenant_fk: help analytics rows whose tenant is gone are
// copied whole into the quarantine and deleted before the cascading keys go in.
import type { FolderProbes } from '../../../src/migrations/probes.js';

const effect = 'copied whole to the quarantine, then deleted';

export const probes: FolderProbes = {
  folder: '20261129000003_f05_help_analytics_tenant_fk',
  anomalies: [
    { kind: 'help_rating_orphan', unit: 'rows', action: 'quarantined', effect },
    { kind: 'help_search_orphan', unit: 'rows', action: 'quarantined', effect },
  ],
  sql: (ctx) => `
    SELECT 'help_rating_orphan' AS kind, r."id"::text AS id, 1 AS n, NULL::text AS at
      FROM ${ctx.table('help_page_ratings')} r
     WHERE NOT EXISTS (SELECT 1 FROM ${ctx.table('tenants')} t WHERE t."id" = r."tenantId")
    UNION ALL
    SELECT 'help_search_orphan', s."id"::text, 1, NULL
      FROM ${ctx.table('help_search_events')} s
     WHERE NOT EXISTS (SELECT 1 FROM ${ctx.table('tenants')} t WHERE t."id" = s."tenantId")`,
};
