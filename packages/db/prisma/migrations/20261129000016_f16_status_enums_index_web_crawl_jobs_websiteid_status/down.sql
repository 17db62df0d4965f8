DROP INDEX CONCURRENTLY IF EXISTS "web_crawl_jobs_websiteId_status_enum_idx";
