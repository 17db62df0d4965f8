-- Finding 2, contract step: the backfill has cleaned every existing row and the trigger every legacy
-- write since, so the key is validated (SHARE UPDATE EXCLUSIVE on activities: reads and writes go on)
-- and then the trigger goes (ACCESS EXCLUSIVE for an instant); the application that reads the
-- corrected schema writes only valid sources.
SELECT "online_migration"."require_released"('20261129000004_f02_activity_source_deliverable_fk', '20261130000004_f02_validate_activity_source_deliverable_fk');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- The key is validated while the trigger still guards every write: SHARE UPDATE EXCLUSIVE on activities,
-- so the application reads and writes on during the scan.
ALTER TABLE "activities" VALIDATE CONSTRAINT "activities_sourceDeliverableId_fkey";

-- Then the trigger goes: ACCESS EXCLUSIVE on activities from here to the commit, so only the count
-- below (bookkeeping tables, by index) follows it.
DROP TRIGGER "online_f02_source_deliverable_same_tenant" ON "activities";

-- Ids the trigger quarantined after the backfill's ledger entries were written (none can be added now).
DO $$
DECLARE
  m CONSTANT text := '20261129000004_f02_activity_source_deliverable_fk';
  late integer;
BEGIN
  SELECT (SELECT count(*) FROM "migration_quarantine" WHERE "migration" = m)
       - (SELECT coalesce(sum("rows"), 0) FROM "migration_ledger" WHERE "migration" = m AND "action" = 'quarantined')
    INTO late;
  IF late > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'activities', 'quarantined', late, NULL, 'cross-tenant sourceDeliverableId written after the backfill finished'),
      (m, 'activities', 'nulled', late, NULL, 'sourceDeliverableId written after the backfill finished, set to NULL after quarantine');
  END IF;
END $$;

SELECT "online_migration"."contracted"('20261129000004_f02_activity_source_deliverable_fk');
