-- Rows when a queued near-duplicate was left unmerged.
SELECT 'queued near-duplicate keyword not merged' AS problem, q."keywordId" AS detail
  FROM "online_migration"."f12_late_keyword" q;
