-- Finding 13, contract step: the application deployed at the pause writes a version's FAQs as rows
-- of blog_post_version_faqs; the legacy application, the last writer of blog_post_versions."faqs", is
-- gone. Before the JSON column goes, every snapshot is compared, entry by entry, with what the
-- trigger and the backfill made of it; if anything would be lost, this folder stops and names it.
-- Then the ledger is written (under the expand folder's name, where the finding's catalog entry
-- points), the triggers go and the column goes.
SELECT "online_migration"."require_released"('20261129000011_f13_faq_rows_for_versions', '20261130000011_f13_drop_version_faq_snapshots');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

-- ValidateForeignKey: SHARE UPDATE EXCLUSIVE on blog_post_version_faqs, ROW SHARE on
-- blog_post_versions; reads and writes of both go on while it scans.
ALTER TABLE "blog_post_version_faqs" VALIDATE CONSTRAINT "blog_post_version_faqs_blogPostVersionId_fkey";

-- What the conversion quarantined, by place (only what could not be read: small).
CREATE TEMP TABLE "f13_held" (
  "rowId"      text NOT NULL,
  "columnName" text NOT NULL,
  PRIMARY KEY ("rowId", "columnName")
) ON COMMIT DROP;
INSERT INTO "f13_held"
SELECT DISTINCT "rowId", "columnName" FROM "migration_quarantine"
 WHERE "migration" = '20261129000011_f13_faq_rows_for_versions' AND "tableName" = 'blog_post_versions';

-- One line per version with a snapshot (SQL NULL means "no snapshot"), read under MVCC with no lock
-- that blocks the application:
--   "shape"   array | other (the whole value is unreadable)
--   "differs" its readable entries are not the post's live FAQs (compared as position, question, answer)
--   "made"    entries present as the row the conversion makes of them (same id, question, answer, position)
--   "missing" entries neither present as that row nor in the quarantine, and extra keys not in the quarantine
CREATE TEMP TABLE "f13_version" (
  "versionId" text PRIMARY KEY,
  "shape"     text NOT NULL,
  "differs"   boolean,
  "made"      bigint NOT NULL,
  "missing"   bigint NOT NULL
) ON COMMIT DROP;
INSERT INTO "f13_version"
SELECT v."id",
       CASE WHEN jsonb_typeof(v."faqs") = 'array' THEN 'array' ELSE 'other' END,
       CASE WHEN jsonb_typeof(v."faqs") = 'array' THEN coalesce(s."faqs", '[]'::jsonb) IS DISTINCT FROM coalesce(live."faqs", '[]'::jsonb) END,
       coalesce(s."made", 0),
       CASE WHEN whole."rowId" IS NOT NULL THEN 0
            WHEN jsonb_typeof(v."faqs") = 'array' THEN coalesce(s."missing", 0)
            ELSE 1 END
  FROM "blog_post_versions" v
  LEFT JOIN "f13_held" whole ON whole."rowId" = v."id" AND whole."columnName" = 'faqs'
  LEFT JOIN LATERAL (
    SELECT jsonb_agg(jsonb_build_array(x."position", x.elem ->> 'question', x.elem ->> 'answer')
                     ORDER BY x."position", x.elem ->> 'question', x.elem ->> 'answer') FILTER (WHERE x.problem IS NULL) AS "faqs",
           count(*) FILTER (WHERE x.made) AS "made",
           count(*) FILTER (WHERE NOT x.accounted) AS "missing"
      FROM (
        SELECT e.elem, p.problem, "online_migration"."f13_entry_position"(e.elem, e.i) AS "position", f."id" IS NOT NULL AS made,
               CASE WHEN p.problem IS NOT NULL
                    THEN EXISTS (SELECT 1 FROM "f13_held" h WHERE h."rowId" = v."id" AND h."columnName" = 'faqs[' || e.i || ']')
                    ELSE f."id" IS NOT NULL
                         AND NOT EXISTS (SELECT 1 FROM jsonb_object_keys(e.elem) AS k(key)
                                          WHERE k.key NOT IN ('question', 'answer', 'position')
                                            AND NOT EXISTS (SELECT 1 FROM "f13_held" h
                                                             WHERE h."rowId" = v."id" AND h."columnName" = 'faqs[' || e.i || '].' || k.key))
               END AS accounted
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v."faqs") = 'array' THEN v."faqs" ELSE '[]'::jsonb END) WITH ORDINALITY AS e(elem, i)
          CROSS JOIN LATERAL (SELECT "online_migration"."f13_entry_problem"(e.elem) AS problem) p
          LEFT JOIN "blog_post_version_faqs" f
                 ON p.problem IS NULL
                AND f."id" = "online_migration"."f13_row_id"(v."id", e.i)
                AND f."blogPostVersionId" = v."id"
                AND f."question" = e.elem ->> 'question' AND f."answer" = e.elem ->> 'answer'
                AND f."position" = "online_migration"."f13_entry_position"(e.elem, e.i)
      ) x
  ) s ON true
  LEFT JOIN (
    SELECT f."blogPostId",
           jsonb_agg(jsonb_build_array(f."position", f."question", f."answer") ORDER BY f."position", f."question", f."answer") AS "faqs"
      FROM "blog_post_faqs" f
     GROUP BY f."blogPostId"
  ) live ON live."blogPostId" = v."blogPostId"
 WHERE v."faqs" IS NOT NULL;

