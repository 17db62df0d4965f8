-- Rows when the index is missing or invalid (an interrupted concurrent build). After the contract it
-- carries the old name, on the swapped column.
SELECT 'index missing or invalid' AS problem, 'content_ideas_tenantId_status_enum_idx' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_index i
                    WHERE i.indexrelid IN (to_regclass('public."content_ideas_tenantId_status_enum_idx"'), to_regclass('public."content_ideas_tenantId_status_idx"')) AND i.indisvalid
                      AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) AND a.atttypid = 'text'::regtype AND a.attname = 'status'));
