-- Rows when the redundant index is still there, or the unique index that makes it redundant is missing.
SELECT 'redundant index still present' AS problem, 'client_context_versions_clientContextId_version_idx' AS detail
 WHERE to_regclass('public."client_context_versions_clientContextId_version_idx"') IS NOT NULL
UNION ALL
SELECT 'covering unique index missing', 'client_context_versions_clientContextId_version_key'
 WHERE to_regclass('public."client_context_versions_clientContextId_version_key"') IS NULL;
