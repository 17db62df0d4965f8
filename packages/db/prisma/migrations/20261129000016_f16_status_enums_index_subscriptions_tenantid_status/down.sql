DROP INDEX CONCURRENTLY IF EXISTS "subscriptions_tenantId_status_enum_idx";
