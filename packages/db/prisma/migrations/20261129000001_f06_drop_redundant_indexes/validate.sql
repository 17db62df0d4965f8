-- Rows when a redundant index is still there, or when the unique index that makes it redundant is missing.
SELECT 'redundant index still present' AS problem, name AS detail
  FROM unnest(ARRAY['strategy_versions_strategyId_version_idx', 'client_context_versions_clientContextId_version_idx']) AS name
 WHERE to_regclass('public."' || name || '"') IS NOT NULL
UNION ALL
SELECT 'covering unique index missing', name
  FROM unnest(ARRAY['strategy_versions_strategyId_version_key', 'client_context_versions_clientContextId_version_key']) AS name
 WHERE to_regclass('public."' || name || '"') IS NULL;
