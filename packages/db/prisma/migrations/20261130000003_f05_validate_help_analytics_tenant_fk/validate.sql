-- Rows when a tenant key of the help analytics tables is still not validated.
SELECT 'tenant key not validated' AS problem, k.name AS detail
  FROM unnest(ARRAY['help_page_ratings_tenantId_fkey', 'help_search_events_tenantId_fkey']) AS k(name)
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = k.name AND c.contype = 'f' AND c.convalidated);
