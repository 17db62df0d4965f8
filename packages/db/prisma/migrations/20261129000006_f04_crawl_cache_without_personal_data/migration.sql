-- Finding 4: the shared crawl cache keeps only what it learnt about a site's structure.
-- The person found on a site (recipientEmail / recipientName) becomes a Contact of every tenant that
-- used that person: a tenant with an OutreachTarget on the domain (a backlink from the site is not a
-- conversation with that person), found by lower(btrim(email)) or created with origin 'outreach', and
-- is linked to that tenant's targets on the domain that have no contact yet. People no tenant used are
-- erased: the ledger counts them, nothing keeps their values. Then the two columns go.
-- Accounting: migration_ledger rows of this folder; NOTICE lines at the end repeat them.

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- The crawler must not write a new recipient between the copy below and the column drop; readers go on.
LOCK TABLE "crawl_cache" IN SHARE ROW EXCLUSIVE MODE;

-- Cache rows that carry personal data (blank strings are no data). Domains are compared lower-cased,
-- trimmed and without a leading "www.", emails as lower(btrim()).
CREATE TEMP TABLE "f04_personal" (
  "cacheId"  text PRIMARY KEY,
  "domain"   text NOT NULL,
  "email"    text,
  "name"     text,
  "rawEmail" text,
  "rawName"  text
) ON COMMIT DROP;
INSERT INTO "f04_personal"
SELECT cc."id", regexp_replace(lower(btrim(cc."domain")), '^www\.', ''),
       lower(nullif(btrim(cc."recipientEmail"), '')), nullif(btrim(cc."recipientName"), ''),
       cc."recipientEmail", cc."recipientName"
  FROM "crawl_cache" cc
 WHERE nullif(btrim(cc."recipientEmail"), '') IS NOT NULL
    OR nullif(btrim(cc."recipientName"), '') IS NOT NULL;

-- Which tenant used which of those rows: every tenant with an outreach target on the domain. A
-- backlink from the site does not count: it says the tenant is linked from there, not that anyone
-- there was contacted on its behalf.
CREATE TEMP TABLE "f04_usage" ("cacheId" text NOT NULL, "tenantId" text NOT NULL, PRIMARY KEY ("cacheId", "tenantId")) ON COMMIT DROP;
INSERT INTO "f04_usage"
SELECT DISTINCT p."cacheId", ot."tenantId"
  FROM "f04_personal" p
  JOIN "outreach_targets" ot ON regexp_replace(lower(btrim(ot."domain")), '^www\.', '') = p."domain";
ANALYZE "f04_personal";
ANALYZE "f04_usage";

-- One contact per (tenant, person). With an email the person is the email; without one (a bare name)
-- it is the cache row. "contactId" is the tenant's existing contact with that email (the oldest, if
-- case variants exist) or a new id derived from the key, so a rerun on the same data gives the same ids.
CREATE TEMP TABLE "f04_person" (
  "tenantId"  text NOT NULL,
  "personKey" text NOT NULL,
  "email"     text,
  "name"      text,
  "contactId" text NOT NULL,
  "isNew"     boolean NOT NULL,
  PRIMARY KEY ("tenantId", "personKey")
) ON COMMIT DROP;
INSERT INTO "f04_person"
SELECT per."tenantId", per."personKey", per."email", per."name",
       coalesce(existing."id", 'c' || substr(md5('f04:' || per."tenantId" || ':' || per."personKey"), 1, 24)),
       existing."id" IS NULL
  FROM (
    SELECT DISTINCT ON (u."tenantId", coalesce(p."email", 'cache:' || p."cacheId"))
           u."tenantId", coalesce(p."email", 'cache:' || p."cacheId") AS "personKey", p."email", p."name"
      FROM "f04_usage" u JOIN "f04_personal" p ON p."cacheId" = u."cacheId"
     ORDER BY u."tenantId", coalesce(p."email", 'cache:' || p."cacheId"), (p."name" IS NULL), p."cacheId"
  ) per
  LEFT JOIN (
    -- the contacts of the tenants concerned, by normalised email (the oldest when case variants exist)
    SELECT DISTINCT ON (c."tenantId", lower(btrim(c."email"))) c."tenantId", lower(btrim(c."email")) AS "email", c."id"
      FROM "contacts" c
     WHERE c."tenantId" IN (SELECT "tenantId" FROM "f04_usage") AND nullif(btrim(c."email"), '') IS NOT NULL
     ORDER BY c."tenantId", lower(btrim(c."email")), c."createdAt", c."id"
  ) existing ON existing."tenantId" = per."tenantId" AND existing."email" = per."email";

