DROP INDEX CONCURRENTLY IF EXISTS "keywords_tenantId_keyword_normalized_idx";
