-- Rows when the redundant index is still there, or the unique index that makes it redundant is missing.
SELECT 'redundant index still present' AS problem, 'strategy_versions_strategyId_version_idx' AS detail
 WHERE to_regclass('public."strategy_versions_strategyId_version_idx"') IS NOT NULL
UNION ALL
SELECT 'covering unique index missing', 'strategy_versions_strategyId_version_key'
 WHERE to_regclass('public."strategy_versions_strategyId_version_key"') IS NULL;
