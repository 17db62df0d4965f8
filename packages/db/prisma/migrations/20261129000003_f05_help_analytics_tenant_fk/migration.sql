-- Finding 5, expand step: help_page_ratings and help_search_events keep a "tenantId" that nothing
-- checks, so rows survive their tenant (personal feedback kept after erasure) and may name tenants
-- that never existed. This step adds the foreign keys NOT VALID: from its commit on, every row the
-- application writes is checked and a deleted tenant's rows go with it, while the rows already there
-- are not scanned (the key is added in an instant, whatever the table's size). The orphans already
-- there are quarantined by the backfill (backfill.ts), and the key is validated in the contract
-- folder 20261130000003_f05_validate_help_analytics_tenant_fk.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- AddForeignKey (NOT VALID: SHARE ROW EXCLUSIVE on both tables for an instant, no scan)
ALTER TABLE "help_page_ratings" ADD CONSTRAINT "help_page_ratings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;

-- AddForeignKey
ALTER TABLE "help_search_events" ADD CONSTRAINT "help_search_events_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;

SELECT "online_migration"."expanded"('20261129000003_f05_help_analytics_tenant_fk', 5);
