-- Finding 13: FAQs are rows, versions included. The JSON snapshot each BlogPostVersion kept in "faqs"
-- becomes rows of the new table blog_post_version_faqs, each pointing at its version only. The live
-- FAQs (blog_post_faqs) are not touched: whatever asks for a post's FAQs still gets exactly the live list.
-- An entry is copied when it is an object with a string "question" and "answer" and, if present, a
-- whole-number "position" (missing: its place in the array). Entries that are not, snapshots that are
-- not an array, and keys beside the three documented ones are copied to migration_quarantine first.
-- Accounting: migration_ledger rows of this folder; NOTICE lines at the end repeat them.

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- A version written while this runs would lose its snapshot with the column; make writers wait.
LOCK TABLE "blog_post_versions" IN SHARE ROW EXCLUSIVE MODE;

-- Every element of every array snapshot, judged once (i = 1-based place in the array).
CREATE TEMP TABLE "f13_entry" (
  "versionId"  text NOT NULL,
  "blogPostId" text NOT NULL,
  "tenantId"   text NOT NULL,
  "i"          bigint NOT NULL,
  "elem"       jsonb NOT NULL,
  "ok"         boolean NOT NULL,
  "problem"    text,
  PRIMARY KEY ("versionId", "i")
) ON COMMIT DROP;
INSERT INTO "f13_entry"
SELECT v."id", v."blogPostId", bp."tenantId", e.i::integer, e.elem, j.problem IS NULL, j.problem
  FROM "blog_post_versions" v
  JOIN "blog_posts" bp ON bp."id" = v."blogPostId"
  CROSS JOIN LATERAL jsonb_array_elements(v."faqs") WITH ORDINALITY AS e(elem, i)
  CROSS JOIN LATERAL (
    SELECT CASE
             WHEN jsonb_typeof(e.elem) <> 'object' THEN 'entry is a JSON ' || jsonb_typeof(e.elem) || ', not an object'
             WHEN jsonb_typeof(e.elem -> 'question') IS DISTINCT FROM 'string' THEN 'question missing or not a string'
             WHEN jsonb_typeof(e.elem -> 'answer') IS DISTINCT FROM 'string' THEN 'answer missing or not a string'
             WHEN coalesce(jsonb_typeof(e.elem -> 'position'), 'null') = 'null' THEN NULL
             WHEN jsonb_typeof(e.elem -> 'position') <> 'number' THEN 'position is not a number'
             -- nested so the numeric casts only ever see numbers
             WHEN (e.elem -> 'position')::numeric <> trunc((e.elem -> 'position')::numeric)
               OR (e.elem -> 'position')::numeric NOT BETWEEN -2147483648 AND 2147483647 THEN 'position is not a whole number'
           END AS problem
  ) j
 WHERE jsonb_typeof(v."faqs") = 'array';

-- One line per version with a snapshot (SQL NULL means "no snapshot" and is left alone).
--   "shape": array | other (the whole value is unreadable)
--   "differs": the readable entries are not the post's live FAQs (compared as position, question, answer)
CREATE TEMP TABLE "f13_version" (
  "versionId" text PRIMARY KEY,
  "tenantId"  text NOT NULL,
  "shape"     text NOT NULL,
  "differs"   boolean,
  "bad"       bigint NOT NULL
) ON COMMIT DROP;
INSERT INTO "f13_version"
SELECT v."id", bp."tenantId",
       CASE WHEN jsonb_typeof(v."faqs") = 'array' THEN 'array' ELSE 'other' END,
       CASE WHEN jsonb_typeof(v."faqs") = 'array'
            THEN coalesce(snap."faqs", '[]'::jsonb) IS DISTINCT FROM coalesce(live."faqs", '[]'::jsonb) END,
       coalesce(snap."bad", 0)
  FROM "blog_post_versions" v
  JOIN "blog_posts" bp ON bp."id" = v."blogPostId"
  LEFT JOIN (
    SELECT e."versionId",
           jsonb_agg(jsonb_build_array(e."position", e."elem" ->> 'question', e."elem" ->> 'answer')
                     ORDER BY e."position", e."elem" ->> 'question', e."elem" ->> 'answer') FILTER (WHERE e."ok") AS "faqs",
           count(*) FILTER (WHERE NOT e."ok") AS "bad"
      FROM (SELECT x.*, CASE WHEN x."ok" THEN coalesce((x."elem" ->> 'position')::numeric::integer, x."i" - 1) END AS "position"
              FROM "f13_entry" x) e
     GROUP BY e."versionId"
  ) snap ON snap."versionId" = v."id"
  LEFT JOIN (
    SELECT f."blogPostId",
           jsonb_agg(jsonb_build_array(f."position", f."question", f."answer") ORDER BY f."position", f."question", f."answer") AS "faqs"
      FROM "blog_post_faqs" f
     GROUP BY f."blogPostId"
  ) live ON live."blogPostId" = v."blogPostId"
 WHERE v."faqs" IS NOT NULL;

