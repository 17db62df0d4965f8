-- Finding 12: one keyword per tenant.
-- Duplicates (same tenant, same text once trimmed, runs of whitespace collapsed to one space and
-- lower-cased) are merged into the oldest row of their group,
-- every keywordId reference is re-pointed at that row, and only then does the unique on
-- (tenantId, keyword) go in. Every merged row is copied whole into migration_quarantine first.
-- Accounting: migration_ledger rows of this folder; NOTICE lines at the end repeat them.

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- Writers are kept out of "keywords" from here to the commit (readers are not), so no new duplicate can
-- appear between the merge and the unique index. The referencing tables are locked the same way, in one
-- fixed order, so that the re-pointing below never waits half-way.
LOCK TABLE "keywords", "content_keywords", "keyword_rankings", "competitor_keywords", "serp_snapshots"
  IN SHARE ROW EXCLUSIVE MODE;

-- Every duplicate with the row it is merged into. The keeper is the oldest row of its group (ties by id),
-- so running the same data twice picks the same keeper.
CREATE TEMP TABLE "f12_keyword_map" ("duplicateId" text PRIMARY KEY, "keeperId" text NOT NULL) ON COMMIT DROP;
INSERT INTO "f12_keyword_map" ("duplicateId", "keeperId")
SELECT "id", "keeperId"
FROM (
  SELECT k."id", k."tenantId",
         first_value(k."id") OVER (PARTITION BY k."tenantId", lower(btrim(regexp_replace(k."keyword", '\s+', ' ', 'g')))
                                   ORDER BY k."createdAt", k."id") AS "keeperId"
  FROM "keywords" k
) ranked
WHERE "id" <> "keeperId";
ANALYZE "f12_keyword_map";

-- content_keywords has @@unique([blogPostId, keywordId]): once re-pointed, two rows of one post can name
-- the same keeper. Per (post, keeper) the row that already points at the keeper survives, else the oldest.
CREATE TEMP TABLE "f12_content_keyword_merge" ON COMMIT DROP AS
SELECT ck."id",
       coalesce(m."keeperId", ck."keywordId") AS "targetKeywordId",
       first_value(ck."id") OVER w AS "survivorId",
       bool_or(ck."isPrimary") OVER w AS "anyPrimary",
       (array_remove(array_agg(ck."placement") OVER w, NULL))[1] AS "firstPlacement",
       (array_remove(array_agg(ck."density") OVER w, NULL))[1] AS "firstDensity"
FROM "content_keywords" ck
LEFT JOIN "f12_keyword_map" m ON m."duplicateId" = ck."keywordId"
WHERE (ck."blogPostId", coalesce(m."keeperId", ck."keywordId")) IN (
  SELECT c2."blogPostId", coalesce(m2."keeperId", c2."keywordId")
  FROM "content_keywords" c2
  LEFT JOIN "f12_keyword_map" m2 ON m2."duplicateId" = c2."keywordId"
  GROUP BY 1, 2
  HAVING count(*) > 1
)
WINDOW w AS (PARTITION BY ck."blogPostId", coalesce(m."keeperId", ck."keywordId")
             ORDER BY (m."duplicateId" IS NULL) DESC, ck."createdAt", ck."id"
             ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);

-- 1. Colliding content_keywords rows: quarantine a full copy, fold their flags into the survivor, delete.
WITH copied AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000010_f12_keyword_unique_per_tenant', 'content_keywords', ck."id", NULL, to_jsonb(ck),
         'merged into content_keywords ' || mg."survivorId" || ': same post, keyword merged into ' || mg."targetKeywordId",
         bp."tenantId"
  FROM "content_keywords" ck
  JOIN "f12_content_keyword_merge" mg ON mg."id" = ck."id" AND mg."id" <> mg."survivorId"
  JOIN "blog_posts" bp ON bp."id" = ck."blogPostId"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'content_keywords', 'quarantined', count(*), NULL,
       'full copy of each row merged away below'
FROM copied HAVING count(*) > 0;

