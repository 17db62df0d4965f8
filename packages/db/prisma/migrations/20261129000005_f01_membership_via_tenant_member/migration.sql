-- Finding 1, expand step: a user belongs to a tenant in two places - users."tenantId" and the
-- tenant_members join table - and the two disagree. tenant_members becomes the only source of
-- membership. The legacy application still writes and reads users."tenantId" (and relies on its
-- cascade when a tenant is deleted), so the column and its key stay until the contract step
-- 20261130000005_f01_drop_user_tenant_id. This step only adds:
--   1. a deferred trigger on users: a legacy write that gives a user a tenantId without a
--      membership there gets one at commit (the defaults of tenant_members, joined when the user
--      was created), so tenant_members stays complete for the corrected application;
--   2. a trigger on tenant_members: a membership that trigger or the backfill invented yields to
--      one the application inserts itself for the same tenant and user (with the role it chose),
--      so the legacy application never meets a duplicate key it did not cause;
--   3. the erasure trigger of the corrected schema: deleting a tenant deletes the users whose only
--      membership it was (until the contract step the legacy cascade also still runs).
-- The backfill (backfill.ts) adds the missing memberships of existing users batch by batch and keeps
-- every tenantId value in migration_quarantine; the contract step catches up with what changed since,
-- writes the last ledger entry and drops the column.
-- Neither sync trigger may break a legacy write: each catches its own errors and only warns; the
-- contract step finds any membership such a failure left out (it reports it in the ledger).
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- The id of a membership this finding adds is derived from (tenant, user): cuid-shaped (c + 24 hex
-- characters), so down.sql and the yielding trigger recognise exactly these rows.
CREATE FUNCTION "online_migration"."f01_membership_id"(tenant_id TEXT, user_id TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'c' || substr(md5('20261129000005_f01_membership_via_tenant_member' || ':' || tenant_id || ':' || user_id), 1, 24)
$$;

-- At commit, reads the user's current row (a later statement of the same transaction may have
-- changed or deleted it, or inserted the membership itself).
CREATE FUNCTION "online_migration"."f01_membership_for_tenant_id"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    INSERT INTO "tenant_members" ("id", "tenantId", "userId", "joinedAt", "createdAt", "updatedAt")
    SELECT "online_migration"."f01_membership_id"(u."tenantId", u."id"), u."tenantId", u."id", u."createdAt",
           CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
      FROM "users" u
     WHERE u."id" = NEW."id" AND u."tenantId" IS NOT NULL
       AND EXISTS (SELECT 1 FROM "tenants" t WHERE t."id" = u."tenantId")
    ON CONFLICT DO NOTHING;
  EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'f01: no membership added for user % (%); the contract step reports it', NEW."id", SQLERRM;
  END;
  RETURN NULL;
END $$;

-- A membership the application inserts replaces the one this finding invented for the same pair.
CREATE FUNCTION "online_migration"."f01_application_membership_wins"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."id" <> "online_migration"."f01_membership_id"(NEW."tenantId", NEW."userId") THEN
    BEGIN
      DELETE FROM "tenant_members" tm
       WHERE tm."tenantId" = NEW."tenantId" AND tm."userId" = NEW."userId"
         AND tm."id" = "online_migration"."f01_membership_id"(NEW."tenantId", NEW."userId");
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'f01: invented membership of user % in tenant % not replaced (%)', NEW."userId", NEW."tenantId", SQLERRM;
    END;
  END IF;
  RETURN NEW;
END $$;

-- SHARE ROW EXCLUSIVE on users for an instant (no scan).
CREATE CONSTRAINT TRIGGER "online_f01_membership_for_tenant_id"
  AFTER INSERT OR UPDATE OF "tenantId" ON "users"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."tenantId" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f01_membership_for_tenant_id"();

-- SHARE ROW EXCLUSIVE on tenant_members for an instant.
CREATE TRIGGER "online_f01_application_membership_wins"
  BEFORE INSERT ON "tenant_members"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f01_application_membership_wins"();

-- Deleting a tenant deletes the users whose only membership it was: the accounts the legacy
-- users.tenantId cascade deleted with their tenant, minus those who still belong to another tenant
-- (they keep the account and lose the membership) and platform admins (accounts of the platform, not
-- of a tenant). BEFORE DELETE, so the memberships that say who belonged only here are still there.
-- Added now so that users the corrected application creates (without a tenantId) are erased with
-- their only tenant from the start; SHARE ROW EXCLUSIVE on tenants for an instant.
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

SELECT "online_migration"."expanded"('20261129000005_f01_membership_via_tenant_member', 1);
