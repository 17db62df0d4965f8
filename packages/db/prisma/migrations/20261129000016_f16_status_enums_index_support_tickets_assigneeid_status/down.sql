DROP INDEX CONCURRENTLY IF EXISTS "support_tickets_assigneeId_status_enum_idx";
