-- Rows only when finding 13 does not hold after this folder: the JSON column survived, the live FAQ
-- table gained a way to hold version FAQs (so a post's FAQ list could mix them in), the ledger is not
-- one faq_snapshot_differs entry, or the version FAQ rows number fewer than the ledger says were
-- inserted.
SELECT 'blog_post_versions.faqs still exists' AS problem, NULL::text AS detail
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.blog_post_versions'::regclass AND a.attname = 'faqs' AND NOT a.attisdropped)
UNION ALL
SELECT 'live FAQ table refers to versions: version FAQs would be listed under their post', a.attname::text
  FROM pg_attribute a
 WHERE a.attrelid = 'public.blog_post_faqs'::regclass AND a.attname = 'blogPostVersionId' AND NOT a.attisdropped
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
