DROP INDEX CONCURRENTLY IF EXISTS "blog_posts_tenantId_status_enum_publishedAt_idx";
