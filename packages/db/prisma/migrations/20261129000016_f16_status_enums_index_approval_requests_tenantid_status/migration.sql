-- Finding 16: approval_requests_tenantId_status_idx rebuilt on the enum-typed twin of approval_requests.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "approval_requests_tenantId_status_enum_idx" ON "approval_requests"("tenantId", "status_enum");
