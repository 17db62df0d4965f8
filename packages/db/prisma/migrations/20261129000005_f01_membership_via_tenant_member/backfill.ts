// Finding 1's backfill, one key range of users at a time: the user whose tenantId has no membership
// there gets one (the role and status defaults of tenant_members, joined when the user was created),
// memberships in a tenant other than the user's tenantId are counted as kept, and every tenantId value
// is copied into migration_quarantine (tagged with its tenant) so down.sql can restore the column. The
// contract step brings the copies up to date with what the legacy application changed since, and
// writes their ledger entry; this one writes the two anomaly entries.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000005_f01_membership_via_tenant_member';

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'memberships from users.tenantId',
      table: 'users',
      key: 'id',
      // The statement's one snapshot: "elsewhere" counts the memberships as they were before "added".
      // A batch only repeats after its transaction rolled back; should a copy still be made twice, the
      // contract step keeps one (checking here would read all of the finding's copies per batch).
      batchSql: `WITH range AS (
    SELECT u."id", u."tenantId", u."createdAt"
      FROM "users" u
     WHERE ($1::text IS NULL OR u."id" > $1::text) AND u."id" <= $2::text AND u."tenantId" IS NOT NULL
  ), elsewhere AS (
    SELECT count(*)::int AS n FROM "tenant_members" tm JOIN range r ON r."id" = tm."userId" WHERE tm."tenantId" <> r."tenantId"
  ), added AS (
    INSERT INTO "tenant_members" ("id", "tenantId", "userId", "joinedAt", "createdAt", "updatedAt")
    SELECT "online_migration"."f01_membership_id"(r."tenantId", r."id"), r."tenantId", r."id", r."createdAt", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
      FROM range r
     WHERE NOT EXISTS (SELECT 1 FROM "tenant_members" tm WHERE tm."tenantId" = r."tenantId" AND tm."userId" = r."id")
    ON CONFLICT DO NOTHING
    RETURNING 1
  ), kept AS (
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    SELECT '${MIGRATION}', 'users', r."id", 'tenantId', to_jsonb(r."tenantId"),
           'users.tenantId before the column was dropped (membership now lives in tenant_members); kept for down.sql', r."tenantId"
      FROM range r
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM added)::int AS missing, (SELECT n FROM elsewhere) AS elsewhere, (SELECT count(*) FROM kept)::int AS copied`,
    },
  ],
  finishSql: `DO $$
DECLARE
  m CONSTANT text := '${MIGRATION}';
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
  missing CONSTANT integer := coalesce((counts->>'missing')::integer, 0);
  elsewhere CONSTANT integer := coalesce((counts->>'elsewhere')::integer, 0);
BEGIN
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'tenant_members', 'inserted', missing, 'user_without_membership', 'membership in the user''s tenantId, which had none'),
    (m, 'tenant_members', 'kept', elsewhere, 'member_of_other_tenant', 'memberships in a tenant other than the user''s tenantId: valid, kept as they are');
  RAISE NOTICE '%: tenant_members: % memberships added for users whose tenantId had none', m, missing;
  RAISE NOTICE '%: tenant_members: % memberships in a tenant other than the user''s tenantId are kept as they are', m, elsewhere;
END $$;`,
};

export default backfill;
