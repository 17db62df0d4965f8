-- Finding 11: the context-generation settings become a typed row per tenant (TenantContextConfig,
-- mirroring TenantStrategyConfig) instead of the untyped Tenant.contextConfig JSON.
-- Every tenant whose JSON is an object gets a row: keys of the right type are copied, missing keys
-- take the column defaults. Unknown keys, values of the wrong type and configs that are not an object
-- at all are copied to migration_quarantine (tenant-owned) before the column is dropped.
-- Accounting: migration_ledger rows of this folder; NOTICE lines at the end repeat them.

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- Settings pages must not write the JSON between the copy and the drop; readers go on.
LOCK TABLE "tenants" IN SHARE ROW EXCLUSIVE MODE;

-- CreateTable (as prisma/schema/strategy.prisma declares it; the column defaults are the single source
-- of the values a missing key takes)
CREATE TABLE "tenant_context_configs" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "includeCompetitors" BOOLEAN NOT NULL DEFAULT true,
    "includeReviews" BOOLEAN NOT NULL DEFAULT true,
    "maxSources" INTEGER NOT NULL DEFAULT 10,
    "tone" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "refreshIntervalDays" INTEGER NOT NULL DEFAULT 30,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tenant_context_configs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenant_context_configs_tenantId_key" ON "tenant_context_configs"("tenantId");

-- AddForeignKey (the table is new and empty, so the check is free)
ALTER TABLE "tenant_context_configs" ADD CONSTRAINT "tenant_context_configs_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The keys the legacy comment documents and the JSON type each must have (the types the seed's
-- ANOMALIES.md uses too). A JSON null is the wrong type, except for tone, whose column is nullable:
-- there it means "let the agent choose" and is kept.
CREATE TEMP TABLE "f11_known_key" ("key" text PRIMARY KEY, "jsonType" text NOT NULL) ON COMMIT DROP;
INSERT INTO "f11_known_key" VALUES
  ('includeCompetitors', 'boolean'), ('includeReviews', 'boolean'), ('maxSources', 'integer'),
  ('tone', 'string'), ('language', 'string'), ('refreshIntervalDays', 'integer');

-- Every key/value of every object config, judged once.
CREATE TEMP TABLE "f11_entry" (
  "tenantId" text NOT NULL,
  "key"      text NOT NULL,
  "value"    jsonb NOT NULL,
  "verdict"  text NOT NULL,   -- ok | unknown | wrong_type
  PRIMARY KEY ("tenantId", "key")
) ON COMMIT DROP;
INSERT INTO "f11_entry"
SELECT t."id", e.key, e.value,
       CASE
         WHEN k."key" IS NULL THEN 'unknown'
         WHEN jsonb_typeof(e.value) = 'null' THEN CASE WHEN k."key" = 'tone' THEN 'ok' ELSE 'wrong_type' END
         WHEN k."jsonType" = 'integer' THEN
           -- nested CASE: SQL does not promise to evaluate AND from left to right
           CASE WHEN jsonb_typeof(e.value) <> 'number' THEN 'wrong_type'
                WHEN (e.value)::numeric = trunc((e.value)::numeric)
                 AND (e.value)::numeric BETWEEN -2147483648 AND 2147483647 THEN 'ok'
                ELSE 'wrong_type' END
         WHEN jsonb_typeof(e.value) = k."jsonType" THEN 'ok'
         ELSE 'wrong_type'
       END
  FROM "tenants" t
  CROSS JOIN LATERAL jsonb_each(t."contextConfig") AS e(key, value)
  LEFT JOIN "f11_known_key" k ON k."key" = e.key
 WHERE jsonb_typeof(t."contextConfig") = 'object';

-- One verdict per tenant whose config is not SQL NULL; each falls in exactly one anomaly kind:
--   malformed    - not a JSON object at all, or a documented key holds a value of the wrong type
--   unknown_keys - an object with keys the settings do not have
--   partial      - an object with only some of the documented keys
--   valid        - an object with exactly the documented keys, each of the right type
CREATE TEMP TABLE "f11_tenant" ("tenantId" text PRIMARY KEY, "kind" text NOT NULL, "isObject" boolean NOT NULL) ON COMMIT DROP;
INSERT INTO "f11_tenant"
SELECT t."id",
       CASE
         WHEN jsonb_typeof(t."contextConfig") <> 'object' THEN 'context_config_malformed'
         WHEN EXISTS (SELECT 1 FROM "f11_entry" x WHERE x."tenantId" = t."id" AND x."verdict" = 'wrong_type') THEN 'context_config_malformed'
         WHEN EXISTS (SELECT 1 FROM "f11_entry" x WHERE x."tenantId" = t."id" AND x."verdict" = 'unknown') THEN 'context_config_unknown_keys'
         WHEN (SELECT count(*) FROM "f11_entry" x WHERE x."tenantId" = t."id" AND x."verdict" = 'ok')
              < (SELECT count(*) FROM "f11_known_key") THEN 'context_config_partial'
         ELSE 'context_config_valid'
       END,
       jsonb_typeof(t."contextConfig") = 'object'
  FROM "tenants" t
 WHERE t."contextConfig" IS NOT NULL;

