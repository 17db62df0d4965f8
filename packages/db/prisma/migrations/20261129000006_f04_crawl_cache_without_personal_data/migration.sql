-- Finding 4, expand step: the shared crawl cache keeps the person found on a site (recipientEmail /
-- recipientName) in a table no tenant owns. The person becomes a Contact of every tenant that used
-- that person - a tenant with an OutreachTarget on the domain (a backlink from the site is not a
-- conversation with that person) - and people no tenant used are erased. The legacy crawler still
-- writes and reads both columns, so they stay until the contract step
-- 20261130000006_f04_drop_crawl_cache_personal_columns. This step only adds bookkeeping in the
-- online_migration schema (invisible to the corrected schema) and triggers that never raise:
--   - f04_prospects: which tenant prospects which domain (domains compared lower-cased, trimmed and
--     without a leading "www."), kept in step with outreach_targets by trigger and filled for the
--     existing targets by the backfill, so a batch finds a domain's tenants by key, not by a scan;
--   - f04_rewritten_cache_rows and f04_newly_prospected_domains: cache rows the legacy crawler wrote
--     a person into, and domains a tenant started prospecting, after this step. The contract step
--     gives those people to their tenants, or erases them, by the same rule the backfill applies;
--   - f04_give_crawled_people(): that rule, for a set of cache rows (one home for the backfill and
--     the contract step).
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

