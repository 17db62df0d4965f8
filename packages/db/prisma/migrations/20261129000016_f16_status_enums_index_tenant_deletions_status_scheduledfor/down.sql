DROP INDEX CONCURRENTLY IF EXISTS "tenant_deletions_status_enum_scheduledFor_idx";
