-- Rows only when finding 12 does not hold after this folder: a tenant still has the same keyword
-- twice (compared the way the merge compares: trimmed, whitespace collapsed, lower-cased), the unique
-- is missing or the old index survived, or the ledger lacks its entries.
SELECT 'duplicate keyword in one tenant' AS problem,
       k."tenantId" || ': ' || string_agg(k."id", ', ' ORDER BY k."id") AS detail
  FROM "keywords" k
 GROUP BY k."tenantId", lower(btrim(regexp_replace(k."keyword", '\s+', ' ', 'g')))
HAVING count(*) > 1
UNION ALL
SELECT 'unique index missing', name
  FROM unnest(ARRAY['keywords_tenantId_keyword_key', 'keywords_tenantId_keyword_normalized_key']) AS name
 WHERE to_regclass(format('public.%I', name)) IS NULL
UNION ALL
SELECT 'redundant index still present', 'keywords_tenantId_idx'
 WHERE to_regclass('public."keywords_tenantId_idx"') IS NOT NULL
UNION ALL
SELECT 'ledger lacks the keyword_duplicates entry', '20261129000010_f12_keyword_unique_per_tenant'
 WHERE (SELECT count(*) FROM "migration_ledger"
         WHERE "migration" = '20261129000010_f12_keyword_unique_per_tenant' AND "anomaly" = 'keyword_duplicates') <> 1
UNION ALL
-- Every merged keyword must have left its full copy in the quarantine.
SELECT 'merged keywords without a quarantined copy',
       l."rows" || ' merged, ' || (SELECT count(*) FROM "migration_quarantine" q
                                   WHERE q."migration" = l."migration" AND q."tableName" = 'keywords') || ' copies'
  FROM "migration_ledger" l
 WHERE l."migration" = '20261129000010_f12_keyword_unique_per_tenant' AND l."anomaly" = 'keyword_duplicates'
   AND l."rows" <> (SELECT count(*) FROM "migration_quarantine" q
                    WHERE q."migration" = l."migration" AND q."tableName" = 'keywords');
