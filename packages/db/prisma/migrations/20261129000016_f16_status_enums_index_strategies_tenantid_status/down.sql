DROP INDEX CONCURRENTLY IF EXISTS "strategies_tenantId_status_enum_idx";
