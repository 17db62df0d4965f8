-- Finding 11, expand step: the context-generation settings become a typed row per tenant
-- (TenantContextConfig, mirroring TenantStrategyConfig) instead of the untyped Tenant.contextConfig JSON.
-- This step only adds: the table, the reading of a config as functions, and triggers that keep a
-- tenant's row in step with every JSON the legacy application writes from now on. The backfill
-- (backfill.ts) reads the configs written before; the contract folder
-- 20261130000009_f11_drop_tenant_context_config_json settles what nobody could read without the
-- operator's mapping (stopping on what the mapping does not cover), quarantines, writes the ledger and
-- drops the JSON column.
-- A documented key holding a value of its type is copied; a string with a lossless reading ("20" for an
-- integer, "true"/"false" for a boolean) gives that reading. Anything else - unknown keys, wrong-typed
-- values without a lossless reading, configs that are not an object - is not read here: the row keeps
-- the column default in that place until the contract step settles it as the mapping says. Nothing here
-- ever raises on what a config holds: a legacy write never fails because of its settings.
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

-- What can be read of a config without anyone's decision: the keys of the right type, and the lossless
-- readings of those that are not. NULL when the config is not an object.
CREATE FUNCTION "online_migration"."f11_readable"(config jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(config) = 'object' THEN
    coalesce((SELECT jsonb_object_agg(e.key, CASE WHEN "online_migration"."f11_verdict"(e.key, e.value) = 'ok' THEN e.value
                                                  ELSE "online_migration"."f11_lossless"(e.key, e.value) END)
                FROM jsonb_each(config) AS e(key, value)
               WHERE "online_migration"."f11_verdict"(e.key, e.value) = 'ok'
                  OR "online_migration"."f11_lossless"(e.key, e.value) IS NOT NULL), '{}'::jsonb)
  END
$$;

-- The one conversion of configs into rows, for the trigger (one tenant) and the backfill (a batch): a
-- tenant whose config is an object gets its row (created with every default, then given what can be
-- read); a tenant whose config is SQL NULL or not an object has none (the contract step makes the row a
-- mapped non-object asks for). Running it twice gives the same rows. The caller holds the tenants' row
-- locks.
CREATE FUNCTION "online_migration"."f11_sync"(tenant_ids text[])
RETURNS TABLE ("tenants" integer, "rows" integer, "lossless" integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  made integer;
  read_losslessly integer;
BEGIN
  DELETE FROM "public"."tenant_context_configs" c
   USING "public"."tenants" t
   WHERE t."id" = c."tenantId" AND t."id" = ANY (tenant_ids)
     AND coalesce(jsonb_typeof(t."contextConfig"), 'null') <> 'object';

  INSERT INTO "public"."tenant_context_configs" ("id", "tenantId", "updatedAt")
  SELECT 'c' || substr(md5('f11:' || t."id"), 1, 24), t."id", CURRENT_TIMESTAMP
    FROM "public"."tenants" t
   WHERE t."id" = ANY (tenant_ids) AND jsonb_typeof(t."contextConfig") = 'object'
  ON CONFLICT ("tenantId") DO NOTHING;
  GET DIAGNOSTICS made = ROW_COUNT;

  -- Back to the defaults first, so a key the JSON no longer holds takes its default again.
  UPDATE "public"."tenant_context_configs" c
     SET "includeCompetitors" = DEFAULT, "includeReviews" = DEFAULT, "maxSources" = DEFAULT, "tone" = DEFAULT,
         "language" = DEFAULT, "refreshIntervalDays" = DEFAULT, "updatedAt" = CURRENT_TIMESTAMP
    FROM "public"."tenants" t
   WHERE t."id" = c."tenantId" AND t."id" = ANY (tenant_ids);

  UPDATE "public"."tenant_context_configs" c
     SET "includeCompetitors"  = coalesce((r.v ->> 'includeCompetitors')::boolean, c."includeCompetitors"),
         "includeReviews"      = coalesce((r.v ->> 'includeReviews')::boolean, c."includeReviews"),
         "maxSources"          = coalesce((r.v ->> 'maxSources')::numeric::integer, c."maxSources"),
         "tone"                = CASE WHEN r.v ? 'tone' THEN r.v ->> 'tone' ELSE c."tone" END,
         "language"            = coalesce(r.v ->> 'language', c."language"),
         "refreshIntervalDays" = coalesce((r.v ->> 'refreshIntervalDays')::numeric::integer, c."refreshIntervalDays")
    FROM (SELECT t."id", "online_migration"."f11_readable"(t."contextConfig") AS v
            FROM "public"."tenants" t
           WHERE t."id" = ANY (tenant_ids) AND jsonb_typeof(t."contextConfig") = 'object') r
   WHERE c."tenantId" = r."id";

  SELECT count(*) INTO read_losslessly
    FROM "public"."tenants" t
    CROSS JOIN LATERAL jsonb_each(t."contextConfig") AS e(key, value)
   WHERE t."id" = ANY (tenant_ids) AND jsonb_typeof(t."contextConfig") = 'object'
     AND "online_migration"."f11_lossless"(e.key, e.value) IS NOT NULL;

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
