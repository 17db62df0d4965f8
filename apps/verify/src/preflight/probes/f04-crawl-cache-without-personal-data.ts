// Probes for 20261129000006_f04_crawl_cache_without_personal_data: cache rows holding a recipient's email
// or name. The person becomes a contact of every tenant prospecting the domain; values no tenant used go
// to the quarantine. Then both columns are dropped. `at` tells the two outcomes apart.
import type { FolderProbes } from './types.js';

export const probes: FolderProbes = {
  folder: '20261129000006_f04_crawl_cache_without_personal_data',
  anomalies: [
    {
      kind: 'crawl_cache_personal_data',
      unit: 'cache rows',
      action: 'nulled',
      effect: 'recipient moved into the contacts of the tenants prospecting the domain, or quarantined when none does; the columns are dropped',
      sql: (ctx) => `
        SELECT cc."id"::text AS id, 1 AS n,
               CASE WHEN EXISTS (SELECT 1 FROM ${ctx.table('outreach_targets')} ot WHERE lower(btrim(ot."domain")) = lower(btrim(cc."domain")))
                    THEN 'copied into tenant contacts' ELSE 'quarantined: no tenant prospects the domain' END AS at
          FROM ${ctx.table('crawl_cache')} cc
         WHERE nullif(btrim(cc."recipientEmail"), '') IS NOT NULL
            OR nullif(btrim(cc."recipientName"), '') IS NOT NULL`,
    },
  ],
};
