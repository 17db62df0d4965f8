-- Rows when the unique index is missing or invalid (an interrupted concurrent build).
SELECT 'unique index missing or invalid' AS problem, 'backlink_health_backlinkId_key' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = to_regclass('public."backlink_health_backlinkId_key"') AND i.indisvalid AND i.indisunique);
