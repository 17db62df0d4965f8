-- Finding 16: social_posts_tenantId_status_scheduledAt_idx rebuilt on the enum-typed twin of social_posts.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "social_posts_tenantId_status_enum_scheduledAt_idx" ON "social_posts"("tenantId", "status_enum", "scheduledAt");