WITH folded AS (
  UPDATE "content_keywords" ck
  SET "isPrimary" = mg."anyPrimary",
      "placement" = coalesce(ck."placement", mg."firstPlacement"),
      "density" = coalesce(ck."density", mg."firstDensity")
  FROM "f12_content_keyword_merge" mg
  WHERE mg."id" = ck."id" AND mg."id" = mg."survivorId"
    AND (ck."isPrimary" IS DISTINCT FROM mg."anyPrimary"
         OR (ck."placement" IS NULL AND mg."firstPlacement" IS NOT NULL)
         OR (ck."density" IS NULL AND mg."firstDensity" IS NOT NULL))
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'content_keywords', 'updated', count(*), NULL,
       'survivors took over isPrimary / placement / density of the rows merged into them'
FROM folded HAVING count(*) > 0;

WITH removed AS (
  DELETE FROM "content_keywords" ck
  USING "f12_content_keyword_merge" mg
  WHERE mg."id" = ck."id" AND mg."id" <> mg."survivorId"
  RETURNING 1
), counted AS (SELECT count(*) AS n FROM removed)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'content_keywords', a.action::"LedgerAction", n, NULL, a.note
FROM counted, (VALUES ('deleted', 'would have repeated (post, keyword) after the re-pointing'),
                      ('merged', 'into the row of the same post that keeps the keyword')) AS a(action, note)
WHERE n > 0;

-- 2. Re-point every reference to a duplicate at its keeper (nothing is deleted from these tables).
WITH repointed AS (
  UPDATE "content_keywords" ck SET "keywordId" = m."keeperId"
  FROM "f12_keyword_map" m WHERE ck."keywordId" = m."duplicateId"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'content_keywords', 'updated', count(*), NULL,
       'keywordId re-pointed from a duplicate to its keeper'
FROM repointed HAVING count(*) > 0;

WITH repointed AS (
  UPDATE "keyword_rankings" r SET "keywordId" = m."keeperId"
  FROM "f12_keyword_map" m WHERE r."keywordId" = m."duplicateId"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'keyword_rankings', 'updated', count(*), NULL,
       'keywordId re-pointed from a duplicate to its keeper'
FROM repointed HAVING count(*) > 0;

WITH repointed AS (
  UPDATE "competitor_keywords" c SET "keywordId" = m."keeperId"
  FROM "f12_keyword_map" m WHERE c."keywordId" = m."duplicateId"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'competitor_keywords', 'updated', count(*), NULL,
       'keywordId re-pointed from a duplicate to its keeper'
FROM repointed HAVING count(*) > 0;

WITH repointed AS (
  UPDATE "serp_snapshots" s SET "keywordId" = m."keeperId"
  FROM "f12_keyword_map" m WHERE s."keywordId" = m."duplicateId"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'serp_snapshots', 'updated', count(*), NULL,
       'keywordId re-pointed from a duplicate to its keeper'
FROM repointed HAVING count(*) > 0;

-- A reference left behind would be deleted by the ON DELETE CASCADE below. Every foreign key that
-- points at keywords is checked, including tables added after the legacy schema (this folder re-points
-- only the four it knows, whose uniques it understands): if one still names a duplicate, stop.
DO $$
DECLARE
  fk record;
  found text;
  leftovers text := '';
BEGIN
  FOR fk IN
    SELECT c.conrelid::regclass AS tbl, a.attname AS col
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = 'public.keywords'::regclass AND array_length(c.conkey, 1) = 1
  LOOP
    EXECUTE format('SELECT string_agg(DISTINCT %1$I, '', '') FROM %2$s WHERE %1$I IN (SELECT "duplicateId" FROM "f12_keyword_map")', fk.col, fk.tbl)
      INTO found;
    IF found IS NOT NULL THEN
      leftovers := leftovers || format(' %s.%I -> %s;', fk.tbl, fk.col, found);
    END IF;
  END LOOP;
  IF leftovers <> '' THEN
    RAISE EXCEPTION 'f12: rows of tables this migration does not re-point still reference duplicate keywords:%', leftovers
      USING HINT = 'Re-point those rows at the oldest keyword of their group (or teach this migration the table) and run it again.';
  END IF;
END $$;

-- 3. Keepers take over the metrics they lack from their newest duplicate that has them (cpcCents moves
--    together with its currency).
WITH filled AS (
  UPDATE "keywords" k
  SET "searchVolume" = coalesce(k."searchVolume", d."searchVolume"),
      "difficulty"   = coalesce(k."difficulty", d."difficulty"),
      "intent"       = coalesce(k."intent", d."intent"),
      "currency"     = CASE WHEN k."cpcCents" IS NULL AND d."cpcCents" IS NOT NULL THEN d."currency" ELSE k."currency" END,
      "cpcCents"     = coalesce(k."cpcCents", d."cpcCents")
  FROM (
    SELECT m."keeperId",
           (array_agg(dk."searchVolume" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."searchVolume" IS NOT NULL))[1] AS "searchVolume",
           (array_agg(dk."difficulty" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."difficulty" IS NOT NULL))[1] AS "difficulty",
           (array_agg(dk."intent" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."intent" IS NOT NULL))[1] AS "intent",
           (array_agg(dk."cpcCents" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."cpcCents" IS NOT NULL))[1] AS "cpcCents",
           (array_agg(dk."currency" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."cpcCents" IS NOT NULL))[1] AS "currency"
    FROM "f12_keyword_map" m
    JOIN "keywords" dk ON dk."id" = m."duplicateId"
    GROUP BY m."keeperId"
  ) d
  WHERE k."id" = d."keeperId"
    AND ((k."searchVolume" IS NULL AND d."searchVolume" IS NOT NULL)
      OR (k."difficulty" IS NULL AND d."difficulty" IS NOT NULL)
      OR (k."intent" IS NULL AND d."intent" IS NOT NULL)
      OR (k."cpcCents" IS NULL AND d."cpcCents" IS NOT NULL))
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'keywords', 'updated', count(*), NULL,
       'keepers filled empty searchVolume / difficulty / intent / cpcCents from their duplicates'
FROM filled HAVING count(*) > 0;

-- 4. The duplicates themselves: full copy into quarantine, then delete.
WITH copied AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000010_f12_keyword_unique_per_tenant', 'keywords', k."id", NULL, to_jsonb(k),
         'duplicate of keyword ' || m."keeperId" || ' in the same tenant; merged into it', k."tenantId"
  FROM "keywords" k JOIN "f12_keyword_map" m ON m."duplicateId" = k."id"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'keywords', 'quarantined', count(*), NULL,
       'full copy of each duplicate merged away below'
FROM copied HAVING count(*) > 0;

WITH removed AS (
  DELETE FROM "keywords" k USING "f12_keyword_map" m WHERE k."id" = m."duplicateId"
  RETURNING 1
), counted AS (SELECT count(*) AS n FROM removed)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000010_f12_keyword_unique_per_tenant', 'keywords', a.action::"LedgerAction", n, a.anomaly, a.note
FROM counted, (VALUES ('deleted', NULL, 'duplicates (same tenant, same trimmed, space-collapsed, lower-cased text)'),
                      ('merged', 'keyword_duplicates', 'into the oldest keyword of their group; references re-pointed')) AS a(action, anomaly, note)
WHERE n > 0 OR a.anomaly IS NOT NULL;

-- 5. The invariant. The unique's leading column serves the tenant lookups the plain index served.
CREATE UNIQUE INDEX "keywords_tenantId_keyword_key" ON "keywords"("tenantId", "keyword");
-- The same comparison the merge used, enforced by the database: 'seo tools' cannot come back beside
-- 'SEO tools' the day after. Prisma's schema cannot declare an index on an expression; the corrected
-- schema carries it in prisma/beyond-prisma.sql (see this folder's README).
CREATE UNIQUE INDEX "keywords_tenantId_keyword_normalized_key"
    ON "keywords" ("tenantId", lower(btrim(regexp_replace("keyword", '\s+', ' ', 'g'))));
-- Last statement on purpose: DROP INDEX takes ACCESS EXCLUSIVE on keywords, held only until the commit.
DROP INDEX "keywords_tenantId_idx";

DO $$
DECLARE
  entry record;
BEGIN
  FOR entry IN
    SELECT "tableName", "action", "rows", "anomaly" FROM "migration_ledger"
    WHERE "migration" = '20261129000010_f12_keyword_unique_per_tenant' ORDER BY "id"
  LOOP
    RAISE NOTICE 'f12: % % row(s) of %', entry."action", entry."rows",
      entry."tableName" || coalesce(' (anomaly ' || entry."anomaly" || ')', '');
  END LOOP;
END $$;
