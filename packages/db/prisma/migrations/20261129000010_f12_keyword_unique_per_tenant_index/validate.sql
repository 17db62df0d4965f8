-- Rows when the lookup index is missing or invalid while the transition lasts (the contract drops it
-- once the unique index on the same expression exists).
SELECT 'lookup index missing or invalid' AS problem, 'keywords_tenantId_keyword_normalized_idx' AS detail
 WHERE to_regclass('public."keywords_tenantId_keyword_normalized_key"') IS NULL
   AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = to_regclass('public."keywords_tenantId_keyword_normalized_idx"') AND i.indisvalid);
