-- Rows when the index is missing or invalid (an interrupted concurrent build).
SELECT 'index missing or invalid' AS problem, 'leads_contactId_idx' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = to_regclass('public."leads_contactId_idx"') AND i.indisvalid);
