// Probes for 20261129000003_f05_help_analytics_tenant_fk: help analytics rows whose tenant is gone are
// copied whole into the quarantine and deleted before the cascading keys go in.
import type { FolderProbes, ProbeContext } from './types.js';

const orphans = (table: string) => (ctx: ProbeContext) => `
  SELECT r."id"::text AS id, 1 AS n, NULL::text AS at
    FROM ${ctx.table(table)} r
   WHERE NOT EXISTS (SELECT 1 FROM ${ctx.table('tenants')} t WHERE t."id" = r."tenantId")`;

export const probes: FolderProbes = {
  folder: '20261129000003_f05_help_analytics_tenant_fk',
  anomalies: [
    { kind: 'help_rating_orphan', unit: 'rows', action: 'quarantined', effect: 'copied whole to the quarantine, then deleted', sql: orphans('help_page_ratings') },
    { kind: 'help_search_orphan', unit: 'rows', action: 'quarantined', effect: 'copied whole to the quarantine, then deleted', sql: orphans('help_search_events') },
  ],
};
