-- Forget the expand step (its contract folder must be reverted first, which brings users."tenantId"
-- back): the triggers and functions go, the memberships this finding added (recognised by their
-- derived id) are removed, and so are its quarantined copies, ledger entries and phase row.
-- Memberships the applications added or removed meanwhile stay as they are now.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "tenants_delete_users_only_in_tenant" ON "tenants";
DROP FUNCTION IF EXISTS "delete_users_only_in_tenant"();
DROP TRIGGER IF EXISTS "online_f01_membership_for_tenant_id" ON "users";
DROP TRIGGER IF EXISTS "online_f01_application_membership_wins" ON "tenant_members";
DROP FUNCTION IF EXISTS "online_migration"."f01_membership_for_tenant_id"();
DROP FUNCTION IF EXISTS "online_migration"."f01_application_membership_wins"();

DELETE FROM "tenant_members" tm
 WHERE tm."id" = "online_migration"."f01_membership_id"(tm."tenantId", tm."userId");
DROP FUNCTION "online_migration"."f01_membership_id"(TEXT, TEXT);

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000005_f01_membership_via_tenant_member';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000005_f01_membership_via_tenant_member';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000005_f01_membership_via_tenant_member';
