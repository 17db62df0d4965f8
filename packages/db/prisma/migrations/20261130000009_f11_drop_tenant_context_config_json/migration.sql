-- Finding 11, contract step: the application deployed at the pause reads and writes the settings as
-- rows of tenant_context_configs; the legacy application, the last writer of tenants."contextConfig",
-- is gone. The trigger and the backfill copied what could be read without anyone's decision. Here
-- every config is judged once more, as it is now: values nobody decided about stop the folder before it
-- writes anything, naming each; the operator's mapping settles the rest; what the columns cannot hold
-- goes to migration_quarantine; the ledger is written under the expand folder's name (where the
-- finding's catalog entry points); then the triggers and the JSON column go.
SELECT "online_migration"."require_released"('20261129000009_f11_tenant_context_config', '20261130000009_f11_drop_tenant_context_config_json');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

-- Configs that are not a JSON object mean nothing to the new columns by themselves: the operator's
-- mapping (column "contextConfig", from = the value's JSON text) either gives the object they meant or
-- says "quarantine" (to NULL: no row, the tenant keeps the defaults, as a tenant without JSON did).
-- Read under MVCC with no lock that blocks the application.
CREATE TEMP TABLE "f11_config" ("tenantId" text PRIMARY KEY, "config" jsonb NOT NULL, "mapped" boolean NOT NULL) ON COMMIT DROP;
INSERT INTO "f11_config"
SELECT t."id", CASE WHEN jsonb_typeof(t."contextConfig") = 'object' THEN t."contextConfig" ELSE "online_migration"."f11_json"(m."toValue") END,
       jsonb_typeof(t."contextConfig") <> 'object'
  FROM "tenants" t
  LEFT JOIN "migration_value_mapping" m
    ON m."tableName" = 'tenants' AND m."columnName" = 'contextConfig' AND m."fromValue" = t."contextConfig"::text
 WHERE t."contextConfig" IS NOT NULL
   AND (jsonb_typeof(t."contextConfig") = 'object' OR jsonb_typeof("online_migration"."f11_json"(m."toValue")) = 'object');

-- Every key/value of every object config (the mapped ones included), judged by the expand step's
-- functions, the rule the trigger and the backfill followed. A wrong-typed value without a lossless
-- reading takes the mapping's value (column "contextConfig.<key>", from = the value's JSON text);
-- "effective" is what the row holds once settled.
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
SELECT c."tenantId", e.key, e.value, "online_migration"."f11_verdict"(e.key, e.value), "online_migration"."f11_lossless"(e.key, e.value)
  FROM "f11_config" c
  CROSS JOIN LATERAL jsonb_each(c."config") AS e(key, value);

UPDATE "f11_entry" e
   SET "mapping" = CASE WHEN m."fromValue" IS NULL THEN 'none' WHEN m."toValue" IS NULL THEN 'quarantine' ELSE 'value' END,
       "effective" = "online_migration"."f11_json"(m."toValue")
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
      JOIN "online_migration"."f11_known_keys"() k ON k."key" = e."key"
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
       AND (m."fromValue" IS NULL OR (m."toValue" IS NOT NULL AND coalesce(jsonb_typeof("online_migration"."f11_json"(m."toValue")), '') <> 'object'))
     GROUP BY t."contextConfig"::text, m."fromValue", m."toValue"
  ) u;

-- One verdict per tenant whose config is not SQL NULL, judged on the config as it is; each falls in
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
              < (SELECT count(*) FROM "online_migration"."f11_known_keys"()) THEN 'context_config_partial'
         ELSE 'context_config_valid'
       END,
       jsonb_typeof(t."contextConfig") = 'object',
       EXISTS (SELECT 1 FROM "f11_config" c WHERE c."tenantId" = t."id")
  FROM "tenants" t
 WHERE t."contextConfig" IS NOT NULL;

-- Every object config must already have its row (the trigger or the backfill made it); if one has not,
-- stop before anything is written rather than drop a JSON that exists nowhere else.
DO $$
DECLARE
  missing bigint;
  examples text;
