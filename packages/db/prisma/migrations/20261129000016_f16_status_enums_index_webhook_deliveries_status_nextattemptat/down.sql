DROP INDEX CONCURRENTLY IF EXISTS "webhook_deliveries_status_enum_nextAttemptAt_idx";
