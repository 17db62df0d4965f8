DROP INDEX CONCURRENTLY IF EXISTS "approval_requests_tenantId_status_enum_idx";
