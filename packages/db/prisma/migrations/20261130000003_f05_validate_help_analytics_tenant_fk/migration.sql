-- Finding 5, contract step: validate the tenant keys the expand step added NOT VALID, now that the
-- backfill has quarantined every orphan. VALIDATE CONSTRAINT scans the table under SHARE UPDATE
-- EXCLUSIVE (reads and writes go on) and takes only ROW SHARE on tenants.
SELECT "online_migration"."require_released"('20261129000003_f05_help_analytics_tenant_fk', '20261130000003_f05_validate_help_analytics_tenant_fk');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

ALTER TABLE "help_page_ratings" VALIDATE CONSTRAINT "help_page_ratings_tenantId_fkey";
ALTER TABLE "help_search_events" VALIDATE CONSTRAINT "help_search_events_tenantId_fkey";

SELECT "online_migration"."contracted"('20261129000003_f05_help_analytics_tenant_fk');
