-- Finding 16: newsletter_issues_newsletterId_status_idx rebuilt on the enum-typed twin of newsletter_issues.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "newsletter_issues_newsletterId_status_enum_idx" ON "newsletter_issues"("newsletterId", "status_enum");
