-- Finding 16: outreach_emails_tenantId_status_sentAt_idx rebuilt on the enum-typed twin of outreach_emails.status, CONCURRENTLY (reads and
-- writes go on), so the index is there when the contract swaps the columns (the old index goes with the
-- text column, this one is renamed into its place). Alone in its folder: a concurrent build refuses a
-- transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "outreach_emails_tenantId_status_enum_sentAt_idx" ON "outreach_emails"("tenantId", "status_enum", "sentAt");
