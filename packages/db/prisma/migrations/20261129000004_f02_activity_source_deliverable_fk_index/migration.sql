-- Finding 2: the index the new key needs (deleting a deliverable looks up its activities), built
-- CONCURRENTLY so activities stay writable; alone in its folder because a concurrent build cannot
-- run in a transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "activities_sourceDeliverableId_idx" ON "activities"("sourceDeliverableId");
