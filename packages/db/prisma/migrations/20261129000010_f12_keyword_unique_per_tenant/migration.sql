-- Finding 12, expand step: one keyword per tenant. Nothing is merged here and no index is built: this
-- folder only adds what the batched merge (backfill.ts) and the contract folders need, each statement
-- an instant. Two keywords are the same when they belong to one tenant and their text is equal once
-- trimmed, runs of whitespace collapsed to one space and lower-cased.
--   - online_migration.f12_merge_keywords(): merges the duplicates listed in the temporary table
--     f12_keyword_map into their keepers (references re-pointed, colliding post links folded, a full
--     copy of every removed row quarantined) and returns what it did; the backfill calls it per range
--     of tenants, the contract for the duplicates written while the backfill ran.
--   - a trigger on keywords that keeps the merge from being undone before the unique index exists:
--     while the legacy application may still be writing (the contract is not released) a near-duplicate
--     is accepted and queued in online_migration.f12_late_keyword for the contract to merge; once the
--     contract is released only the corrected application writes, and the trigger refuses a
--     near-duplicate with the unique violation the index will raise later. So the concurrent build of
--     the unique index (after the pause) finds no duplicate.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- Keywords written as a near-duplicate of another keyword of their tenant while the legacy
-- application ran. The contract merges each into the oldest keyword of its group.
CREATE TABLE "online_migration"."f12_late_keyword" (
  "keywordId" TEXT        NOT NULL PRIMARY KEY,
  "tenantId"  TEXT        NOT NULL,
  "queuedAt"  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION "online_migration"."f12_guard_keyword"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  normalized CONSTANT text := lower(btrim(regexp_replace(NEW."keyword", '\s+', ' ', 'g')));
  released boolean;
  other text;
BEGIN
  -- Read under a share lock: `backfill release` (which updates this row) waits for a legacy write in
  -- flight, so no legacy write can be accepted unqueued after the contract saw the queue.
  SELECT p."releasedAt" IS NOT NULL INTO released
    FROM "online_migration"."phase" p
   WHERE p."expandFolder" = '20261129000010_f12_keyword_unique_per_tenant'
     FOR SHARE;
  -- Two writers of the same text in one tenant take turns, so each sees the other's committed row.
  PERFORM pg_advisory_xact_lock(hashtextextended('f12:' || NEW."tenantId" || ':' || normalized, 0));
  SELECT k."id" INTO other
    FROM "keywords" k
   WHERE k."tenantId" = NEW."tenantId" AND k."id" <> NEW."id"
     AND lower(btrim(regexp_replace(k."keyword", '\s+', ' ', 'g'))) = normalized
   ORDER BY k."createdAt", k."id"
   LIMIT 1;
  IF other IS NULL THEN
    RETURN NEW;
  END IF;
  IF coalesce(released, true) THEN
    RAISE EXCEPTION 'duplicate key value violates unique constraint "keywords_tenantId_keyword_normalized_key"'
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'keywords_tenantId_keyword_normalized_key',
            DETAIL = format('keyword %L of tenant %s repeats keyword %s once trimmed, whitespace-collapsed and lower-cased', NEW."keyword", NEW."tenantId", other);
  END IF;
  INSERT INTO "online_migration"."f12_late_keyword" ("keywordId", "tenantId") VALUES (NEW."id", NEW."tenantId")
  ON CONFLICT ("keywordId") DO NOTHING;
  RETURN NEW;
END $$;

-- SHARE ROW EXCLUSIVE on keywords for an instant.
CREATE TRIGGER "online_f12_guard_keyword"
  BEFORE INSERT OR UPDATE OF "keyword", "tenantId" ON "keywords"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f12_guard_keyword"();

-- The merge itself, for the duplicates the caller put in the temporary table f12_keyword_map
-- ("duplicateId", "keeperId"). Per (post, keeper) the post link that already points at the keeper
-- survives (else the oldest), takes over isPrimary and a missing placement / density; the others are
-- quarantined whole and deleted. References are re-pointed, keepers take the metrics they lack from
-- their newest duplicate, and each duplicate is quarantined whole and deleted. The duplicates are
-- locked first, so no reference to them can be added between the re-pointing and the delete (whose
-- ON DELETE CASCADE would take it along).
CREATE FUNCTION "online_migration"."f12_merge_keywords"() RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  m CONSTANT text := '20261129000010_f12_keyword_unique_per_tenant';
  counts jsonb := '{}';
  n integer;
  fk record;
  found text;
  leftovers text := '';
BEGIN
  PERFORM 1 FROM "keywords" k JOIN "f12_keyword_map" map ON map."duplicateId" = k."id" ORDER BY k."id" FOR UPDATE OF k;

  CREATE TEMP TABLE "f12_content_keyword_merge" ON COMMIT DROP AS
  SELECT ck."id",
         coalesce(map."keeperId", ck."keywordId") AS "targetKeywordId",
         first_value(ck."id") OVER w AS "survivorId",
         bool_or(ck."isPrimary") OVER w AS "anyPrimary",
         (array_remove(array_agg(ck."placement") OVER w, NULL))[1] AS "firstPlacement",
         (array_remove(array_agg(ck."density") OVER w, NULL))[1] AS "firstDensity"
    FROM "content_keywords" ck
    LEFT JOIN "f12_keyword_map" map ON map."duplicateId" = ck."keywordId"
   WHERE ck."keywordId" IN (SELECT "duplicateId" FROM "f12_keyword_map" UNION ALL SELECT "keeperId" FROM "f12_keyword_map")
     AND (ck."blogPostId", coalesce(map."keeperId", ck."keywordId")) IN (
           SELECT c2."blogPostId", coalesce(m2."keeperId", c2."keywordId")
             FROM "content_keywords" c2
             LEFT JOIN "f12_keyword_map" m2 ON m2."duplicateId" = c2."keywordId"
            WHERE c2."keywordId" IN (SELECT "duplicateId" FROM "f12_keyword_map" UNION ALL SELECT "keeperId" FROM "f12_keyword_map")
            GROUP BY 1, 2
           HAVING count(*) > 1)
  WINDOW w AS (PARTITION BY ck."blogPostId", coalesce(map."keeperId", ck."keywordId")
               ORDER BY (map."duplicateId" IS NULL) DESC, ck."createdAt", ck."id"
               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);

  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'content_keywords', ck."id", NULL, to_jsonb(ck),
         'merged into content_keywords ' || mg."survivorId" || ': same post, keyword merged into ' || mg."targetKeywordId",
         bp."tenantId"
    FROM "content_keywords" ck
    JOIN "f12_content_keyword_merge" mg ON mg."id" = ck."id" AND mg."id" <> mg."survivorId"
    JOIN "blog_posts" bp ON bp."id" = ck."blogPostId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('linksMerged', n);

  UPDATE "content_keywords" ck
     SET "isPrimary" = mg."anyPrimary",
         "placement" = coalesce(ck."placement", mg."firstPlacement"),
         "density" = coalesce(ck."density", mg."firstDensity")
    FROM "f12_content_keyword_merge" mg
   WHERE mg."id" = ck."id" AND mg."id" = mg."survivorId"
     AND (ck."isPrimary" IS DISTINCT FROM mg."anyPrimary"
          OR (ck."placement" IS NULL AND mg."firstPlacement" IS NOT NULL)
          OR (ck."density" IS NULL AND mg."firstDensity" IS NOT NULL));
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('linksFolded', n);

  DELETE FROM "content_keywords" ck USING "f12_content_keyword_merge" mg WHERE mg."id" = ck."id" AND mg."id" <> mg."survivorId";
  DROP TABLE "f12_content_keyword_merge";

  UPDATE "content_keywords" ck SET "keywordId" = map."keeperId" FROM "f12_keyword_map" map WHERE ck."keywordId" = map."duplicateId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('linksRepointed', n);
  UPDATE "keyword_rankings" r SET "keywordId" = map."keeperId" FROM "f12_keyword_map" map WHERE r."keywordId" = map."duplicateId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('rankingsRepointed', n);
  UPDATE "competitor_keywords" c SET "keywordId" = map."keeperId" FROM "f12_keyword_map" map WHERE c."keywordId" = map."duplicateId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('observationsRepointed', n);
  UPDATE "serp_snapshots" s SET "keywordId" = map."keeperId" FROM "f12_keyword_map" map WHERE s."keywordId" = map."duplicateId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('snapshotsRepointed', n);

  -- A reference left behind would be deleted by the ON DELETE CASCADE below. Every foreign key that
  -- points at keywords is checked, including tables added after the legacy schema: if one still
  -- names a duplicate, stop (the batch rolls back; nothing of it is kept).
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
      USING HINT = 'Re-point those rows at the oldest keyword of their group (or teach online_migration.f12_merge_keywords the table) and run the backfill again.';
  END IF;

  UPDATE "keywords" k
     SET "searchVolume" = coalesce(k."searchVolume", d."searchVolume"),
         "difficulty"   = coalesce(k."difficulty", d."difficulty"),
         "intent"       = coalesce(k."intent", d."intent"),
         "currency"     = CASE WHEN k."cpcCents" IS NULL AND d."cpcCents" IS NOT NULL THEN d."currency" ELSE k."currency" END,
         "cpcCents"     = coalesce(k."cpcCents", d."cpcCents")
    FROM (
      SELECT map."keeperId",
             (array_agg(dk."searchVolume" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."searchVolume" IS NOT NULL))[1] AS "searchVolume",
             (array_agg(dk."difficulty" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."difficulty" IS NOT NULL))[1] AS "difficulty",
             (array_agg(dk."intent" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."intent" IS NOT NULL))[1] AS "intent",
             (array_agg(dk."cpcCents" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."cpcCents" IS NOT NULL))[1] AS "cpcCents",
             (array_agg(dk."currency" ORDER BY dk."createdAt" DESC, dk."id" DESC) FILTER (WHERE dk."cpcCents" IS NOT NULL))[1] AS "currency"
        FROM "f12_keyword_map" map JOIN "keywords" dk ON dk."id" = map."duplicateId"
       GROUP BY map."keeperId"
    ) d
   WHERE k."id" = d."keeperId"
     AND ((k."searchVolume" IS NULL AND d."searchVolume" IS NOT NULL)
       OR (k."difficulty" IS NULL AND d."difficulty" IS NOT NULL)
       OR (k."intent" IS NULL AND d."intent" IS NOT NULL)
       OR (k."cpcCents" IS NULL AND d."cpcCents" IS NOT NULL));
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('keepersFilled', n);

  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'keywords', k."id", NULL, to_jsonb(k),
         'duplicate of keyword ' || map."keeperId" || ' in the same tenant; merged into it', k."tenantId"
    FROM "keywords" k JOIN "f12_keyword_map" map ON map."duplicateId" = k."id";
  DELETE FROM "keywords" k USING "f12_keyword_map" map WHERE k."id" = map."duplicateId";
  GET DIAGNOSTICS n = ROW_COUNT;
  counts := counts || jsonb_build_object('duplicates', n);
  -- A queued keyword merged here needs no merge in the contract.
  DELETE FROM "online_migration"."f12_late_keyword" q USING "f12_keyword_map" map WHERE q."keywordId" = map."duplicateId";
  RETURN counts;
END $$;

-- One backfill batch: the duplicates of the tenants in the key range ($1, $2] of tenants.id.
CREATE FUNCTION "online_migration"."f12_merge_tenants"(after_tenant text, last_tenant text) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE "f12_keyword_map" ("duplicateId" text PRIMARY KEY, "keeperId" text NOT NULL) ON COMMIT DROP;
  INSERT INTO "f12_keyword_map" ("duplicateId", "keeperId")
  SELECT r."id", r."keeperId"
    FROM (SELECT k."id",
                 first_value(k."id") OVER (PARTITION BY k."tenantId", lower(btrim(regexp_replace(k."keyword", '\s+', ' ', 'g')))
                                           ORDER BY k."createdAt", k."id") AS "keeperId"
            FROM "keywords" k
           WHERE (after_tenant IS NULL OR k."tenantId" > after_tenant) AND k."tenantId" <= last_tenant) r
   WHERE r."id" <> r."keeperId";
  RETURN "online_migration"."f12_merge_keywords"();
END $$;

-- The ledger entries of a merge, from the counts f12_merge_keywords returned (summed over the
-- backfill's batches, or the contract's one run). The anomaly entry is written even when nothing was
-- merged; the others only when they count something.
CREATE FUNCTION "online_migration"."f12_book_merge"(m text, counts jsonb, anomaly text) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
  SELECT m, e.tbl, e.action::"LedgerAction", e.n, e.kind, e.note
    FROM (VALUES
      (1, 'content_keywords', 'quarantined', coalesce((counts->>'linksMerged')::int, 0), NULL, 'full copy of each post link merged away'),
      (2, 'content_keywords', 'updated', coalesce((counts->>'linksFolded')::int, 0), NULL, 'survivors took over isPrimary / placement / density of the links merged into them'),
      (3, 'content_keywords', 'deleted', coalesce((counts->>'linksMerged')::int, 0), NULL, 'would have repeated (post, keyword) after the re-pointing'),
      (4, 'content_keywords', 'merged', coalesce((counts->>'linksMerged')::int, 0), NULL, 'into the link of the same post that keeps the keyword'),
      (5, 'content_keywords', 'updated', coalesce((counts->>'linksRepointed')::int, 0), NULL, 'keywordId re-pointed from a duplicate to its keeper'),
      (6, 'keyword_rankings', 'updated', coalesce((counts->>'rankingsRepointed')::int, 0), NULL, 'keywordId re-pointed from a duplicate to its keeper'),
      (7, 'competitor_keywords', 'updated', coalesce((counts->>'observationsRepointed')::int, 0), NULL, 'keywordId re-pointed from a duplicate to its keeper'),
      (8, 'serp_snapshots', 'updated', coalesce((counts->>'snapshotsRepointed')::int, 0), NULL, 'keywordId re-pointed from a duplicate to its keeper'),
      (9, 'keywords', 'updated', coalesce((counts->>'keepersFilled')::int, 0), NULL, 'keepers filled empty searchVolume / difficulty / intent / cpcCents from their duplicates'),
      (10, 'keywords', 'quarantined', coalesce((counts->>'duplicates')::int, 0), NULL, 'full copy of each duplicate merged away'),
      (11, 'keywords', 'deleted', coalesce((counts->>'duplicates')::int, 0), NULL, 'duplicates (same tenant, same trimmed, space-collapsed, lower-cased text)'),
      (12, 'keywords', 'merged', coalesce((counts->>'duplicates')::int, 0), anomaly, 'into the oldest keyword of their group; references re-pointed')
    ) AS e(pos, tbl, action, n, kind, note)
   WHERE e.n > 0 OR e.kind IS NOT NULL
   ORDER BY e.pos;
$$;

SELECT "online_migration"."expanded"('20261129000010_f12_keyword_unique_per_tenant', 12);