-- 1. New contacts, tenant-owned from now on.
WITH created AS (
  INSERT INTO "contacts" ("id", "tenantId", "email", "firstName", "lastName", "origin", "createdAt", "updatedAt")
  SELECT p."contactId", p."tenantId", p."email",
         split_part(p."name", ' ', 1),
         nullif(btrim(substr(p."name", length(split_part(p."name", ' ', 1)) + 1)), ''),
         'outreach', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
    FROM "f04_person" p
   WHERE p."isNew"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000006_f04_crawl_cache_without_personal_data', 'contacts', 'inserted', count(*), NULL,
       'people found by the crawler, created (origin outreach) in each tenant that uses their domain'
  FROM created HAVING count(*) > 0;

-- 2. Existing contacts found by email get the crawled name when they have none.
WITH named AS (
  UPDATE "contacts" c
     SET "firstName" = split_part(p."name", ' ', 1),
         "lastName" = nullif(btrim(substr(p."name", length(split_part(p."name", ' ', 1)) + 1)), ''),
         "updatedAt" = CURRENT_TIMESTAMP
    FROM "f04_person" p
   WHERE NOT p."isNew" AND c."id" = p."contactId" AND p."name" IS NOT NULL
     AND c."firstName" IS NULL AND c."lastName" IS NULL
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000006_f04_crawl_cache_without_personal_data', 'contacts', 'updated', count(*), NULL,
       'existing contacts with the crawled email took the crawled name (they had none)'
  FROM named HAVING count(*) > 0;

-- 3. Targets on the domain that have no contact yet point at the person.
WITH linked AS (
  UPDATE "outreach_targets" ot
     SET "contactId" = pick."contactId", "updatedAt" = CURRENT_TIMESTAMP
    FROM (
      SELECT DISTINCT ON (u."tenantId", p."domain") u."tenantId", p."domain", per."contactId"
        FROM "f04_usage" u
        JOIN "f04_personal" p ON p."cacheId" = u."cacheId"
        JOIN "f04_person" per ON per."tenantId" = u."tenantId" AND per."personKey" = coalesce(p."email", 'cache:' || p."cacheId")
       ORDER BY u."tenantId", p."domain", (p."email" IS NULL), p."cacheId"
    ) pick
   WHERE ot."contactId" IS NULL AND ot."tenantId" = pick."tenantId"
     AND regexp_replace(lower(btrim(ot."domain")), '^www\.', '') = pick."domain"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000006_f04_crawl_cache_without_personal_data', 'outreach_targets', 'updated', count(*), NULL,
       'contactId was empty; now the contact of the person found on the domain'
  FROM linked HAVING count(*) > 0;

-- 4. People no tenant used have nobody to belong to. Keeping them anywhere without a tenant (the
--    quarantine included) would keep personal data no tenant's erasure can reach: they are erased
--    with the columns below, and only their number is recorded.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000006_f04_crawl_cache_without_personal_data', 'crawl_cache', 'nulled', count(*), NULL,
       'erased: recipient of a domain no tenant prospected (no outreach target); the values are kept nowhere'
  FROM "f04_personal" p
 WHERE NOT EXISTS (SELECT 1 FROM "f04_usage" u WHERE u."cacheId" = p."cacheId")
HAVING count(*) > 0;

-- The summary lines: moved (some tenant got the person), and the anomaly entry covering every row
-- whose personal columns are dropped below (moved + erased).
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000006_f04_crawl_cache_without_personal_data', 'crawl_cache', 'moved', count(*), NULL,
       'recipient copied into the contacts of ' || (SELECT count(DISTINCT "tenantId") FROM "f04_usage") || ' tenant(s)'
  FROM "f04_personal" p
 WHERE EXISTS (SELECT 1 FROM "f04_usage" u WHERE u."cacheId" = p."cacheId")
HAVING count(*) > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000006_f04_crawl_cache_without_personal_data', 'crawl_cache', 'nulled', count(*), 'crawl_cache_personal_data',
       'recipientEmail / recipientName dropped after being moved to the tenants that used them, or erased'
  FROM "f04_personal";

-- Blank strings carry nothing, but they are values too: say how many go with the columns.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000006_f04_crawl_cache_without_personal_data', 'crawl_cache', 'nulled', count(*), NULL,
       'recipient columns held only blank strings'
  FROM "crawl_cache" cc
 WHERE (cc."recipientEmail" IS NOT NULL OR cc."recipientName" IS NOT NULL)
   AND NOT EXISTS (SELECT 1 FROM "f04_personal" p WHERE p."cacheId" = cc."id")
HAVING count(*) > 0;

-- 5. The shared table loses its personal columns (last, so ACCESS EXCLUSIVE is held only until commit).
ALTER TABLE "crawl_cache" DROP COLUMN "recipientEmail", DROP COLUMN "recipientName";

DO $$
DECLARE
  entry record;
BEGIN
  FOR entry IN
    SELECT "tableName", "action", "rows", "anomaly" FROM "migration_ledger"
     WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data' ORDER BY "id"
  LOOP
    RAISE NOTICE 'f04: % % row(s) of %', entry."action", entry."rows",
      entry."tableName" || coalesce(' (anomaly ' || entry."anomaly" || ')', '');
  END LOOP;
END $$;
