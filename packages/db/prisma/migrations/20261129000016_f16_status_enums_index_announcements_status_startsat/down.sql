DROP INDEX CONCURRENTLY IF EXISTS "announcements_status_enum_startsAt_idx";
