-- Finding 9: one health row per backlink, built CONCURRENTLY so backlink_health stays writable;
-- alone in its folder because a concurrent build cannot run in a transaction block. Every link the
-- expand step's trigger or the backfill sets is unique by construction, so the build finds no duplicate.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "backlink_health_backlinkId_key" ON "backlink_health"("backlinkId");
