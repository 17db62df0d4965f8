-- Finding 11, expand step: the context-generation settings become a typed row per tenant
-- (TenantContextConfig, mirroring TenantStrategyConfig) instead of the untyped Tenant.contextConfig JSON.
-- This step only adds: the table, the reading of a config as functions, and triggers that keep a
-- tenant's row in step with every JSON the legacy application writes from now on. The backfill
-- (backfill.ts) reads the configs written before; the contract folder
-- 20261130000009_f11_drop_tenant_context_config_json settles what nobody could read without the
-- operator's mapping (stopping on what the mapping does not cover), quarantines, writes the ledger and
-- drops the JSON column.
-- A documented key holding a value of its type is copied; a string with a lossless reading ("20" for an
-- integer, "true"/"false" for a boolean) gives that reading, and a value the operator's mapping already
-- covers takes the mapped value. Anything else - wrong-typed values nobody decided about, configs that
-- are no object and not mapped to one - is not read here: the row keeps the column default in that place
-- (noted in online_migration.f11_pending) until the contract step settles it as the mapping says or
-- stops naming it. Unknown keys are never read. Nothing here ever raises on what a config holds: a
-- legacy write never fails because of its settings.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- CreateTable (as prisma/schema/strategy.prisma declares it; the column defaults are the single source
-- of the values a missing key takes). New and empty: nobody else can see it before the commit.
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

-- CreateIndex (on the empty table this transaction created: instant)
CREATE UNIQUE INDEX "tenant_context_configs_tenantId_key" ON "tenant_context_configs"("tenantId");

-- AddForeignKey: SHARE ROW EXCLUSIVE on tenants for an instant. The check scans the referencing table,
-- which is new and empty, so the key can be valid from the start.
ALTER TABLE "tenant_context_configs" ADD CONSTRAINT "tenant_context_configs_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The keys the legacy comment documents and the JSON type each must have (the types the seed's
-- ANOMALIES.md uses too). The one list: the trigger, the backfill and the contract step read it here.
CREATE FUNCTION "online_migration"."f11_known_keys"()
RETURNS TABLE ("key" text, "jsonType" text)
LANGUAGE sql IMMUTABLE AS $$
  VALUES ('includeCompetitors', 'boolean'), ('includeReviews', 'boolean'), ('maxSources', 'integer'),
         ('tone', 'string'), ('language', 'string'), ('refreshIntervalDays', 'integer')
$$;

