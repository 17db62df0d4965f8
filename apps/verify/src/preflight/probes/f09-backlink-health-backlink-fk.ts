// Probes for 20261129000007_f09_backlink_health_backlink_fk: a health row is linked to its backlink when
// its url is the sourceUrl of exactly one backlink of the same campaign and tenant, and no other health
// row claims that backlink; every other row keeps backlinkId NULL.
import type { FolderProbes, ProbeContext } from './types.js';

const matched = (ctx: ProbeContext) => `
  WITH candidates AS (
    SELECT h."id" AS health_id, min(b."id") AS backlink_id, count(*) AS n
      FROM ${ctx.table('backlink_health')} h
      JOIN ${ctx.table('backlinks')} b ON b."campaignId" = h."campaignId" AND b."tenantId" = h."tenantId" AND b."sourceUrl" = h."url"
     GROUP BY h."id"
  )
  SELECT c.health_id FROM candidates c
   WHERE c.n = 1
     AND NOT EXISTS (SELECT 1 FROM candidates o WHERE o.backlink_id = c.backlink_id AND o.health_id <> c.health_id AND o.n = 1)`;

export const probes: FolderProbes = {
  folder: '20261129000007_f09_backlink_health_backlink_fk',
  anomalies: [
    {
      kind: 'backlink_health_matchable',
      unit: 'health rows',
      action: 'updated',
      effect: 'backlinkId set to the one matching backlink',
      sql: (ctx) => `
        SELECT h."id"::text AS id, 1 AS n, NULL::text AS at
          FROM ${ctx.table('backlink_health')} h
         WHERE h."id" IN (${matched(ctx)})`,
    },
    {
      kind: 'backlink_health_unmatchable',
      unit: 'health rows',
      action: 'kept',
      effect: 'no single matching backlink: backlinkId stays NULL',
      sql: (ctx) => `
        SELECT h."id"::text AS id, 1 AS n, NULL::text AS at
          FROM ${ctx.table('backlink_health')} h
         WHERE h."id" NOT IN (${matched(ctx)})`,
    },
  ],
};
