// Probes for 20261129000006_f04_crawl_cache_without_personal_data: cache rows holding a recipient's email
// or name. The person becomes a contact of every tenant prospecting the domain (an outreach target on it;
// a backlink is not enough); people no tenant used are erased, counted but kept nowhere. Then both
// columns are dropped. `at` tells the two outcomes apart. Domains are compared as the migration compares
// them: lower-cased, trimmed, without a leading "www.".
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000006_f04_crawl_cache_without_personal_data',
  anomalies: [
    {
      kind: 'crawl_cache_personal_data',
      unit: 'cache rows',
      action: 'nulled',
      effect: 'recipient moved into the contacts of the tenants prospecting the domain, or erased when none does; the columns are dropped',
    },
  ],
  sql: (ctx) => `
    SELECT 'crawl_cache_personal_data' AS kind, cc."id"::text AS id, 1 AS n,
           CASE WHEN prospected.domain IS NOT NULL THEN 'copied into tenant contacts'
                ELSE 'erased: no tenant prospects the domain' END AS at
      FROM ${ctx.table('crawl_cache')} cc
      LEFT JOIN (SELECT DISTINCT regexp_replace(lower(btrim(ot."domain")), '^www\\.', '') AS domain FROM ${ctx.table('outreach_targets')} ot) prospected
        ON prospected.domain = regexp_replace(lower(btrim(cc."domain")), '^www\\.', '')
     WHERE nullif(btrim(cc."recipientEmail"), '') IS NOT NULL
        OR nullif(btrim(cc."recipientName"), '') IS NOT NULL`,
};
