-- A validated key cannot be made NOT VALID again in place: drop and re-add it NOT VALID, which is
-- what the expand step left (an instant under SHARE ROW EXCLUSIVE, no scan).
SET LOCAL lock_timeout = '5s';
ALTER TABLE "help_page_ratings" DROP CONSTRAINT "help_page_ratings_tenantId_fkey";
ALTER TABLE "help_page_ratings" ADD CONSTRAINT "help_page_ratings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "help_search_events" DROP CONSTRAINT "help_search_events_tenantId_fkey";
ALTER TABLE "help_search_events" ADD CONSTRAINT "help_search_events_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000003_f05_help_analytics_tenant_fk';
