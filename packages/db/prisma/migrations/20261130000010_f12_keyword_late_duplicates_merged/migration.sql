-- Finding 12, contract step: the keywords the legacy application wrote as a near-duplicate after the
-- backfill had merged their tenant were queued by the expand step's trigger; they are merged here the
-- way the backfill merged the others (online_migration.f12_merge_keywords). Since the release the
-- trigger refuses a near-duplicate instead of queueing it, so the queue is final when this runs, and
-- the unique indexes the next folders build CONCURRENTLY find no duplicate.
-- The ledger and quarantine entries carry the expand folder's name, where the finding's catalog entry points.
SELECT "online_migration"."require_released"('20261129000010_f12_keyword_unique_per_tenant', '20261130000010_f12_keyword_late_duplicates_merged');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- No table lock: the merge locks the queued duplicates' rows (and the rows it changes) only.
DO $$
DECLARE
  m CONSTANT text := '20261129000010_f12_keyword_unique_per_tenant';
  counts jsonb;
BEGIN
  -- Run again after a deploy that committed this folder but was not recorded: the queue is gone, nothing to do.
  IF to_regclass('online_migration.f12_late_keyword') IS NULL THEN
    RETURN;
  END IF;
  CREATE TEMP TABLE "f12_keyword_map" ("duplicateId" text PRIMARY KEY, "keeperId" text NOT NULL) ON COMMIT DROP;
  INSERT INTO "f12_keyword_map" ("duplicateId", "keeperId")
  SELECT r."id", r."keeperId"
    FROM (SELECT k."id",
                 first_value(k."id") OVER (PARTITION BY k."tenantId", g.normalized ORDER BY k."createdAt", k."id") AS "keeperId"
            FROM (SELECT DISTINCT q."tenantId", lower(btrim(regexp_replace(lk."keyword", '\s+', ' ', 'g'))) AS normalized
                    FROM "online_migration"."f12_late_keyword" q JOIN "keywords" lk ON lk."id" = q."keywordId") g
            JOIN "keywords" k ON k."tenantId" = g."tenantId" AND lower(btrim(regexp_replace(k."keyword", '\s+', ' ', 'g'))) = g.normalized) r
   WHERE r."id" <> r."keeperId";
  counts := "online_migration"."f12_merge_keywords"();
  PERFORM "online_migration"."f12_book_merge"(m, counts, NULL);
  RAISE NOTICE '%: % keyword(s) written as near-duplicates while the legacy application ran merged into their keeper', m, counts->>'duplicates';
END $$;

-- The queue has served: what is left in it was deleted since, or became the keeper of its group, and
-- since the release the trigger refuses instead of queueing.
DROP TABLE IF EXISTS "online_migration"."f12_late_keyword";

-- The contract is recorded by the finding's last contract folder, which drops the trigger.