BEGIN
  SELECT count(*), string_agg(quote_literal(v."tenantId"), ', ' ORDER BY v."tenantId") FILTER (WHERE v.n <= 10)
    INTO missing, examples
    FROM (SELECT v."tenantId", row_number() OVER (ORDER BY v."tenantId") AS n
            FROM "f11_tenant" v
           WHERE v."isObject"
             AND NOT EXISTS (SELECT 1 FROM "tenant_context_configs" c WHERE c."tenantId" = v."tenantId")) v;
  IF missing > 0 THEN
    RAISE EXCEPTION '20261130000009_f11_drop_tenant_context_config_json: % tenant(s) have a settings object in tenants.contextConfig but no row in tenant_context_configs; dropping the column would lose them (first: %)',
      missing, examples
      USING HINT = 'read them with SELECT * FROM "online_migration"."f11_sync"(ARRAY[<those tenant ids>]); then run `pnpm backfill recover` and prisma migrate deploy again';
  END IF;
END $$;

-- 1. Quarantine, as the values are: whole configs that are not an object, unknown keys, wrong-typed
--    values (also those read losslessly or mapped, so down.sql gives back what was written). Keys of a
--    config the mapping replaced are not copied one by one: the whole original is.
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
  LEFT JOIN "online_migration"."f11_known_keys"() k ON k."key" = e."key"
 WHERE e."verdict" IN ('unknown', 'wrong_type');

-- 2. Rows for the configs that are no object but that the mapping turns into one, when the trigger or
--    the backfill made none (the mapping came later): created with every default, then given what the
--    mapped object holds.
CREATE TEMP TABLE "f11_made" ("tenantId" text PRIMARY KEY) ON COMMIT DROP;
WITH made AS (
  INSERT INTO "tenant_context_configs" ("id", "tenantId", "updatedAt")
  SELECT 'c' || substr(md5('f11:' || v."tenantId"), 1, 24), v."tenantId", CURRENT_TIMESTAMP
    FROM "f11_tenant" v
   WHERE v."getsRow" AND NOT v."isObject"
  ON CONFLICT ("tenantId") DO NOTHING
  RETURNING "tenantId"
)
INSERT INTO "f11_made" SELECT "tenantId" FROM made;

UPDATE "tenant_context_configs" c
   SET "includeCompetitors"  = coalesce((r.v ->> 'includeCompetitors')::boolean, c."includeCompetitors"),
       "includeReviews"      = coalesce((r.v ->> 'includeReviews')::boolean, c."includeReviews"),
       "maxSources"          = coalesce((r.v ->> 'maxSources')::numeric::integer, c."maxSources"),
       "tone"                = CASE WHEN r.v ? 'tone' THEN r.v ->> 'tone' ELSE c."tone" END,
       "language"            = coalesce(r.v ->> 'language', c."language"),
       "refreshIntervalDays" = coalesce((r.v ->> 'refreshIntervalDays')::numeric::integer, c."refreshIntervalDays")
  FROM (SELECT m."tenantId", "online_migration"."f11_readable"(f."config") AS v
          FROM "f11_made" m JOIN "f11_config" f ON f."tenantId" = m."tenantId") r
 WHERE c."tenantId" = r."tenantId";

-- 3. Settle the settings the trigger and the backfill could not read (online_migration.f11_pending),
--    now that the mapping covers each: the mapped value (a tone the mapping quarantines is left unset).
--    Only where the row still holds the default that stood in for it: a setting the corrected
--    application changed since the pause stands. Settings already read are not written again.
CREATE TEMP TABLE "f11_default" (LIKE "tenant_context_configs" INCLUDING DEFAULTS) ON COMMIT DROP;
INSERT INTO "f11_default" ("id", "tenantId", "updatedAt") VALUES ('', '', CURRENT_TIMESTAMP);

