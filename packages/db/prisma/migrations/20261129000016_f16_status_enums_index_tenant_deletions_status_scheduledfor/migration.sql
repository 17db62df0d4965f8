-- Finding 16: tenant_deletions_status_scheduledFor_idx rebuilt on the enum-typed twin of tenant_deletions.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tenant_deletions_status_enum_scheduledFor_idx" ON "tenant_deletions"("status_enum", "scheduledFor");
