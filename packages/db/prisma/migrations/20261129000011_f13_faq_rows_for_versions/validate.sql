-- Rows only when finding 13 does not hold after this folder: the JSON column survived, a versioned
-- FAQ belongs to another post than its version, the ledger is not one faq_snapshot_differs entry, or
-- the FAQ rows of versions number fewer than the ledger says were inserted.
SELECT 'blog_post_versions.faqs still exists' AS problem, NULL::text AS detail
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.blog_post_versions'::regclass AND a.attname = 'faqs' AND NOT a.attisdropped)
UNION ALL
SELECT 'versioned FAQ on another post than its version', f."id"
  FROM "blog_post_faqs" f JOIN "blog_post_versions" v ON v."id" = f."blogPostVersionId"
 WHERE f."blogPostId" <> v."blogPostId"
UNION ALL
SELECT 'ledger entry missing or repeated', 'faq_snapshot_differs'
 WHERE (SELECT count(*) FROM "migration_ledger"
         WHERE "migration" = '20261129000011_f13_faq_rows_for_versions' AND "anomaly" = 'faq_snapshot_differs') <> 1
UNION ALL
SELECT 'fewer versioned FAQ rows than the ledger inserted',
       (SELECT count(*) FROM "blog_post_faqs" WHERE "blogPostVersionId" IS NOT NULL) || ' rows, ledger says ' || sum(l."rows")
  FROM "migration_ledger" l
 WHERE l."migration" = '20261129000011_f13_faq_rows_for_versions' AND l."tableName" = 'blog_post_faqs' AND l."action" = 'inserted'
HAVING (SELECT count(*) FROM "blog_post_faqs" WHERE "blogPostVersionId" IS NOT NULL) < sum(l."rows");
