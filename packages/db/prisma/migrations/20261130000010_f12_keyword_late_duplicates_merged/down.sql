-- Merged keywords are not split again (their references now hang off the keeper; the full copies stay
-- in migration_quarantine). The (empty) queue comes back.
SET LOCAL lock_timeout = '5s';
CREATE TABLE "online_migration"."f12_late_keyword" (
  "keywordId" TEXT        NOT NULL PRIMARY KEY,
  "tenantId"  TEXT        NOT NULL,
  "queuedAt"  TIMESTAMPTZ NOT NULL DEFAULT now()
);
