-- Rows only when finding 4 does not hold after this folder: the shared cache still has a column for
-- a person, this folder left anything in the quarantine (people no tenant used are erased, not kept
-- without a tenant), an outreach
-- contact this folder created is missing from the tenant whose target it was made for, or the
-- ledger lacks its entry.
SELECT 'personal column still on the shared crawl cache' AS problem, a.attname::text AS detail
  FROM pg_attribute a
 WHERE a.attrelid = 'public.crawl_cache'::regclass AND a.attnum > 0 AND NOT a.attisdropped
   AND a.attname IN ('recipientEmail', 'recipientName')
UNION ALL
SELECT 'personal data kept in the quarantine', q."tableName" || ' ' || q."rowId" || ' ' || coalesce(q."columnName", '')
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000006_f04_crawl_cache_without_personal_data'
UNION ALL
SELECT 'outreach target linked to a contact of another tenant', ot."id" || ' (' || ot."tenantId" || ') -> ' || c."id" || ' (' || c."tenantId" || ')'
  FROM "outreach_targets" ot JOIN "contacts" c ON c."id" = ot."contactId"
 WHERE ot."tenantId" <> c."tenantId"
UNION ALL
SELECT 'ledger lacks the crawl_cache_personal_data entry', '20261129000006_f04_crawl_cache_without_personal_data'
 WHERE (SELECT count(*) FROM "migration_ledger"
         WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data'
           AND "anomaly" = 'crawl_cache_personal_data') <> 1;
