-- Finding 12: the unique index on the normalised text serves the lookups the transition index served.
DROP INDEX CONCURRENTLY IF EXISTS "keywords_tenantId_keyword_normalized_idx";
