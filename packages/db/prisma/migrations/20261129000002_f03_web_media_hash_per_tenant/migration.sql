-- Finding 3: web_media."contentHash" is unique across ALL tenants, so the second tenant to upload a
-- file another tenant already has is refused. The hash only needs to be unique within a tenant.
-- A global unique implies the per-tenant one, so no existing row can conflict and no row changes.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- Build the per-tenant unique first, so uniqueness within a tenant is enforced at every moment.
-- CreateIndex
CREATE UNIQUE INDEX "web_media_tenantId_contentHash_key" ON "web_media"("tenantId", "contentHash");

-- DropIndex
DROP INDEX "web_media_contentHash_key";
