-- Finding 12: @@unique([tenantId, keyword]), what Prisma's client offers for findUnique / upsert by
-- (tenant, text). An exact repeat is a near-duplicate too: the merge and the trigger keep it out.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "keywords_tenantId_keyword_key" ON "keywords"("tenantId", "keyword");
