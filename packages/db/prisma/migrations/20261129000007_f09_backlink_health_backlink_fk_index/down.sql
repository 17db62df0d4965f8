DROP INDEX CONCURRENTLY IF EXISTS "backlink_health_backlinkId_key";
