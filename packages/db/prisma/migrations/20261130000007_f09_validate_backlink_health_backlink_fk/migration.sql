-- Finding 9, contract step: the key the expand step added NOT VALID is validated (SHARE UPDATE
-- EXCLUSIVE on backlink_health: reads and writes go on), then the trigger that linked legacy writes
-- goes (the application deployed at the pause sets backlinkId itself).
SELECT "online_migration"."require_released"('20261129000007_f09_backlink_health_backlink_fk', '20261130000007_f09_validate_backlink_health_backlink_fk');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- The scan first, while the application reads and writes on (SHARE UPDATE EXCLUSIVE).
ALTER TABLE "backlink_health" VALIDATE CONSTRAINT "backlink_health_backlinkId_fkey";

-- Then the trigger: ACCESS EXCLUSIVE on backlink_health from here to the commit, a catalog change only.
DROP TRIGGER "online_f09_link_backlink_health" ON "backlink_health";

SELECT "online_migration"."contracted"('20261129000007_f09_backlink_health_backlink_fk');
