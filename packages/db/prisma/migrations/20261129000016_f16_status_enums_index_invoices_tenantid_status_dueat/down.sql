DROP INDEX CONCURRENTLY IF EXISTS "invoices_tenantId_status_enum_dueAt_idx";
