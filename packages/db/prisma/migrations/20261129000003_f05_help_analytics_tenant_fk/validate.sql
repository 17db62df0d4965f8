-- Rows when a help analytics row names a tenant that does not exist (after the backfill), or a
-- cascading tenant key is missing (validated or not: the contract folder validates it).
SELECT 'help_page_ratings row without tenant' AS problem, r."id" AS detail
  FROM "help_page_ratings" r LEFT JOIN "tenants" t ON t."id" = r."tenantId"
 WHERE t."id" IS NULL
UNION ALL
SELECT 'help_search_events row without tenant', s."id"
  FROM "help_search_events" s LEFT JOIN "tenants" t ON t."id" = s."tenantId"
 WHERE t."id" IS NULL
UNION ALL
SELECT 'missing or non-cascading tenant key', k.name
  FROM unnest(ARRAY['help_page_ratings_tenantId_fkey', 'help_search_events_tenantId_fkey']) AS k(name)
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = k.name AND c.contype = 'f' AND c.confdeltype = 'c');
