-- Rows when finding 13 does not hold after the contract step: the JSON column or a converting trigger
-- survived, the key is not validated, the ledger is not one faq_snapshot_differs entry, or the version
-- FAQ rows number fewer than the ledger says were inserted.
SELECT 'blog_post_versions.faqs still exists' AS problem, NULL::text AS detail
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.blog_post_versions'::regclass AND a.attname = 'faqs' AND NOT a.attisdropped)
UNION ALL
SELECT 'converting trigger still present', t.tgname::text
  FROM pg_trigger t WHERE t.tgname LIKE 'online\_f13\_%'
UNION ALL
SELECT 'key not validated', 'blog_post_version_faqs_blogPostVersionId_fkey'
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = 'blog_post_version_faqs_blogPostVersionId_fkey' AND c.convalidated)
UNION ALL
SELECT 'ledger entry missing or repeated', 'faq_snapshot_differs'
 WHERE (SELECT count(*) FROM "migration_ledger"
         WHERE "migration" = '20261129000011_f13_faq_rows_for_versions' AND "anomaly" = 'faq_snapshot_differs') <> 1
UNION ALL
SELECT 'fewer version FAQ rows than the ledger inserted',
       (SELECT count(*) FROM "blog_post_version_faqs") || ' rows, ledger says ' || sum(l."rows")
  FROM "migration_ledger" l
 WHERE l."migration" = '20261129000011_f13_faq_rows_for_versions' AND l."tableName" = 'blog_post_version_faqs' AND l."action" = 'inserted'
HAVING (SELECT count(*) FROM "blog_post_version_faqs") < sum(l."rows");
