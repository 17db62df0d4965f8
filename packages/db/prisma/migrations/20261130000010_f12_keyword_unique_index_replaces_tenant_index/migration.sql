-- Finding 12: the unique's leading column serves every lookup by tenant, so the plain tenant index goes.
DROP INDEX CONCURRENTLY IF EXISTS "keywords_tenantId_idx";
