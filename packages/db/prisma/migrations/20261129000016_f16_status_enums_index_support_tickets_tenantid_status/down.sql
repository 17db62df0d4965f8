DROP INDEX CONCURRENTLY IF EXISTS "support_tickets_tenantId_status_enum_idx";
