DROP INDEX CONCURRENTLY IF EXISTS "campaigns_tenantId_status_enum_idx";