-- 1. Quarantine first: whole configs that are not an object, unknown keys, wrong-typed values.
INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
SELECT '20261129000009_f11_tenant_context_config', 'tenants', t."id", 'contextConfig', t."contextConfig",
       'contextConfig is a JSON ' || jsonb_typeof(t."contextConfig") || ', not an object; the tenant keeps the defaults', t."id"
  FROM "tenants" t JOIN "f11_tenant" v ON v."tenantId" = t."id"
 WHERE NOT v."isObject"
UNION ALL
SELECT '20261129000009_f11_tenant_context_config', 'tenants', e."tenantId", 'contextConfig.' || e."key", e."value",
       CASE e."verdict"
         WHEN 'unknown' THEN 'key "' || e."key" || '" is not a context setting'
         ELSE 'expected ' || k."jsonType" || ', got ' || jsonb_typeof(e."value") || ' ' || left(e."value"::text, 60) || '; the default applies'
       END,
       e."tenantId"
  FROM "f11_entry" e LEFT JOIN "f11_known_key" k ON k."key" = e."key"
 WHERE e."verdict" IN ('unknown', 'wrong_type');

-- 2. One row per object config, created with every default, then given the values that passed.
WITH created AS (
  INSERT INTO "tenant_context_configs" ("id", "tenantId", "updatedAt")
  SELECT 'c' || substr(md5('f11:' || v."tenantId"), 1, 24), v."tenantId", CURRENT_TIMESTAMP
    FROM "f11_tenant" v
   WHERE v."isObject"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000009_f11_tenant_context_config', 'tenant_context_configs', 'inserted', count(*), NULL,
       'one per tenant whose contextConfig was a JSON object'
  FROM created HAVING count(*) > 0;

UPDATE "tenant_context_configs" c
   SET "includeCompetitors"  = coalesce((ok.v ->> 'includeCompetitors')::boolean, c."includeCompetitors"),
       "includeReviews"      = coalesce((ok.v ->> 'includeReviews')::boolean, c."includeReviews"),
       "maxSources"          = coalesce((ok.v ->> 'maxSources')::numeric::integer, c."maxSources"),
       "tone"                = CASE WHEN ok.v ? 'tone' THEN ok.v ->> 'tone' ELSE c."tone" END,
       "language"            = coalesce(ok.v ->> 'language', c."language"),
       "refreshIntervalDays" = coalesce((ok.v ->> 'refreshIntervalDays')::numeric::integer, c."refreshIntervalDays")
  FROM (
    SELECT e."tenantId", jsonb_object_agg(e."key", e."value") AS v
      FROM "f11_entry" e WHERE e."verdict" = 'ok' GROUP BY e."tenantId"
  ) ok
 WHERE c."tenantId" = ok."tenantId";

-- 3. One ledger entry per anomaly kind, counting tenants (an entry even when none were found); together
--    they cover every non-null contextConfig, whose column is dropped below.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000009_f11_tenant_context_config', 'tenants', kinds.action::"LedgerAction",
       (SELECT count(*) FROM "f11_tenant" v WHERE v."kind" = kinds.kind), kinds.kind, kinds.note
  FROM (VALUES
    ('context_config_valid', 'moved', 'every documented key present with the right type: copied as is'),
    ('context_config_partial', 'moved', 'documented keys missing: copied what was there, the rest took the defaults'),
    ('context_config_unknown_keys', 'moved',
       'known keys copied; ' || (SELECT count(*) FROM "f11_entry" WHERE "verdict" = 'unknown') || ' unknown key(s) quarantined'),
    ('context_config_malformed', 'nulled',
       (SELECT count(*) FROM "f11_tenant" WHERE NOT "isObject") || ' config(s) not an object: quarantined whole, no row (defaults apply); '
       || (SELECT count(*) FROM "f11_entry" WHERE "verdict" = 'wrong_type') || ' wrong-typed value(s) quarantined, the rest copied')
  ) AS kinds(kind, action, note);

-- The quarantine rows written in step 1, one per value.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000009_f11_tenant_context_config', 'tenants', 'quarantined', count(*), NULL,
       count(*) FILTER (WHERE "columnName" = 'contextConfig') || ' whole config(s), '
       || count(*) FILTER (WHERE "reason" LIKE 'key %') || ' unknown key(s), '
       || count(*) FILTER (WHERE "reason" LIKE 'expected %') || ' wrong-typed value(s)'
  FROM "migration_quarantine"
 WHERE "migration" = '20261129000009_f11_tenant_context_config'
HAVING count(*) > 0;

-- 4. The JSON column goes (last, so its ACCESS EXCLUSIVE lock is held only until the commit).
ALTER TABLE "tenants" DROP COLUMN "contextConfig";

DO $$
DECLARE
  entry record;
BEGIN
  FOR entry IN
    SELECT "tableName", "action", "rows", "anomaly" FROM "migration_ledger"
     WHERE "migration" = '20261129000009_f11_tenant_context_config' ORDER BY "id"
  LOOP
    RAISE NOTICE 'f11: % % row(s) of %', entry."action", entry."rows",
      entry."tableName" || coalesce(' (anomaly ' || entry."anomaly" || ')', '');
  END LOOP;
END $$;
