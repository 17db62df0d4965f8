-- Rows when the per-tenant unique is missing or invalid, or a hash repeats within a tenant.
SELECT 'per-tenant unique on (tenantId, contentHash) missing, invalid or not unique' AS problem, NULL::text AS detail
 WHERE NOT EXISTS (
   SELECT 1 FROM pg_index i
    WHERE i.indexrelid = to_regclass('public."web_media_tenantId_contentHash_key"') AND i.indisunique AND i.indisvalid)
UNION ALL
SELECT 'duplicate contentHash within a tenant', format('%s / %s', "tenantId", "contentHash")
  FROM "web_media" GROUP BY "tenantId", "contentHash" HAVING count(*) > 1;
