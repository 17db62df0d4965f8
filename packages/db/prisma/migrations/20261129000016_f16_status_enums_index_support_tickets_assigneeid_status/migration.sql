-- Finding 16: support_tickets_assigneeId_status_idx rebuilt on the enum-typed twin of support_tickets.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "support_tickets_assigneeId_status_enum_idx" ON "support_tickets"("assigneeId", "status_enum");
