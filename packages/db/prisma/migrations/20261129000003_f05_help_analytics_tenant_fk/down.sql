-- Drop the foreign keys and put the quarantined orphan rows back where they were, exactly as they
-- were (the quarantine holds each whole row). Rows deleted since by a tenant's cascade stay deleted.
-- Also forgets the finding's phase row (its backfill progress), so the expand step can run again.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "help_page_ratings" DROP CONSTRAINT "help_page_ratings_tenantId_fkey";
ALTER TABLE "help_search_events" DROP CONSTRAINT "help_search_events_tenantId_fkey";

INSERT INTO "help_page_ratings"
SELECT (jsonb_populate_record(NULL::"help_page_ratings", q."value")).*
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000003_f05_help_analytics_tenant_fk' AND q."tableName" = 'help_page_ratings';

INSERT INTO "help_search_events"
SELECT (jsonb_populate_record(NULL::"help_search_events", q."value")).*
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000003_f05_help_analytics_tenant_fk' AND q."tableName" = 'help_search_events';

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000003_f05_help_analytics_tenant_fk';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000003_f05_help_analytics_tenant_fk';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000003_f05_help_analytics_tenant_fk';
