-- Merged keywords are not split again (their references now hang off the keeper; the full copies stay
-- in migration_quarantine). The (empty) queue comes back, and the phase goes back to released, not contracted.
SET LOCAL lock_timeout = '5s';
CREATE TABLE "online_migration"."f12_late_keyword" (
  "keywordId" TEXT        NOT NULL PRIMARY KEY,
  "tenantId"  TEXT        NOT NULL,
  "queuedAt"  TIMESTAMPTZ NOT NULL DEFAULT now()
);
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000010_f12_keyword_unique_per_tenant';
