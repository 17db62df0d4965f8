// Probes for 20261129000006_f04_crawl_cache_without_personal_data: cache rows holding a recipient's email
// or name. The person becomes a contact of every tenant prospecting the domain; values no tenant used go
// to the quarantine. Then both columns are dropped. `at` tells the two outcomes apart.
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000006_f04_crawl_cache_without_personal_data',
  anomalies: [
    {
      kind: 'crawl_cache_personal_data',
      unit: 'cache rows',
      action: 'nulled',
      effect: 'recipient moved into the contacts of the tenants prospecting the domain, or quarantined when none does; the columns are dropped',
    },
  ],
  sql: (ctx) => `
    SELECT 'crawl_cache_personal_data' AS kind, cc."id"::text AS id, 1 AS n,
           CASE WHEN prospected.domain IS NOT NULL THEN 'copied into tenant contacts'
                ELSE 'quarantined: no tenant prospects the domain' END AS at
      FROM ${ctx.table('crawl_cache')} cc
      LEFT JOIN (SELECT DISTINCT lower(btrim(ot."domain")) AS domain FROM ${ctx.table('outreach_targets')} ot) prospected
        ON prospected.domain = lower(btrim(cc."domain"))
     WHERE nullif(btrim(cc."recipientEmail"), '') IS NOT NULL
        OR nullif(btrim(cc."recipientName"), '') IS NOT NULL`,
};
