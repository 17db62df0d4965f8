-- Rows only when finding 12 does not hold after its folders: a tenant still has the same keyword
-- twice (compared the way the merge compares: trimmed, whitespace collapsed, lower-cased), the ledger
-- lacks its anomaly entry, or a merged keyword left no full copy in the quarantine. The index folders
-- check their own indexes.
SELECT 'duplicate keyword in one tenant' AS problem,
       k."tenantId" || ': ' || string_agg(k."id", ', ' ORDER BY k."id") AS detail
  FROM "keywords" k
 GROUP BY k."tenantId", lower(btrim(regexp_replace(k."keyword", '\s+', ' ', 'g')))
HAVING count(*) > 1
UNION ALL
SELECT 'ledger lacks the keyword_duplicates entry', '20261129000010_f12_keyword_unique_per_tenant'
 WHERE (SELECT count(*) FROM "migration_ledger"
         WHERE "migration" = '20261129000010_f12_keyword_unique_per_tenant' AND "anomaly" = 'keyword_duplicates') <> 1
UNION ALL
-- Every merged keyword (by the backfill or by the contract) must have left its full copy in the quarantine.
SELECT 'merged keywords without a quarantined copy', merged.n || ' merged, ' || copies.n || ' copies'
  FROM (SELECT coalesce(sum("rows"), 0) AS n FROM "migration_ledger"
         WHERE "migration" = '20261129000010_f12_keyword_unique_per_tenant' AND "tableName" = 'keywords' AND "action" = 'merged') merged,
       (SELECT count(*) AS n FROM "migration_quarantine"
         WHERE "migration" = '20261129000010_f12_keyword_unique_per_tenant' AND "tableName" = 'keywords') copies
 WHERE merged.n <> copies.n;
