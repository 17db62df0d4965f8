DROP INDEX CONCURRENTLY IF EXISTS "deals_tenantId_status_enum_idx";
