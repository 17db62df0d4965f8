-- Back to the legacy shape of "keywords": the plain tenant index returns and both uniques go.
-- Data is not split again: merged keywords stay merged, re-pointed references stay on the keeper.
-- The copies of the merged rows stay in migration_quarantine (they are the only record of them);
-- this folder's ledger entries go, as its row in _prisma_migrations does, so that applying the
-- folder again writes one clean set of entries.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

CREATE INDEX "keywords_tenantId_idx" ON "keywords"("tenantId");
DROP INDEX "keywords_tenantId_keyword_key";
DROP INDEX "keywords_tenantId_keyword_normalized_key";

DELETE FROM "migration_ledger" WHERE "migration" = '20261129000010_f12_keyword_unique_per_tenant';
