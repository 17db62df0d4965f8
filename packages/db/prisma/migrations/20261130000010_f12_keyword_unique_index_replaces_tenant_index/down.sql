CREATE INDEX CONCURRENTLY IF NOT EXISTS "keywords_tenantId_idx" ON "keywords"("tenantId");
