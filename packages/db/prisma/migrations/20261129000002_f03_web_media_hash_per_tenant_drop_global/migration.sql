-- Finding 3 (2 of 2): drop the platform-wide unique on web_media."contentHash" now that the
-- per-tenant one exists. DROP INDEX CONCURRENTLY takes no ACCESS EXCLUSIVE lock on web_media.
DROP INDEX CONCURRENTLY IF EXISTS "web_media_contentHash_key";
