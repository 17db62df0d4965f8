-- Finding 16: announcements_status_startsAt_idx rebuilt on the enum-typed twin of announcements.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "announcements_status_enum_startsAt_idx" ON "announcements"("status_enum", "startsAt");
