-- Finding 1: a user belongs to a tenant in two places - users."tenantId" and the tenant_members
-- join table - and the two disagree: some users have a tenantId but no membership there, others
-- are members of further tenants the column cannot express. tenant_members becomes the only
-- source of membership:
--   1. every user whose tenantId has no membership row in that tenant gets one (the role and
--      status defaults of tenant_members, joined when the user was created);
--   2. memberships in tenants other than the user's tenantId are valid and kept as they are;
--   3. every tenantId value is kept in migration_quarantine (tagged with its tenant, so it goes
--      with a tenant's erasure) so down.sql can restore the column exactly; then the column goes;
--   4. deleting a tenant still deletes the users who belonged to it alone (a trigger replaces the
--      cascade the column's key gave).
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- No user may change tenant, and no membership may appear or vanish, while we reconcile the two.
-- Reads continue; the ACCESS EXCLUSIVE lock of the column drop comes last and is brief.
LOCK TABLE "users", "tenant_members" IN SHARE ROW EXCLUSIVE MODE;

DO $$
DECLARE
  m CONSTANT text := '20261129000005_f01_membership_via_tenant_member';
  missing integer;
  elsewhere integer;
  kept_values integer;
BEGIN
  -- Memberships of users in a tenant other than their tenantId (counted before step 1 adds rows).
  SELECT count(*) INTO elsewhere
    FROM "tenant_members" tm JOIN "users" u ON u."id" = tm."userId"
   WHERE u."tenantId" IS NOT NULL AND tm."tenantId" <> u."tenantId";

  -- 1. The missing memberships. The id is derived from (tenant, user) so down.sql can find exactly
  --    these rows again; it has the shape of a cuid (c + 24 characters).
  INSERT INTO "tenant_members" ("id", "tenantId", "userId", "joinedAt", "createdAt", "updatedAt")
  SELECT 'c' || substr(md5(m || ':' || u."tenantId" || ':' || u."id"), 1, 24), u."tenantId", u."id", u."createdAt",
         CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
    FROM "users" u
   WHERE u."tenantId" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "tenant_members" tm WHERE tm."tenantId" = u."tenantId" AND tm."userId" = u."id")
  ON CONFLICT ("tenantId", "userId") DO NOTHING;
  GET DIAGNOSTICS missing = ROW_COUNT;

  -- 3. Keep the column's values before it is dropped.
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'users', u."id", 'tenantId', to_jsonb(u."tenantId"),
         'users.tenantId before the column was dropped (membership now lives in tenant_members); kept for down.sql', u."tenantId"
    FROM "users" u
   WHERE u."tenantId" IS NOT NULL;
  GET DIAGNOSTICS kept_values = ROW_COUNT;

  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'tenant_members', 'inserted', missing, 'user_without_membership', 'membership in the user''s tenantId, which had none'),
    (m, 'tenant_members', 'kept', elsewhere, 'member_of_other_tenant', 'memberships in a tenant other than the user''s tenantId: valid, kept as they are'),
    (m, 'users', 'quarantined', kept_values, NULL, 'every non-null tenantId, kept for down.sql before the column is dropped');

  RAISE NOTICE '%: tenant_members: % memberships added for users whose tenantId had none', m, missing;
  RAISE NOTICE '%: tenant_members: % memberships in a tenant other than the user''s tenantId are kept as they are', m, elsewhere;
  RAISE NOTICE '%: users: % tenantId values kept in migration_quarantine before the column is dropped', m, kept_values;
END $$;

-- DropForeignKey
ALTER TABLE "users" DROP CONSTRAINT "users_tenantId_fkey";

-- DropIndex
DROP INDEX "users_tenantId_email_idx";

-- AlterTable
ALTER TABLE "users" DROP COLUMN "tenantId";

-- 4. Deleting a tenant deletes the users whose only membership it was: the accounts the legacy
-- users.tenantId cascade deleted with their tenant, minus those who still belong to another tenant
-- (they keep the account and lose the membership) and platform admins (accounts of the platform, not
-- of a tenant). BEFORE DELETE, so the memberships that say who belonged only here are still there.
CREATE FUNCTION "delete_users_only_in_tenant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "users" u
   WHERE NOT u."isPlatformAdmin"
     AND u."id" IN (SELECT tm."userId" FROM "tenant_members" tm WHERE tm."tenantId" = OLD."id")
     AND NOT EXISTS (SELECT 1 FROM "tenant_members" other WHERE other."userId" = u."id" AND other."tenantId" <> OLD."id");
  RETURN OLD;
END
$$;
CREATE TRIGGER "tenants_delete_users_only_in_tenant" BEFORE DELETE ON "tenants"
  FOR EACH ROW EXECUTE FUNCTION "delete_users_only_in_tenant"();
