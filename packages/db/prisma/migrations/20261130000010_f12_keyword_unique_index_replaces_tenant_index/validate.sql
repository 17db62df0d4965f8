-- Rows when the plain tenant index is still there.
SELECT 'redundant index still present' AS problem, 'keywords_tenantId_idx' AS detail
 WHERE to_regclass('public."keywords_tenantId_idx"') IS NOT NULL;
