-- Rows when the constraints are not the corrected ones.
SELECT 'global unique on contentHash still present' AS problem, NULL::text AS detail
 WHERE to_regclass('public."web_media_contentHash_key"') IS NOT NULL
UNION ALL
SELECT 'per-tenant unique on (tenantId, contentHash) missing or not unique', NULL
 WHERE NOT EXISTS (
   SELECT 1 FROM pg_index i
    WHERE i.indexrelid = to_regclass('public."web_media_tenantId_contentHash_key"') AND i.indisunique AND i.indisvalid)
UNION ALL
SELECT 'duplicate contentHash within a tenant', format('%s / %s', "tenantId", "contentHash")
  FROM "web_media" GROUP BY "tenantId", "contentHash" HAVING count(*) > 1;
