-- Rows when the index is missing or invalid (an interrupted concurrent build). After the contract it
-- carries the old name, on the swapped column.
SELECT 'index missing or invalid' AS problem, 'leads_tenantId_status_enum_createdAt_idx' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_index i
                    WHERE i.indexrelid IN (to_regclass('public."leads_tenantId_status_enum_createdAt_idx"'), to_regclass('public."leads_tenantId_status_createdAt_idx"')) AND i.indisvalid
                      AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) AND a.atttypid = 'text'::regtype AND a.attname = 'status'));
