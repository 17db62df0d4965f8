-- Rows when the normalised unique index is missing or invalid (an interrupted concurrent build).
SELECT 'unique index missing or invalid' AS problem, 'keywords_tenantId_keyword_normalized_key' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = to_regclass('public."keywords_tenantId_keyword_normalized_key"') AND i.indisvalid AND i.indisunique);
