-- Finding 16: webhook_deliveries_status_nextAttemptAt_idx rebuilt on the enum-typed twin of webhook_deliveries.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "webhook_deliveries_status_enum_nextAttemptAt_idx" ON "webhook_deliveries"("status_enum", "nextAttemptAt");
