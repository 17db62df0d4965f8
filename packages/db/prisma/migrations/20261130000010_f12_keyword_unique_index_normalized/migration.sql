-- Finding 12: the same comparison the merge used, enforced by the database ('seo tools' cannot come
-- back beside 'SEO tools'). Built CONCURRENTLY after the pause, once the backfill and the contract step
-- have merged every near-duplicate; the expand step's trigger refuses new ones until it exists.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "keywords_tenantId_keyword_normalized_key" ON "keywords" ("tenantId", lower(btrim(regexp_replace("keyword", '\s+', ' ', 'g'))));