UPDATE "tenant_context_configs" c
   SET "includeCompetitors"  = CASE WHEN s.v ? 'includeCompetitors' AND c."includeCompetitors" IS NOT DISTINCT FROM d."includeCompetitors"
                                    THEN (s.v ->> 'includeCompetitors')::boolean ELSE c."includeCompetitors" END,
       "includeReviews"      = CASE WHEN s.v ? 'includeReviews' AND c."includeReviews" IS NOT DISTINCT FROM d."includeReviews"
                                    THEN (s.v ->> 'includeReviews')::boolean ELSE c."includeReviews" END,
       "maxSources"          = CASE WHEN s.v ? 'maxSources' AND c."maxSources" IS NOT DISTINCT FROM d."maxSources"
                                    THEN (s.v ->> 'maxSources')::numeric::integer ELSE c."maxSources" END,
       "tone"                = CASE WHEN s.v ? 'tone' AND c."tone" IS NOT DISTINCT FROM d."tone"
                                    THEN s.v ->> 'tone' ELSE c."tone" END,
       "language"            = CASE WHEN s.v ? 'language' AND c."language" IS NOT DISTINCT FROM d."language"
                                    THEN s.v ->> 'language' ELSE c."language" END,
       "refreshIntervalDays" = CASE WHEN s.v ? 'refreshIntervalDays' AND c."refreshIntervalDays" IS NOT DISTINCT FROM d."refreshIntervalDays"
                                    THEN (s.v ->> 'refreshIntervalDays')::numeric::integer ELSE c."refreshIntervalDays" END,
       "updatedAt"           = CURRENT_TIMESTAMP
  FROM "f11_default" d,
       (SELECT p."tenantId", jsonb_object_agg(p."key", r.v) AS v
          FROM "online_migration"."f11_pending" p
          JOIN "f11_config" f ON f."tenantId" = p."tenantId"
          CROSS JOIN LATERAL (SELECT "online_migration"."f11_reading"(p."key", f."config" -> p."key") AS v) r
         WHERE p."key" <> '' AND f."config" ? p."key" AND r.v IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM "f11_made" m WHERE m."tenantId" = p."tenantId")
         GROUP BY p."tenantId") s
 WHERE c."tenantId" = s."tenantId";

DELETE FROM "online_migration"."f11_pending";

-- 4. The accounting. The rows the conversion made, one per object config (or one the mapping made an
--    object): the trigger and the backfill made them, this step the mapped ones.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000009_f11_tenant_context_config', 'tenant_context_configs', 'inserted', count(*), NULL,
       'one per tenant whose contextConfig was a JSON object, or one the mapping turned into an object'
  FROM "f11_tenant" v WHERE v."getsRow" HAVING count(*) > 0;

-- One ledger entry per anomaly kind, counting tenants (an entry even when none were found); together
-- they cover every non-null contextConfig, whose column is dropped below.
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

-- Settings written with a value other than the one in the JSON: the lossless readings (made by the
-- trigger and the backfill) and the mapped ones (made above).
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000009_f11_tenant_context_config', 'tenant_context_configs', 'updated', count(*), NULL,
       CASE WHEN e."lossless" IS NOT NULL THEN 'settings of the wrong JSON type read losslessly (e.g. "20" as 20)'
            ELSE 'settings of the wrong JSON type set as migration_value_mapping says' END
  FROM "f11_entry" e JOIN "f11_tenant" v ON v."tenantId" = e."tenantId" AND v."isObject"
 WHERE e."verdict" = 'wrong_type' AND e."effective" IS NOT NULL
 GROUP BY e."lossless" IS NOT NULL;

-- 5. ACCESS EXCLUSIVE on tenants from here to the commit: catalog changes only, so the application
--    waits for milliseconds.
DROP TRIGGER "online_f11_context_config_on_insert" ON "tenants";
DROP TRIGGER "online_f11_context_config_on_update" ON "tenants";

-- AlterTable: catalog only (the values stay in the heap until rows are rewritten).
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

SELECT "online_migration"."contracted"('20261129000009_f11_tenant_context_config');