CREATE FUNCTION "online_migration"."f04_domain"(domain TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(lower(btrim(domain)), '^www\.', '') $$;

CREATE TABLE "online_migration"."f04_prospects" (
  "domain"   TEXT NOT NULL,
  "tenantId" TEXT NOT NULL,
  PRIMARY KEY ("domain", "tenantId")
);
CREATE TABLE "online_migration"."f04_rewritten_cache_rows" ("cacheId" TEXT PRIMARY KEY);
CREATE TABLE "online_migration"."f04_newly_prospected_domains" ("domain" TEXT PRIMARY KEY);

-- A target added, moved or removed: the pair (domain, tenant) holds while the tenant has any target on the domain.
CREATE FUNCTION "online_migration"."f04_track_prospects"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      DELETE FROM "online_migration"."f04_prospects" p
       WHERE p."domain" = "online_migration"."f04_domain"(OLD."domain") AND p."tenantId" = OLD."tenantId"
         AND NOT EXISTS (SELECT 1 FROM "outreach_targets" ot
                          WHERE ot."tenantId" = OLD."tenantId" AND ot."id" <> OLD."id"
                            AND "online_migration"."f04_domain"(ot."domain") = p."domain");
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO "online_migration"."f04_prospects" ("domain", "tenantId")
      VALUES ("online_migration"."f04_domain"(NEW."domain"), NEW."tenantId") ON CONFLICT DO NOTHING;
      INSERT INTO "online_migration"."f04_newly_prospected_domains" ("domain")
      VALUES ("online_migration"."f04_domain"(NEW."domain")) ON CONFLICT DO NOTHING;
    END IF;
  EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'f04: prospect of % not tracked (%); the contract step still compares the targets themselves', coalesce(NEW."domain", OLD."domain"), SQLERRM;
  END;
  RETURN NULL;
END $$;

CREATE FUNCTION "online_migration"."f04_note_rewritten_cache_row"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  BEGIN
    INSERT INTO "online_migration"."f04_rewritten_cache_rows" ("cacheId") VALUES (NEW."id") ON CONFLICT DO NOTHING;
  EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'f04: cache row % not noted (%); the contract step erases what it cannot attribute', NEW."id", SQLERRM;
  END;
  RETURN NULL;
END $$;

-- The rule, for the cache rows in cache_ids: each person (a non-blank email or name) becomes a contact
-- of every tenant prospecting the domain - that tenant's contact with the same lower(btrim()) email
-- (the oldest), which takes the crawled name when it has none, or a new one (origin 'outreach', id
-- derived from tenant and email, or cache row for a bare name, so a repeat finds it) - and that
-- tenant's targets on the domain without a contact point at it. A person no tenant prospects is
-- erased from the cache row. Returns what it did, for the ledger.
CREATE FUNCTION "online_migration"."f04_give_crawled_people"(
  cache_ids TEXT[], OUT created INTEGER, OUT named INTEGER, OUT linked INTEGER, OUT moved INTEGER, OUT erased INTEGER)
LANGUAGE plpgsql AS $$
BEGIN
  DROP TABLE IF EXISTS pg_temp."f04_personal", pg_temp."f04_usage", pg_temp."f04_person";
  CREATE TEMP TABLE "f04_personal" ("cacheId" TEXT PRIMARY KEY, "domain" TEXT NOT NULL, "email" TEXT, "name" TEXT) ON COMMIT DROP;
  INSERT INTO "f04_personal"
  SELECT cc."id", "online_migration"."f04_domain"(cc."domain"), lower(nullif(btrim(cc."recipientEmail"), '')), nullif(btrim(cc."recipientName"), '')
    FROM "crawl_cache" cc
   WHERE cc."id" = ANY (cache_ids)
     AND (nullif(btrim(cc."recipientEmail"), '') IS NOT NULL OR nullif(btrim(cc."recipientName"), '') IS NOT NULL);

  CREATE TEMP TABLE "f04_usage" ("cacheId" TEXT NOT NULL, "tenantId" TEXT NOT NULL, PRIMARY KEY ("cacheId", "tenantId")) ON COMMIT DROP;
  INSERT INTO "f04_usage"
  SELECT p."cacheId", pr."tenantId" FROM "f04_personal" p JOIN "online_migration"."f04_prospects" pr ON pr."domain" = p."domain";

  -- One contact per (tenant, person): the person is the email, or the cache row for a bare name.
  CREATE TEMP TABLE "f04_person" (
    "tenantId" TEXT NOT NULL, "personKey" TEXT NOT NULL, "email" TEXT, "name" TEXT, "contactId" TEXT NOT NULL, "isNew" BOOLEAN NOT NULL,
    PRIMARY KEY ("tenantId", "personKey")) ON COMMIT DROP;
  INSERT INTO "f04_person"
  SELECT per."tenantId", per."personKey", per."email", per."name", coalesce(existing."id", derived."id", per."newId"),
         existing."id" IS NULL AND derived."id" IS NULL
    FROM (
      SELECT DISTINCT ON (u."tenantId", coalesce(p."email", 'cache:' || p."cacheId"))
             u."tenantId", coalesce(p."email", 'cache:' || p."cacheId") AS "personKey", p."email", p."name",
             'c' || substr(md5('f04:' || u."tenantId" || ':' || coalesce(p."email", 'cache:' || p."cacheId")), 1, 24) AS "newId"
        FROM "f04_usage" u JOIN "f04_personal" p ON p."cacheId" = u."cacheId"
       ORDER BY u."tenantId", coalesce(p."email", 'cache:' || p."cacheId"), (p."name" IS NULL), p."cacheId"
    ) per
    LEFT JOIN (
      SELECT DISTINCT ON (c."tenantId", lower(btrim(c."email"))) c."tenantId", lower(btrim(c."email")) AS "email", c."id"
        FROM "contacts" c
       WHERE c."tenantId" IN (SELECT "tenantId" FROM "f04_usage") AND nullif(btrim(c."email"), '') IS NOT NULL
       ORDER BY c."tenantId", lower(btrim(c."email")), c."createdAt", c."id"
    ) existing ON existing."tenantId" = per."tenantId" AND existing."email" = per."email"
    LEFT JOIN "contacts" derived ON derived."id" = per."newId";

  INSERT INTO "contacts" ("id", "tenantId", "email", "firstName", "lastName", "origin", "createdAt", "updatedAt")
  SELECT p."contactId", p."tenantId", p."email", split_part(p."name", ' ', 1),
         nullif(btrim(substr(p."name", length(split_part(p."name", ' ', 1)) + 1)), ''), 'outreach', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
    FROM "f04_person" p WHERE p."isNew"
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS created = ROW_COUNT;
  -- A contact the application created meanwhile with that exact email is the person's contact.
  UPDATE "f04_person" p SET "contactId" = c."id", "isNew" = false
    FROM "contacts" c
   WHERE p."isNew" AND c."tenantId" = p."tenantId" AND c."email" = p."email"
     AND NOT EXISTS (SELECT 1 FROM "contacts" x WHERE x."id" = p."contactId");

  UPDATE "contacts" c
     SET "firstName" = split_part(p."name", ' ', 1),
         "lastName" = nullif(btrim(substr(p."name", length(split_part(p."name", ' ', 1)) + 1)), ''), "updatedAt" = CURRENT_TIMESTAMP
    FROM "f04_person" p
   WHERE NOT p."isNew" AND c."id" = p."contactId" AND p."name" IS NOT NULL AND c."firstName" IS NULL AND c."lastName" IS NULL;
  GET DIAGNOSTICS named = ROW_COUNT;

  UPDATE "outreach_targets" ot
     SET "contactId" = pick."contactId", "updatedAt" = CURRENT_TIMESTAMP
    FROM (
      SELECT DISTINCT ON (u."tenantId", p."domain") u."tenantId", p."domain", per."contactId"
        FROM "f04_usage" u
        JOIN "f04_personal" p ON p."cacheId" = u."cacheId"
        JOIN "f04_person" per ON per."tenantId" = u."tenantId" AND per."personKey" = coalesce(p."email", 'cache:' || p."cacheId")
       ORDER BY u."tenantId", p."domain", (p."email" IS NULL), p."cacheId"
    ) pick
   WHERE ot."contactId" IS NULL AND ot."tenantId" = pick."tenantId" AND "online_migration"."f04_domain"(ot."domain") = pick."domain";
  GET DIAGNOSTICS linked = ROW_COUNT;

  SELECT count(DISTINCT u."cacheId") INTO moved FROM "f04_usage" u;

  -- Nobody to give the person to: erased here, counted, kept nowhere.
  UPDATE "crawl_cache" cc SET "recipientEmail" = NULL, "recipientName" = NULL
   WHERE cc."id" IN (SELECT p."cacheId" FROM "f04_personal" p WHERE NOT EXISTS (SELECT 1 FROM "f04_usage" u WHERE u."cacheId" = p."cacheId"));
  GET DIAGNOSTICS erased = ROW_COUNT;

  DROP TABLE "f04_personal", "f04_usage", "f04_person";
END $$;

-- SHARE ROW EXCLUSIVE on outreach_targets and on crawl_cache, each for an instant (no scan).
CREATE TRIGGER "online_f04_track_prospects"
  AFTER INSERT OR DELETE OR UPDATE OF "domain", "tenantId" ON "outreach_targets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f04_track_prospects"();
CREATE TRIGGER "online_f04_note_rewritten_cache_row"
  AFTER INSERT OR UPDATE OF "recipientEmail", "recipientName", "domain" ON "crawl_cache"
  FOR EACH ROW WHEN (NEW."recipientEmail" IS NOT NULL OR NEW."recipientName" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f04_note_rewritten_cache_row"();

SELECT "online_migration"."expanded"('20261129000006_f04_crawl_cache_without_personal_data', 4);
