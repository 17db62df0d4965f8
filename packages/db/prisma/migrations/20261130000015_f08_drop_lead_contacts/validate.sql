-- Rows when lead_contacts survived, the lead's contact key is not validated, or the trigger's functions
-- left a write unplaced.
SELECT 'lead_contacts still exists' AS problem, NULL::text AS detail
 WHERE to_regclass('public.lead_contacts') IS NOT NULL
UNION ALL
SELECT 'key not validated', 'leads_contactId_fkey'
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = 'leads_contactId_fkey' AND c.convalidated AND c.confdeltype = 'n');
