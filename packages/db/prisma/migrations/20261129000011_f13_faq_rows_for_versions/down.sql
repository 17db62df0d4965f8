-- Back to the legacy shape: blog_post_versions.faqs returns, filled from the FAQ rows of each
-- version, and blog_post_version_faqs goes. The live FAQs (blog_post_faqs) were never touched.
-- Each snapshot is rebuilt in its original order: the rows this folder created carry ids derived from
-- (version, place in the array), and quarantined entries name their place (faqs[i]), so both slot
-- back where they were; undocumented keys return to their entry; snapshots that were not an array
-- come back whole. Not restorable: an entry without "position" comes back with the position it was
-- given (its place - 1), an empty array comes back as NULL (no rows say it was there), and a row
-- added to a version after the migration is appended after the original entries.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

ALTER TABLE "blog_post_versions" ADD COLUMN "faqs" JSONB;

WITH quarantined AS (
  SELECT q."rowId" AS "versionId", q."columnName", q."value",
         substring(q."columnName" from '^faqs\[(\d+)\]')::bigint AS "i",
         substring(q."columnName" from '^faqs\[\d+\]\.(.*)$') AS "extraKey"
    FROM "migration_quarantine" q
   WHERE q."migration" = '20261129000011_f13_faq_rows_for_versions' AND q."tableName" = 'blog_post_versions'
), slot AS (
  -- every place an original snapshot had: as many as its rows plus its quarantined entries
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
             WHERE f."id" = 'c' || substr(md5('f13:' || s."versionId" || ':' || s.i), 1, 24)),
           (SELECT x."value" FROM quarantined x WHERE x."versionId" = s."versionId" AND x."i" = s.i AND x."extraKey" IS NULL)
         ) AS "elem"
    FROM slot s
  UNION ALL
  -- rows of a version that this folder did not create: after the original entries
  SELECT f."blogPostVersionId", 1e9 + f."position",
         jsonb_build_object('question', f."question", 'answer', f."answer", 'position', f."position")
    FROM "blog_post_version_faqs" f
   WHERE f."id" NOT IN (SELECT 'c' || substr(md5('f13:' || s."versionId" || ':' || s.i), 1, 24) FROM slot s)
)
UPDATE "blog_post_versions" v
   SET "faqs" = rebuilt."faqs"
  FROM (SELECT "versionId", jsonb_agg("elem" ORDER BY "sortKey") AS "faqs" FROM element WHERE "elem" IS NOT NULL GROUP BY "versionId") rebuilt
 WHERE v."id" = rebuilt."versionId";

-- Snapshots that were not an array.
UPDATE "blog_post_versions" v
   SET "faqs" = q."value"
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000011_f13_faq_rows_for_versions' AND q."tableName" = 'blog_post_versions'
   AND q."columnName" = 'faqs' AND q."rowId" = v."id";

DROP TABLE "blog_post_version_faqs";

DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000011_f13_faq_rows_for_versions';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000011_f13_faq_rows_for_versions';
