-- Rows when the transition lookup index is still there.
SELECT 'transition lookup index still present' AS problem, 'keywords_tenantId_keyword_normalized_idx' AS detail
 WHERE to_regclass('public."keywords_tenantId_keyword_normalized_idx"') IS NOT NULL;
