-- Rows when finding 13's new structures are missing or would mix into the live list: the version FAQ
-- table or its key is missing, or the live FAQ table gained a way to hold version FAQs (so a post's
-- FAQ list could show them). Holds after the expand step and after the contract step alike.
SELECT 'table blog_post_version_faqs missing' AS problem, NULL::text AS detail
 WHERE to_regclass('public.blog_post_version_faqs') IS NULL
UNION ALL
SELECT 'key of blog_post_version_faqs to its version missing', 'blog_post_version_faqs_blogPostVersionId_fkey'
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c
                    WHERE c.conname = 'blog_post_version_faqs_blogPostVersionId_fkey' AND c.contype = 'f' AND c.confdeltype = 'c')
UNION ALL
SELECT 'live FAQ table refers to versions: version FAQs would be listed under their post', a.attname::text
  FROM pg_attribute a
 WHERE a.attrelid = 'public.blog_post_faqs'::regclass AND a.attname IN ('blogPostVersionId', 'versionId') AND NOT a.attisdropped;
