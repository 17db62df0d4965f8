// Probes for 20261129000010_f12_keyword_unique_per_tenant: keywords of one tenant that read the same once
// trimmed, whitespace-collapsed and lower-cased are merged into the oldest of their group (references
// re-pointed, a full copy quarantined).
import type { FolderProbes } from '../../../src/migrations/probes.js';

export const probes: FolderProbes = {
  folder: '20261129000010_f12_keyword_unique_per_tenant',
  anomalies: [
    {
      kind: 'keyword_duplicates',
      unit: 'keywords',
      action: 'merged',
      effect: 'merged into the oldest keyword of the tenant with the same text; references re-pointed',
    },
  ],
  sql: (ctx) => String.raw`
    SELECT 'keyword_duplicates' AS kind, r."id"::text AS id, 1 AS n, NULL::text AS at
      FROM (SELECT k."id",
                   first_value(k."id") OVER (PARTITION BY k."tenantId", lower(btrim(regexp_replace(k."keyword", '\s+', ' ', 'g')))
                                             ORDER BY k."createdAt", k."id") AS keeper
              FROM ${ctx.table('keywords')} k) r
     WHERE r."id" <> r.keeper`,
};