-- Stop before anything is dropped if a snapshot holds something that is nowhere else.
DO $$
DECLARE
  lost bigint;
  versions bigint;
  examples text;
BEGIN
  SELECT sum("missing"), count(*) INTO lost, versions FROM "f13_version" WHERE "missing" > 0;
  SELECT string_agg(quote_literal("versionId"), ', ' ORDER BY "versionId") INTO examples
    FROM (SELECT "versionId" FROM "f13_version" WHERE "missing" > 0 ORDER BY "versionId" LIMIT 10) m;
  IF lost > 0 THEN
    RAISE EXCEPTION '20261130000011_f13_drop_version_faq_snapshots: % FAQ snapshot entr(y/ies) of % version(s) are neither rows of blog_post_version_faqs nor in migration_quarantine; dropping blog_post_versions.faqs would lose them (first: %)',
      lost, versions, examples
      USING HINT = 'convert them with SELECT * FROM "online_migration"."f13_copy_snapshots"(ARRAY[<those version ids>]); a row under the id the conversion gives that says something else than its snapshot entry must be looked at by hand. Then run `pnpm backfill recover` and prisma migrate deploy again';
  END IF;
END $$;

-- The accounting, per version and per row (one entry per anomaly kind, rule 2 of MIGRATIONS.md).
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', 'moved',
       count(*) FILTER (WHERE "shape" = 'array' AND "differs"), 'faq_snapshot_differs',
       'snapshot differed from the live FAQs of its post; its FAQs are now rows of the version'
  FROM "f13_version";

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', 'moved', count(*), NULL,
       'snapshot equal to the live FAQs of its post; copied as rows of the version all the same'
  FROM "f13_version" WHERE "shape" = 'array' AND NOT "differs" HAVING count(*) > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_version_faqs', 'inserted', sum("made"), NULL,
       'one row per FAQ of a version snapshot, reachable from its version only'
  FROM "f13_version" HAVING sum("made") > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', 'quarantined', count(*), NULL,
       count(*) FILTER (WHERE "columnName" = 'faqs') || ' snapshot(s) kept whole, '
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

-- ACCESS EXCLUSIVE on blog_post_versions from here to the commit: catalog changes only, so the
-- application waits for milliseconds.
DROP TRIGGER "online_f13_version_faq_rows_on_insert" ON "blog_post_versions";
DROP TRIGGER "online_f13_version_faq_rows_on_update" ON "blog_post_versions";

-- AlterTable: catalog only (the values stay in the heap until rows are rewritten).
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

SELECT "online_migration"."contracted"('20261129000011_f13_faq_rows_for_versions');
