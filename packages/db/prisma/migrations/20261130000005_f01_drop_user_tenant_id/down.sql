-- Back to where the expand step and the backfill left it: users."tenantId" restored from the
-- quarantine (a user whose tenant was deleted since lost the copy with the tenant and comes back
-- without one), its index and ON DELETE CASCADE key, and the triggers that keep memberships in step
-- with legacy writes. The quarantined copies stay: the expand step's down.sql removes them.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "users" ADD COLUMN "tenantId" TEXT;

UPDATE "users" u
   SET "tenantId" = q."value" #>> '{}'
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000005_f01_membership_via_tenant_member'
   AND q."tableName" = 'users' AND q."columnName" = 'tenantId' AND q."rowId" = u."id";

CREATE INDEX "users_tenantId_email_idx" ON "users"("tenantId", "email");
ALTER TABLE "users" ADD CONSTRAINT "users_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE CONSTRAINT TRIGGER "online_f01_membership_for_tenant_id"
  AFTER INSERT OR UPDATE OF "tenantId" ON "users"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."tenantId" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f01_membership_for_tenant_id"();
CREATE TRIGGER "online_f01_application_membership_wins"
  BEFORE INSERT ON "tenant_members"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f01_application_membership_wins"();

DELETE FROM "migration_ledger"
 WHERE "migration" = '20261129000005_f01_membership_via_tenant_member' AND "tableName" = 'users';
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000005_f01_membership_via_tenant_member';
