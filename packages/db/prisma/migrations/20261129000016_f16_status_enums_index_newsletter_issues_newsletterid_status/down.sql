DROP INDEX CONCURRENTLY IF EXISTS "newsletter_issues_newsletterId_status_enum_idx";
