-- Finding 3 (1 of 2): web_media."contentHash" is unique across ALL tenants, so the second tenant to
-- upload a file another tenant already has is refused. The hash only needs to be unique within a
-- tenant. The global unique implies the per-tenant one, so no existing row can conflict.
-- Built CONCURRENTLY (writes go on while it builds); that cannot run in a transaction block, so it
-- is this folder's only statement. The next folder drops the global unique, so uniqueness within a
-- tenant is enforced at every moment.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "web_media_tenantId_contentHash_key" ON "web_media"("tenantId", "contentHash");
