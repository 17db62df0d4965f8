-- Rows when the index is missing or invalid (an interrupted concurrent build).
SELECT 'index missing or invalid' AS problem, 'activities_sourceDeliverableId_idx' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = to_regclass('public."activities_sourceDeliverableId_idx"') AND i.indisvalid);
