DROP INDEX CONCURRENTLY IF EXISTS "leads_tenantId_status_enum_createdAt_idx";
