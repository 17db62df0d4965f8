-- Finding 16: invoices_tenantId_status_dueAt_idx rebuilt on the enum-typed twin of invoices.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "invoices_tenantId_status_enum_dueAt_idx" ON "invoices"("tenantId", "status_enum", "dueAt");