-- 1. Quarantine: unreadable snapshots whole, unreadable entries one by one, undocumented keys of
--    readable entries one by one. Column names say where each came from: faqs, faqs[i], faqs[i].key.
INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', v."id", 'faqs', v."faqs",
       'FAQ snapshot is a JSON ' || jsonb_typeof(v."faqs") || ', not an array', fv."tenantId"
  FROM "blog_post_versions" v JOIN "f13_version" fv ON fv."versionId" = v."id"
 WHERE fv."shape" = 'other'
UNION ALL
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', e."versionId", 'faqs[' || e."i" || ']', e."elem",
       e."problem", e."tenantId"
  FROM "f13_entry" e
 WHERE NOT e."ok"
UNION ALL
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', e."versionId", 'faqs[' || e."i" || '].' || x.key, x.value,
       'key "' || x.key || '" is not part of a FAQ (question, answer, position)', e."tenantId"
  FROM "f13_entry" e
  CROSS JOIN LATERAL jsonb_each(e."elem") AS x(key, value)
 WHERE e."ok" AND x.key NOT IN ('question', 'answer', 'position');

-- 2. The readable entries, with ids derived from version and place (a rerun on the same data gives
--    the same ids, and down.sql can put each entry back in its place).
CREATE TEMP TABLE "f13_new_faq" ON COMMIT DROP AS
SELECT 'c' || substr(md5('f13:' || e."versionId" || ':' || e."i"), 1, 24) AS "id",
       e."versionId",
       e."elem" ->> 'question' AS "question", e."elem" ->> 'answer' AS "answer",
       coalesce((e."elem" ->> 'position')::numeric::integer, e."i" - 1) AS "position",
       v."createdAt"
  FROM "f13_entry" e JOIN "blog_post_versions" v ON v."id" = e."versionId"
 WHERE e."ok";

-- CreateTable (new and empty: nobody else can hold a lock on it, and the live FAQs are not touched)
CREATE TABLE "blog_post_version_faqs" (
    "id" TEXT NOT NULL,
    "blogPostVersionId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blog_post_version_faqs_pkey" PRIMARY KEY ("id")
);

WITH created AS (
  INSERT INTO "blog_post_version_faqs" ("id", "blogPostVersionId", "question", "answer", "position", "createdAt")
  SELECT "id", "versionId", "question", "answer", "position", "createdAt"
    FROM "f13_new_faq"
  RETURNING 1
)
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_version_faqs', 'inserted', count(*), NULL,
       'one row per FAQ of a version snapshot, reachable from its version only'
  FROM created HAVING count(*) > 0;

-- CreateIndex (built after the insert: one sort instead of row-by-row index maintenance)
CREATE INDEX "blog_post_version_faqs_blogPostVersionId_position_idx" ON "blog_post_version_faqs"("blogPostVersionId", "position");

-- AddForeignKey (blog_post_versions is already held by the LOCK at the top and the new table is this
-- transaction's own, so a NOT VALID / VALIDATE split would shorten nothing)
ALTER TABLE "blog_post_version_faqs" ADD CONSTRAINT "blog_post_version_faqs_blogPostVersionId_fkey" FOREIGN KEY ("blogPostVersionId") REFERENCES "blog_post_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 3. The accounting, per version.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', 'moved',
       count(*) FILTER (WHERE "shape" = 'array' AND "differs"), 'faq_snapshot_differs',
       'snapshot differed from the live FAQs of its post; its FAQs are now rows of the version'
  FROM "f13_version";

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', 'moved', count(*), NULL,
       'snapshot equal to the live FAQs of its post; copied as rows of the version all the same'
  FROM "f13_version" WHERE "shape" = 'array' AND NOT "differs" HAVING count(*) > 0;

-- The quarantine rows written in step 1, one per value.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', 'quarantined', count(*), NULL,
       count(*) FILTER (WHERE "columnName" = 'faqs') || ' snapshot(s) not an array, '
       || count(*) FILTER (WHERE "columnName" ~ '^faqs\[\d+\]$') || ' unreadable entr(y/ies), '
       || count(*) FILTER (WHERE "columnName" ~ '^faqs\[\d+\]\.') || ' undocumented key(s), from '
       || count(DISTINCT "rowId") || ' version(s)'
  FROM "migration_quarantine"
 WHERE "migration" = '20261129000011_f13_faq_rows_for_versions'
HAVING count(*) > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', 'nulled', count(*), NULL,
       'faqs dropped: every snapshot accounted above'
  FROM "f13_version" HAVING count(*) > 0;

-- 4. The JSON column goes (last, so its ACCESS EXCLUSIVE lock is held only until the commit).
ALTER TABLE "blog_post_versions" DROP COLUMN "faqs";

DO $$
DECLARE
  entry record;
BEGIN
  FOR entry IN
    SELECT "tableName", "action", "rows", "anomaly" FROM "migration_ledger"
     WHERE "migration" = '20261129000011_f13_faq_rows_for_versions' ORDER BY "id"
  LOOP
    RAISE NOTICE 'f13: % % row(s) of %', entry."action", entry."rows",
      entry."tableName" || coalesce(' (anomaly ' || entry."anomaly" || ')', '');
  END LOOP;
END $$;
