-- Rows when the finding's phase is not recorded, this finding left anything in the quarantine
-- (people no tenant used are erased, not kept without a tenant), or an outreach target points at a
-- contact of another tenant.
SELECT 'phase of finding 4 not recorded' AS problem, NULL::text AS detail
 WHERE NOT EXISTS (SELECT 1 FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000006_f04_crawl_cache_without_personal_data')
UNION ALL
SELECT 'personal data kept in the quarantine', q."tableName" || ' ' || q."rowId" || ' ' || coalesce(q."columnName", '')
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000006_f04_crawl_cache_without_personal_data'
UNION ALL
SELECT 'outreach target linked to a contact of another tenant', ot."id" || ' (' || ot."tenantId" || ') -> ' || c."id" || ' (' || c."tenantId" || ')'
  FROM "outreach_targets" ot JOIN "contacts" c ON c."id" = ot."contactId"
 WHERE ot."tenantId" <> c."tenantId";
