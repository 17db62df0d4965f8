CREATE INDEX CONCURRENTLY IF NOT EXISTS "keywords_tenantId_keyword_normalized_idx" ON "keywords" ("tenantId", lower(btrim(regexp_replace("keyword", '\s+', ' ', 'g'))));
