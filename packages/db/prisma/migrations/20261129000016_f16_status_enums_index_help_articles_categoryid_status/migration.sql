-- Finding 16: help_articles_categoryId_status_idx rebuilt on the enum-typed twin of help_articles.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "help_articles_categoryId_status_enum_idx" ON "help_articles"("categoryId", "status_enum");
