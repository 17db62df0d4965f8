// Probes for 20261129000007_f09_backlink_health_backlink_fk: a health row is linked to its backlink when
// its url is the sourceUrl of exactly one backlink of the same campaign and tenant, and no other health
// row claims that backlink; every other row keeps backlinkId NULL.
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000007_f09_backlink_health_backlink_fk',
  anomalies: [
    { kind: 'backlink_health_matchable', unit: 'health rows', action: 'updated', effect: 'backlinkId set to the one matching backlink' },
    {
      kind: 'backlink_health_unmatchable',
      unit: 'health rows',
      action: 'kept',
      effect: 'no single matching backlink: backlinkId stays NULL',
    },
  ],
  // "No other single-match health row names the same backlink" is counted with a window rather than the
  // migration's NOT EXISTS: the planner underestimates the three-column join and would nest that loop.
  sql: (ctx) => `
    WITH candidates AS (
      SELECT h."id" AS health_id, min(b."id") AS backlink_id, count(*) AS n
        FROM ${ctx.table('backlink_health')} h
        JOIN ${ctx.table('backlinks')} b ON b."campaignId" = h."campaignId" AND b."tenantId" = h."tenantId" AND b."sourceUrl" = h."url"
       GROUP BY h."id"
    ), matched AS (
      SELECT x.health_id
        FROM (SELECT c.health_id, count(*) OVER (PARTITION BY c.backlink_id) AS claims FROM candidates c WHERE c.n = 1) x
       WHERE x.claims = 1
    )
    SELECT CASE WHEN m.health_id IS NULL THEN 'backlink_health_unmatchable' ELSE 'backlink_health_matchable' END AS kind,
           h."id"::text AS id, 1 AS n, NULL::text AS at
      FROM ${ctx.table('backlink_health')} h LEFT JOIN matched m ON m.health_id = h."id"`,
};
