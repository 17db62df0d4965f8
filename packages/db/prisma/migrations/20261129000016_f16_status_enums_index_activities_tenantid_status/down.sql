DROP INDEX CONCURRENTLY IF EXISTS "activities_tenantId_status_enum_idx";
