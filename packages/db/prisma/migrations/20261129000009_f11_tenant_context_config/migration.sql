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

-- A JSON text the operator wrote into the mapping, or NULL when it does not parse (a session-local
-- function, dropped below).
CREATE FUNCTION pg_temp."f11_json"(value text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN value::jsonb;
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;

-- Configs that are not a JSON object mean nothing to the new columns by themselves: the operator's
-- mapping (column "contextConfig", from = the value's JSON text) either gives the object they meant or
-- says "quarantine" (to NULL: no row, the tenant keeps the defaults, as a tenant without JSON did).
CREATE TEMP TABLE "f11_config" ("tenantId" text PRIMARY KEY, "config" jsonb NOT NULL, "mapped" boolean NOT NULL) ON COMMIT DROP;
INSERT INTO "f11_config"
SELECT t."id", CASE WHEN jsonb_typeof(t."contextConfig") = 'object' THEN t."contextConfig" ELSE pg_temp."f11_json"(m."toValue") END,
       jsonb_typeof(t."contextConfig") <> 'object'
  FROM "tenants" t
  LEFT JOIN "migration_value_mapping" m
    ON m."tableName" = 'tenants' AND m."columnName" = 'contextConfig' AND m."fromValue" = t."contextConfig"::text
 WHERE t."contextConfig" IS NOT NULL
   AND (jsonb_typeof(t."contextConfig") = 'object' OR jsonb_typeof(pg_temp."f11_json"(m."toValue")) = 'object');

-- Every key/value of every object config (the mapped ones included), judged once. A value of the wrong
-- type gets its lossless reading when it has one (a string of digits for an integer, "true"/"false" for
-- a boolean, case and surrounding spaces aside), otherwise the mapping's value (column
-- "contextConfig.<key>", from = the value's JSON text); "effective" is what the row takes.
CREATE TEMP TABLE "f11_entry" (
  "tenantId"  text NOT NULL,
  "key"       text NOT NULL,
  "value"     jsonb NOT NULL,
  "verdict"   text NOT NULL,   -- ok | unknown | wrong_type
  "lossless"  jsonb,           -- the lossless reading of a wrong-typed value
  "effective" jsonb,           -- the value the row takes (NULL: the key is left out)
  "mapping"   text,            -- none | value | quarantine (wrong-typed values without a lossless reading)
  PRIMARY KEY ("tenantId", "key")
) ON COMMIT DROP;
INSERT INTO "f11_entry" ("tenantId", "key", "value", "verdict", "lossless")
SELECT c."tenantId", e.key, e.value, j."verdict",
       CASE WHEN j."verdict" <> 'wrong_type' OR jsonb_typeof(e.value) <> 'string' THEN NULL
            WHEN k."jsonType" = 'integer' AND (e.value #>> '{}') ~ '^\s*[+-]?\d{1,10}\s*$'
             AND btrim(e.value #>> '{}')::numeric BETWEEN -2147483648 AND 2147483647
              THEN to_jsonb(btrim(e.value #>> '{}')::numeric::integer)
            WHEN k."jsonType" = 'boolean' AND lower(btrim(e.value #>> '{}')) IN ('true', 'false')
              THEN to_jsonb(lower(btrim(e.value #>> '{}'))::boolean)
       END
  FROM "f11_config" c
  CROSS JOIN LATERAL jsonb_each(c."config") AS e(key, value)
  LEFT JOIN "f11_known_key" k ON k."key" = e.key
  CROSS JOIN LATERAL (SELECT
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
       END AS "verdict") j;

UPDATE "f11_entry" e
   SET "mapping" = CASE WHEN m."fromValue" IS NULL THEN 'none' WHEN m."toValue" IS NULL THEN 'quarantine' ELSE 'value' END,
       "effective" = pg_temp."f11_json"(m."toValue")
  FROM "f11_entry" x
  LEFT JOIN "migration_value_mapping" m
    ON m."tableName" = 'tenants' AND m."columnName" = 'contextConfig.' || x."key" AND m."fromValue" = x."value"::text
 WHERE x."tenantId" = e."tenantId" AND x."key" = e."key" AND e."verdict" = 'wrong_type' AND e."lossless" IS NULL;
UPDATE "f11_entry" SET "effective" = CASE WHEN "verdict" = 'ok' THEN "value" ELSE "lossless" END WHERE "mapping" IS NULL;

-- Before anything is written: every wrong-typed setting without a lossless reading, and every config
-- that is not an object, must be settled by the mapping; otherwise the folder stops and names them.
SELECT "migration_stop_on_unmapped"('20261129000009_f11_tenant_context_config', coalesce(jsonb_agg(u ORDER BY u."column", u."value"), '[]'::jsonb))
  FROM (
    SELECT 'tenants' AS "table", 'contextConfig.' || e."key" AS "column", e."value"::text AS "value", count(*) AS "rows",
           CASE WHEN e."mapping" = 'none' THEN 'no mapping'
                WHEN e."mapping" = 'quarantine' THEN 'mapped to NULL, but the setting is required'
                ELSE 'mapped to ' || quote_literal(m."toValue") || ', which is not JSON of type ' || k."jsonType" END AS "problem"
      FROM "f11_entry" e
      JOIN "f11_known_key" k ON k."key" = e."key"
      LEFT JOIN "migration_value_mapping" m
        ON m."tableName" = 'tenants' AND m."columnName" = 'contextConfig.' || e."key" AND m."fromValue" = e."value"::text
     WHERE e."mapping" = 'none'
        OR (e."mapping" = 'quarantine' AND e."key" <> 'tone')
        OR (e."mapping" = 'value' AND NOT CASE k."jsonType"
              WHEN 'integer' THEN jsonb_typeof(e."effective") = 'number' AND (e."effective")::numeric = trunc((e."effective")::numeric)
                                  AND (e."effective")::numeric BETWEEN -2147483648 AND 2147483647
              ELSE coalesce(jsonb_typeof(e."effective"), '') = k."jsonType" END)
     GROUP BY e."key", e."value"::text, e."mapping", m."toValue", k."jsonType"
    UNION ALL
    SELECT 'tenants', 'contextConfig', t."contextConfig"::text, count(*),
           CASE WHEN m."fromValue" IS NULL THEN 'no mapping' ELSE 'mapped to ' || quote_literal(m."toValue") || ', which is not a JSON object' END
      FROM "tenants" t
      LEFT JOIN "migration_value_mapping" m
        ON m."tableName" = 'tenants' AND m."columnName" = 'contextConfig' AND m."fromValue" = t."contextConfig"::text
     WHERE jsonb_typeof(t."contextConfig") <> 'object'
       AND (m."fromValue" IS NULL OR (m."toValue" IS NOT NULL AND coalesce(jsonb_typeof(pg_temp."f11_json"(m."toValue")), '') <> 'object'))
     GROUP BY t."contextConfig"::text, m."fromValue", m."toValue"
  ) u;

-- One verdict per tenant whose config is not SQL NULL, judged on the config as it was; each falls in
-- exactly one anomaly kind:
--   malformed    - not a JSON object at all, or a documented key holds a value of the wrong type
--   unknown_keys - an object with keys the settings do not have
--   partial      - an object with only some of the documented keys
--   valid        - an object with exactly the documented keys, each of the right type
CREATE TEMP TABLE "f11_tenant" ("tenantId" text PRIMARY KEY, "kind" text NOT NULL, "isObject" boolean NOT NULL, "getsRow" boolean NOT NULL) ON COMMIT DROP;
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
       jsonb_typeof(t."contextConfig") = 'object',
       EXISTS (SELECT 1 FROM "f11_config" c WHERE c."tenantId" = t."id")
  FROM "tenants" t
 WHERE t."contextConfig" IS NOT NULL;

-- 1. Quarantine first, as the values were: whole configs that are not an object, unknown keys,
--    wrong-typed values (also those read losslessly or mapped, so down.sql gives back what was written).
--    Keys of a config the mapping replaced are not copied one by one: the whole original is.
INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
SELECT '20261129000009_f11_tenant_context_config', 'tenants', t."id", 'contextConfig', t."contextConfig",
       'contextConfig is a JSON ' || jsonb_typeof(t."contextConfig") || ', not an object; '
       || CASE WHEN v."getsRow" THEN 'replaced by the object migration_value_mapping gives' ELSE 'quarantined as migration_value_mapping says (defaults apply)' END,
       t."id"
  FROM "tenants" t JOIN "f11_tenant" v ON v."tenantId" = t."id"
 WHERE NOT v."isObject"
UNION ALL
SELECT '20261129000009_f11_tenant_context_config', 'tenants', e."tenantId", 'contextConfig.' || e."key", e."value",
       CASE e."verdict"
         WHEN 'unknown' THEN 'key "' || e."key" || '" is not a context setting'
         ELSE 'expected ' || k."jsonType" || ', got ' || jsonb_typeof(e."value") || ' ' || left(e."value"::text, 60) || '; '
              || CASE WHEN e."lossless" IS NOT NULL THEN 'read losslessly as ' || e."lossless"::text
                      WHEN e."mapping" = 'quarantine' THEN 'left unset, as migration_value_mapping says'
                      ELSE 'set to ' || e."effective"::text || ' as migration_value_mapping says' END
       END,
       e."tenantId"
  FROM "f11_entry" e
  JOIN "f11_tenant" v ON v."tenantId" = e."tenantId" AND v."isObject"
  LEFT JOIN "f11_known_key" k ON k."key" = e."key"
 WHERE e."verdict" IN ('unknown', 'wrong_type');

-- 2. One row per object config, created with every default, then given the values that passed.
WITH created AS (
  INSERT INTO "tenant_context_configs" ("id", "tenantId", "updatedAt")
  SELECT 'c' || substr(md5('f11:' || v."tenantId"), 1, 24), v."tenantId", CURRENT_TIMESTAMP
    FROM "f11_tenant" v
   WHERE v."getsRow"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000009_f11_tenant_context_config', 'tenant_context_configs', 'inserted', count(*), NULL,
       'one per tenant whose contextConfig was a JSON object, or one the mapping turned into an object'
  FROM created HAVING count(*) > 0;

UPDATE "tenant_context_configs" c
   SET "includeCompetitors"  = coalesce((ok.v ->> 'includeCompetitors')::boolean, c."includeCompetitors"),
       "includeReviews"      = coalesce((ok.v ->> 'includeReviews')::boolean, c."includeReviews"),
       "maxSources"          = coalesce((ok.v ->> 'maxSources')::numeric::integer, c."maxSources"),
       "tone"                = CASE WHEN ok.v ? 'tone' THEN ok.v ->> 'tone' ELSE c."tone" END,
       "language"            = coalesce(ok.v ->> 'language', c."language"),
       "refreshIntervalDays" = coalesce((ok.v ->> 'refreshIntervalDays')::numeric::integer, c."refreshIntervalDays")
  FROM (
    SELECT e."tenantId", jsonb_object_agg(e."key", e."effective") AS v
      FROM "f11_entry" e WHERE e."verdict" <> 'unknown' AND e."effective" IS NOT NULL GROUP BY e."tenantId"
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
       (SELECT count(*) FROM "f11_tenant" WHERE NOT "isObject") || ' config(s) not an object: quarantined whole, then given the object migration_value_mapping names or no row (defaults); '
       || (SELECT count(*) FROM "f11_entry" e JOIN "f11_tenant" v ON v."tenantId" = e."tenantId" AND v."isObject" WHERE e."verdict" = 'wrong_type')
       || ' wrong-typed value(s) quarantined as written, then read losslessly or mapped; the rest copied')
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

-- Settings written with a value other than the one in the JSON: the lossless readings and the mapped ones.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000009_f11_tenant_context_config', 'tenant_context_configs', 'updated', count(*), NULL,
       CASE WHEN e."lossless" IS NOT NULL THEN 'settings of the wrong JSON type read losslessly (e.g. "20" as 20)'
            ELSE 'settings of the wrong JSON type set as migration_value_mapping says' END
  FROM "f11_entry" e JOIN "f11_tenant" v ON v."tenantId" = e."tenantId" AND v."isObject"
 WHERE e."verdict" = 'wrong_type' AND e."effective" IS NOT NULL
 GROUP BY e."lossless" IS NOT NULL;

DROP FUNCTION pg_temp."f11_json"(text);

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
