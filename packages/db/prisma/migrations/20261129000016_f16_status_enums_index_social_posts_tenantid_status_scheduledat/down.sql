DROP INDEX CONCURRENTLY IF EXISTS "social_posts_tenantId_status_enum_scheduledAt_idx";
