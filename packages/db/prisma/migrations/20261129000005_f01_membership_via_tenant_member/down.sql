-- Restore users."tenantId" (values from the quarantine), its key and index, and remove the
-- memberships this folder added. Memberships that users gained or lost after the migration are
-- left as they are now; a user deleted since stays deleted.
SET LOCAL lock_timeout = '5s';
-- The column's cascade comes back below; the trigger that stood in for it goes.
DROP TRIGGER "tenants_delete_users_only_in_tenant" ON "tenants";
DROP FUNCTION "delete_users_only_in_tenant"();
ALTER TABLE "users" ADD COLUMN "tenantId" TEXT;

UPDATE "users" u
   SET "tenantId" = q."value" #>> '{}'
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000005_f01_membership_via_tenant_member'
   AND q."tableName" = 'users' AND q."columnName" = 'tenantId' AND q."rowId" = u."id";

DELETE FROM "tenant_members" tm
 WHERE tm."id" = 'c' || substr(md5('20261129000005_f01_membership_via_tenant_member' || ':' || tm."tenantId" || ':' || tm."userId"), 1, 24);

CREATE INDEX "users_tenantId_email_idx" ON "users"("tenantId", "email");
ALTER TABLE "users" ADD CONSTRAINT "users_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000005_f01_membership_via_tenant_member';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000005_f01_membership_via_tenant_member';
