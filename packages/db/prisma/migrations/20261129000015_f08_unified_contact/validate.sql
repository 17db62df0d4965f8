-- Rows only when finding 8 does not hold after this folder: lead_contacts survived beside
-- contact_methods, a lead or a contact method points at a contact of another tenant, a contact has
-- two primary methods on one channel, or the ledger lacks one of its anomaly entries.
SELECT 'lead_contacts still exists' AS problem, NULL::text AS detail
 WHERE to_regclass('public.lead_contacts') IS NOT NULL
UNION ALL
SELECT 'contact_methods missing', NULL WHERE to_regclass('public.contact_methods') IS NULL
UNION ALL
SELECT 'lead points at a contact of another tenant', l."id" || ' -> ' || c."id"
  FROM "leads" l JOIN "contacts" c ON c."id" = l."contactId"
 WHERE l."tenantId" <> c."tenantId"
UNION ALL
SELECT 'contact method of another tenant than its contact', m."id" || ' -> ' || c."id"
  FROM "contact_methods" m JOIN "contacts" c ON c."id" = m."contactId"
 WHERE m."tenantId" <> c."tenantId"
UNION ALL
SELECT 'contact method on another contact than the lead it was captured from', m."id" || ' lead ' || l."id"
  FROM "contact_methods" m JOIN "leads" l ON l."id" = m."leadId"
 WHERE l."contactId" IS DISTINCT FROM m."contactId"
UNION ALL
SELECT 'two primary methods on one channel', m."contactId" || ' ' || m."channel"::text
  FROM "contact_methods" m WHERE m."isPrimary"
 GROUP BY m."contactId", m."channel" HAVING count(*) > 1
UNION ALL
SELECT 'ledger entry missing or repeated', kind
  FROM unnest(ARRAY['lead_contact_entries', 'lead_contact_duplicates_contact']) AS kind
 WHERE (SELECT count(*) FROM "migration_ledger" l
         WHERE l."migration" = '20261129000015_f08_unified_contact' AND l."anomaly" = kind) <> 1;
