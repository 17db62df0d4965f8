-- Finding 1, contract step: membership lives only in tenant_members from now on. The application
-- deployed at the pause reads memberships and never users."tenantId"; the legacy application, the
-- only writer of the column, is gone (that is what the release at the pause says). So the column's
-- values are stable and are read under MVCC, without a table lock: the quarantined copies the
-- backfill made are brought up to date (a user deleted since loses the copy, a value changed since
-- is copied again); only then do the legacy triggers, the key, the index and the column go, in
-- catalog changes that hold ACCESS EXCLUSIVE for milliseconds. The erasure
-- trigger the expand step added stays: with the key's cascade gone, it alone erases the users whose
-- only membership was a deleted tenant. The ledger entries carry the expand folder's name, where the
-- finding's catalog entry points.
SELECT "online_migration"."require_released"('20261129000005_f01_membership_via_tenant_member', '20261130000005_f01_drop_user_tenant_id');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

DO $$
DECLARE
  m CONSTANT text := '20261129000005_f01_membership_via_tenant_member';
  stale integer;
  copied integer;
  kept_values integer;
  left_out integer;
BEGIN
  -- Copies that no longer say what the column holds: the user is gone, the value changed, or a
  -- batch was repeated. ROW EXCLUSIVE on the quarantine; users only read.
  DELETE FROM "migration_quarantine" q
   WHERE q."migration" = m AND q."tableName" = 'users' AND q."columnName" = 'tenantId'
     AND (NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = q."rowId" AND u."tenantId" = q."value" #>> '{}')
          OR q."id" IN (SELECT repeated."id"
                          FROM (SELECT d."id", row_number() OVER (PARTITION BY d."rowId" ORDER BY d."id") AS nth
                                  FROM "migration_quarantine" d
                                 WHERE d."migration" = m AND d."tableName" = 'users' AND d."columnName" = 'tenantId') repeated
                         WHERE repeated.nth > 1));
  GET DIAGNOSTICS stale = ROW_COUNT;

  -- Values the legacy application wrote after the backfill passed the user.
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'users', u."id", 'tenantId', to_jsonb(u."tenantId"),
         'users.tenantId before the column was dropped (membership now lives in tenant_members); kept for down.sql', u."tenantId"
    FROM "users" u
   WHERE u."tenantId" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "migration_quarantine" q
                      WHERE q."migration" = m AND q."tableName" = 'users' AND q."columnName" = 'tenantId' AND q."rowId" = u."id");
  GET DIAGNOSTICS copied = ROW_COUNT;

  SELECT count(*) INTO kept_values FROM "migration_quarantine" q
   WHERE q."migration" = m AND q."tableName" = 'users' AND q."columnName" = 'tenantId';

  -- Users without a membership in their tenantId now: after the pause tenant_members is the truth,
  -- so a membership removed since (by either application) is not given back; the value stays in
  -- the quarantine and the ledger says how many.
  SELECT count(*) INTO left_out FROM "users" u
   WHERE u."tenantId" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "tenant_members" tm WHERE tm."tenantId" = u."tenantId" AND tm."userId" = u."id");

  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'users', 'quarantined', kept_values, NULL, 'every non-null tenantId, kept for down.sql before the column is dropped');
  IF left_out > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'users', 'kept', left_out, NULL, 'tenantId without a membership there: removed after the backfill, not given back (the value is in the quarantine)');
  END IF;

  RAISE NOTICE '%: users: % tenantId values kept in migration_quarantine (% copied since the backfill, % stale copies replaced)', m, kept_values, copied, stale;
  IF left_out > 0 THEN
    RAISE NOTICE '%: users: % users have no membership in their tenantId (removed after the backfill; not given back)', m, left_out;
  END IF;
END $$;

-- The catalog-only drops, last: each takes ACCESS EXCLUSIVE and holds it until the commit, so nothing
-- that reads rows may follow them. First the triggers (ACCESS EXCLUSIVE on users and on tenant_members):
-- no legacy write remains to keep in step, and the one that lets an application membership replace an
-- invented one stayed useful up to here. (Their functions stay in the online_migration schema for
-- down.sql.) Then the key (on users, and on tenants: dropping a foreign key locks the table it
-- references too), the index and the column.
DROP TRIGGER "online_f01_membership_for_tenant_id" ON "users";
DROP TRIGGER "online_f01_application_membership_wins" ON "tenant_members";

-- DropForeignKey
ALTER TABLE "users" DROP CONSTRAINT "users_tenantId_fkey";

-- DropIndex
DROP INDEX "users_tenantId_email_idx";

-- AlterTable
ALTER TABLE "users" DROP COLUMN "tenantId";

SELECT "online_migration"."contracted"('20261129000005_f01_membership_via_tenant_member');
