-- Back to where the expand step and the backfill left it: blog_post_versions.faqs returns, filled from
-- the FAQ rows of each version and the quarantine, the key is NOT VALID again and the triggers that
-- convert legacy writes are back (after the rebuild, so the rebuild itself does not trigger them).
-- Each snapshot is rebuilt in its original order: the rows the conversion made carry ids derived from
-- (version, place in the array), and quarantined entries name their place (faqs[i]), so both slot back
-- where they were; undocumented keys return to their entry; snapshots that were not an array come
-- back whole. Not restorable: an entry without "position" comes back with the position it was given
-- (its place - 1), an empty array comes back as NULL (no rows say it was there), and a row the
-- corrected application added to a version is appended after the original entries.
-- The quarantine stays as the backfill left it; the expand folder's down.sql removes it.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

ALTER TABLE "blog_post_versions" ADD COLUMN "faqs" JSONB;

WITH quarantined AS (
  SELECT q."rowId" AS "versionId", q."columnName", q."value",
         substring(q."columnName" from '^faqs\[(\d+)\]')::bigint AS "i",
         substring(q."columnName" from '^faqs\[\d+\]\.(.*)$') AS "extraKey"
    FROM "migration_quarantine" q
   WHERE q."migration" = '20261129000011_f13_faq_rows_for_versions' AND q."tableName" = 'blog_post_versions'
), slot AS (
  -- every place an original snapshot had: at most as many as its rows plus its quarantined entries
  -- (a place with neither is dropped below)
  SELECT v."id" AS "versionId", s.i
    FROM "blog_post_versions" v
    CROSS JOIN LATERAL generate_series(1,
      (SELECT count(*) FROM "blog_post_version_faqs" f WHERE f."blogPostVersionId" = v."id")
      + (SELECT count(*) FROM quarantined x WHERE x."versionId" = v."id" AND x."i" IS NOT NULL AND x."extraKey" IS NULL)) AS s(i)
), element AS (
  SELECT s."versionId", s.i::numeric AS "sortKey",
         coalesce(
           (SELECT jsonb_build_object('question', f."question", 'answer', f."answer", 'position', f."position")
                   || coalesce((SELECT jsonb_object_agg(x."extraKey", x."value") FROM quarantined x
                                 WHERE x."versionId" = s."versionId" AND x."i" = s.i AND x."extraKey" IS NOT NULL), '{}'::jsonb)
              FROM "blog_post_version_faqs" f
             WHERE f."id" = "online_migration"."f13_row_id"(s."versionId", s.i)),
           (SELECT x."value" FROM quarantined x WHERE x."versionId" = s."versionId" AND x."i" = s.i AND x."extraKey" IS NULL)
         ) AS "elem"
    FROM slot s
  UNION ALL
  -- rows of a version that the conversion did not make: after the original entries
  SELECT f."blogPostVersionId", 1e9 + f."position",
         jsonb_build_object('question', f."question", 'answer', f."answer", 'position', f."position")
    FROM "blog_post_version_faqs" f
   WHERE f."id" NOT IN (SELECT "online_migration"."f13_row_id"(s."versionId", s.i) FROM slot s)
)
UPDATE "blog_post_versions" v
   SET "faqs" = rebuilt."faqs"
  FROM (SELECT "versionId", jsonb_agg("elem" ORDER BY "sortKey") AS "faqs" FROM element WHERE "elem" IS NOT NULL GROUP BY "versionId") rebuilt
 WHERE v."id" = rebuilt."versionId";

-- Snapshots kept whole (not an array, or not convertible).
UPDATE "blog_post_versions" v
   SET "faqs" = q."value"
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000011_f13_faq_rows_for_versions' AND q."tableName" = 'blog_post_versions'
   AND q."columnName" = 'faqs' AND q."rowId" = v."id";

ALTER TABLE "blog_post_version_faqs" DROP CONSTRAINT "blog_post_version_faqs_blogPostVersionId_fkey";
ALTER TABLE "blog_post_version_faqs" ADD CONSTRAINT "blog_post_version_faqs_blogPostVersionId_fkey" FOREIGN KEY ("blogPostVersionId") REFERENCES "blog_post_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;

CREATE TRIGGER "online_f13_version_faq_rows_on_insert"
  AFTER INSERT ON "blog_post_versions"
  FOR EACH ROW WHEN (NEW."faqs" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f13_keep_version_faq_rows"();
CREATE TRIGGER "online_f13_version_faq_rows_on_update"
  AFTER UPDATE OF "faqs" ON "blog_post_versions"
  FOR EACH ROW WHEN (OLD."faqs" IS DISTINCT FROM NEW."faqs")
  EXECUTE FUNCTION "online_migration"."f13_keep_version_faq_rows"();

DELETE FROM "migration_ledger" WHERE "migration" = '20261129000011_f13_faq_rows_for_versions';
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000011_f13_faq_rows_for_versions';
