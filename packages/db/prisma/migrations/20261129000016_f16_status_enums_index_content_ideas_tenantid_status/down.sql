DROP INDEX CONCURRENTLY IF EXISTS "content_ideas_tenantId_status_enum_idx";