-- What a key/value of an object config is: ok (the setting's type), unknown (no such setting) or
-- wrong_type. A JSON null is the wrong type, except for tone, whose column is nullable: there it means
-- "let the agent choose" and is kept. The CASE is nested so the numeric casts only ever see numbers.
CREATE FUNCTION "online_migration"."f11_verdict"(k text, v jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
           WHEN t."jsonType" IS NULL THEN 'unknown'
           WHEN jsonb_typeof(v) = 'null' THEN CASE WHEN k = 'tone' THEN 'ok' ELSE 'wrong_type' END
           WHEN t."jsonType" = 'integer' THEN
             CASE WHEN jsonb_typeof(v) <> 'number' THEN 'wrong_type'
                  WHEN (v)::numeric = trunc((v)::numeric)
                   AND (v)::numeric BETWEEN -2147483648 AND 2147483647 THEN 'ok'
                  ELSE 'wrong_type' END
           WHEN jsonb_typeof(v) = t."jsonType" THEN 'ok'
           ELSE 'wrong_type'
         END
    FROM (SELECT (SELECT x."jsonType" FROM "online_migration"."f11_known_keys"() x WHERE x."key" = k) AS "jsonType") t
$$;

-- The lossless reading of a wrong-typed value, or NULL when it has none: a string of digits for an
-- integer, "true"/"false" for a boolean, case and surrounding spaces aside.
CREATE FUNCTION "online_migration"."f11_lossless"(k text, v jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
           WHEN "online_migration"."f11_verdict"(k, v) <> 'wrong_type' OR jsonb_typeof(v) <> 'string' THEN NULL
           WHEN t."jsonType" = 'integer' THEN
             CASE WHEN (v #>> '{}') !~ '^\s*[+-]?\d{1,10}\s*$' THEN NULL
                  WHEN btrim(v #>> '{}')::numeric BETWEEN -2147483648 AND 2147483647
                    THEN to_jsonb(btrim(v #>> '{}')::numeric::integer) END
           WHEN t."jsonType" = 'boolean' AND lower(btrim(v #>> '{}')) IN ('true', 'false')
             THEN to_jsonb(lower(btrim(v #>> '{}'))::boolean)
         END
    FROM (SELECT (SELECT x."jsonType" FROM "online_migration"."f11_known_keys"() x WHERE x."key" = k) AS "jsonType") t
$$;

-- A JSON text the operator wrote into the mapping, or NULL when it does not parse.
CREATE FUNCTION "online_migration"."f11_json"(value text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN value::jsonb;
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;

-- The value a documented key takes, as JSON (a JSON null: left unset, tone only), or SQL NULL when
-- nothing says yet: the value itself when it has the setting's type, its lossless reading, or what the
-- operator's mapping (migration_value_mapping, column "contextConfig.<key>", from = the value's JSON
-- text) names when that is of the setting's type. Unknown keys take nothing.
CREATE FUNCTION "online_migration"."f11_reading"(k text, v jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT CASE "online_migration"."f11_verdict"(k, v)
           WHEN 'ok' THEN v
           WHEN 'unknown' THEN NULL
           ELSE coalesce(
             "online_migration"."f11_lossless"(k, v),
             (SELECT CASE
                       WHEN m."toValue" IS NULL THEN CASE WHEN k = 'tone' THEN 'null'::jsonb END
                       WHEN t."jsonType" = 'integer' THEN
                         CASE WHEN jsonb_typeof(j.mapped) <> 'number' THEN NULL
                              WHEN (j.mapped)::numeric = trunc((j.mapped)::numeric) AND (j.mapped)::numeric BETWEEN -2147483648 AND 2147483647 THEN j.mapped END
                       WHEN jsonb_typeof(j.mapped) = t."jsonType" THEN j.mapped
                     END
                FROM "public"."migration_value_mapping" m
                CROSS JOIN LATERAL (SELECT "online_migration"."f11_json"(m."toValue") AS mapped) j
                CROSS JOIN LATERAL (SELECT x."jsonType" FROM "online_migration"."f11_known_keys"() x WHERE x."key" = k) t
               WHERE m."tableName" = 'tenants' AND m."columnName" = 'contextConfig.' || k AND m."fromValue" = v::text))
         END
$$;

-- The object a config stands for: itself when it is an object; for anything else the object the
-- operator's mapping (column "contextConfig") names, or NULL (no row: the tenant keeps the defaults).
CREATE FUNCTION "online_migration"."f11_object"(config jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT CASE
           WHEN config IS NULL THEN NULL
           WHEN jsonb_typeof(config) = 'object' THEN config
           ELSE (SELECT j.mapped
                   FROM "public"."migration_value_mapping" m
                   CROSS JOIN LATERAL (SELECT "online_migration"."f11_json"(m."toValue") AS mapped) j
                  WHERE m."tableName" = 'tenants' AND m."columnName" = 'contextConfig' AND m."fromValue" = config::text
                    AND jsonb_typeof(j.mapped) = 'object')
         END
$$;

-- What can be read of a config so far: every documented key that takes a value (above).
CREATE FUNCTION "online_migration"."f11_readable"(config jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_object_agg(e.key, r.v) FILTER (WHERE r.v IS NOT NULL), '{}'::jsonb)
    FROM jsonb_each(CASE WHEN jsonb_typeof(config) = 'object' THEN config ELSE '{}'::jsonb END) AS e(key, value)
    CROSS JOIN LATERAL (SELECT "online_migration"."f11_reading"(e.key, e.value) AS v) r
$$;

-- Settings the conversion could not read yet, by tenant and key ('' for a whole config that is no
-- object and that no mapping turns into one): the row holds the column default in their place, and
-- the contract step settles exactly these once the mapping covers them.
CREATE TABLE "online_migration"."f11_pending" (
  "tenantId" text NOT NULL,
  "key"      text NOT NULL,
  PRIMARY KEY ("tenantId", "key")
);

-- The one conversion of configs into rows, for the trigger (one tenant) and the backfill (a batch): a
-- tenant whose config stands for an object gets its row (created with every default, then given what
-- can be read); a tenant whose config is SQL NULL, or no object and not mapped to one, has none. What
-- cannot be read yet is noted in f11_pending. Running it twice gives the same rows. The caller holds
-- the tenants' row locks.
CREATE FUNCTION "online_migration"."f11_sync"(tenant_ids text[])
RETURNS TABLE ("tenants" integer, "rows" integer, "lossless" integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  made integer;
  read_losslessly integer;
BEGIN
  DELETE FROM "public"."tenant_context_configs" c
   USING (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s
   WHERE s."tenantId" = c."tenantId" AND s."object" IS NULL;

  INSERT INTO "public"."tenant_context_configs" ("id", "tenantId", "updatedAt")
  SELECT 'c' || substr(md5('f11:' || s."tenantId"), 1, 24), s."tenantId", CURRENT_TIMESTAMP
    FROM (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s
   WHERE s."object" IS NOT NULL
  ON CONFLICT ("tenantId") DO NOTHING;
  GET DIAGNOSTICS made = ROW_COUNT;

  -- Back to the defaults first, so a key the JSON no longer holds takes its default again.
  UPDATE "public"."tenant_context_configs" c
     SET "includeCompetitors" = DEFAULT, "includeReviews" = DEFAULT, "maxSources" = DEFAULT, "tone" = DEFAULT,
         "language" = DEFAULT, "refreshIntervalDays" = DEFAULT, "updatedAt" = CURRENT_TIMESTAMP
    FROM (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s
   WHERE s."tenantId" = c."tenantId";

  UPDATE "public"."tenant_context_configs" c
     SET "includeCompetitors"  = coalesce((r.v ->> 'includeCompetitors')::boolean, c."includeCompetitors"),
         "includeReviews"      = coalesce((r.v ->> 'includeReviews')::boolean, c."includeReviews"),
         "maxSources"          = coalesce((r.v ->> 'maxSources')::numeric::integer, c."maxSources"),
         "tone"                = CASE WHEN r.v ? 'tone' THEN r.v ->> 'tone' ELSE c."tone" END,
         "language"            = coalesce(r.v ->> 'language', c."language"),
         "refreshIntervalDays" = coalesce((r.v ->> 'refreshIntervalDays')::numeric::integer, c."refreshIntervalDays")
    FROM (SELECT s."tenantId", "online_migration"."f11_readable"(s."object") AS v FROM (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s WHERE s."object" IS NOT NULL) r
   WHERE c."tenantId" = r."tenantId";

  DELETE FROM "online_migration"."f11_pending" p USING (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s WHERE s."tenantId" = p."tenantId";
  INSERT INTO "online_migration"."f11_pending" ("tenantId", "key")
  SELECT s."tenantId", e.key
    FROM (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s
    CROSS JOIN LATERAL jsonb_each(s."object") AS e(key, value)
   WHERE s."object" IS NOT NULL
     AND "online_migration"."f11_verdict"(e.key, e.value) = 'wrong_type'
     AND "online_migration"."f11_reading"(e.key, e.value) IS NULL
  UNION ALL
  SELECT s."tenantId", '' FROM (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s WHERE s."config" IS NOT NULL AND s."object" IS NULL
     AND NOT EXISTS (SELECT 1 FROM "public"."migration_value_mapping" m
                      WHERE m."tableName" = 'tenants' AND m."columnName" = 'contextConfig'
                        AND m."fromValue" = s."config"::text AND m."toValue" IS NULL);

  SELECT count(*) INTO read_losslessly
    FROM (SELECT t."id" AS "tenantId", t."contextConfig" AS "config", "online_migration"."f11_object"(t."contextConfig") AS "object"
            FROM "public"."tenants" t WHERE t."id" = ANY (tenant_ids)) s
    CROSS JOIN LATERAL jsonb_each(s."object") AS e(key, value)
   WHERE s."object" IS NOT NULL AND "online_migration"."f11_lossless"(e.key, e.value) IS NOT NULL;

  RETURN QUERY SELECT cardinality(tenant_ids), made, read_losslessly;
END $$;

-- One batch of the backfill: the tenants of the key range ($1, $2] with a config. Their rows are locked
-- first, so a settings write of one of them waits for the batch (or the batch for it), and the batch
-- never writes a reading older than the trigger's.
CREATE FUNCTION "online_migration"."f11_backfill_range"(after_id text, last_id text)
RETURNS TABLE ("tenants" integer, "rows" integer, "lossless" integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  pending text[];
BEGIN
  SELECT coalesce(array_agg(l."id"), '{}') INTO pending
    FROM (SELECT t."id" FROM "public"."tenants" t
           WHERE (after_id IS NULL OR t."id" > after_id) AND t."id" <= last_id AND t."contextConfig" IS NOT NULL
           ORDER BY t."id"
             FOR NO KEY UPDATE) l;
  RETURN QUERY SELECT * FROM "online_migration"."f11_sync"(pending);
END $$;

-- The legacy application writes a tenant with its settings, or changes them: the row follows in the
-- same transaction. Whatever the JSON holds, the write succeeds; should the reading itself fail on the
-- data, the tenant is left for the contract step, which finds it without a row and stops naming it.
CREATE FUNCTION "online_migration"."f11_keep_context_config"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    PERFORM 1 FROM "online_migration"."f11_sync"(ARRAY[NEW."id"]);
  EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
    RAISE WARNING 'f11: the settings of tenant % could not be read into tenant_context_configs: %', NEW."id", SQLERRM;
  END;
  RETURN NULL;
END $$;

-- SHARE ROW EXCLUSIVE on tenants for an instant, each (already held since the foreign key).
CREATE TRIGGER "online_f11_context_config_on_insert"
  AFTER INSERT ON "tenants"
  FOR EACH ROW WHEN (NEW."contextConfig" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f11_keep_context_config"();
CREATE TRIGGER "online_f11_context_config_on_update"
  AFTER UPDATE OF "contextConfig" ON "tenants"
  FOR EACH ROW WHEN (OLD."contextConfig" IS DISTINCT FROM NEW."contextConfig")
  EXECUTE FUNCTION "online_migration"."f11_keep_context_config"();

SELECT "online_migration"."expanded"('20261129000009_f11_tenant_context_config', 11);
