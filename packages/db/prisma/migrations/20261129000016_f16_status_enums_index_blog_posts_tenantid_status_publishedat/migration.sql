-- Finding 16: blog_posts_tenantId_status_publishedAt_idx rebuilt on the enum-typed twin of blog_posts.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "blog_posts_tenantId_status_enum_publishedAt_idx" ON "blog_posts"("tenantId", "status_enum", "publishedAt");
