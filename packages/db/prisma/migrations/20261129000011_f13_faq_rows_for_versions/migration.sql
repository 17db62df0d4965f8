-- Finding 13, expand step: FAQs are rows, versions included. The JSON snapshot each BlogPostVersion
-- keeps in "faqs" becomes rows of the new table blog_post_version_faqs, each pointing at its version
-- only. The live FAQs (blog_post_faqs) are not touched: whatever asks for a post's FAQs still gets
-- exactly the live list, in every phase.
-- This step only adds: the table (its key NOT VALID), the conversion of a snapshot into rows as
-- functions, and triggers that convert every snapshot the legacy application writes from now on.
-- The backfill (backfill.ts) converts the snapshots written before; the contract folder
-- 20261130000011_f13_drop_version_faq_snapshots checks that every snapshot is accounted for, writes
-- the ledger and drops the JSON column.
-- An entry is copied when it is an object with a string "question" and "answer" and, if present, a
-- whole-number "position" (missing: its place in the array). Entries that are not, snapshots that are
-- not an array, and keys beside the three documented ones go to migration_quarantine, with columnName
-- saying where they were: faqs, faqs[i], faqs[i].key. Nothing here ever raises on what a snapshot
-- holds: a legacy write never fails because of its FAQs.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- CreateTable (new and empty: nobody else can see it, let alone wait for it, before the commit)
CREATE TABLE "blog_post_version_faqs" (
    "id" TEXT NOT NULL,
    "blogPostVersionId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blog_post_version_faqs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex (on the empty table this transaction created: instant)
CREATE INDEX "blog_post_version_faqs_blogPostVersionId_position_idx" ON "blog_post_version_faqs"("blogPostVersionId", "position");

-- AddForeignKey (NOT VALID: SHARE ROW EXCLUSIVE on blog_post_versions for an instant, no scan; every
-- row written from now on is checked, the contract step validates the key)
ALTER TABLE "blog_post_version_faqs" ADD CONSTRAINT "blog_post_version_faqs_blogPostVersionId_fkey" FOREIGN KEY ("blogPostVersionId") REFERENCES "blog_post_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;

-- The id of the row made from entry i (1-based) of a version's snapshot: the same data gives the same
-- ids, so a conversion done twice adds nothing, and down.sql can put each entry back in its place.
CREATE FUNCTION "online_migration"."f13_row_id"(version_id text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'c' || substr(md5('f13:' || version_id || ':' || i), 1, 24)
$$;

-- Why a snapshot entry cannot become a row, or NULL when it can. The CASE is nested so the numeric
-- casts only ever see numbers.
CREATE FUNCTION "online_migration"."f13_entry_problem"(elem jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
           WHEN jsonb_typeof(elem) <> 'object' THEN 'entry is a JSON ' || jsonb_typeof(elem) || ', not an object'
           WHEN jsonb_typeof(elem -> 'question') IS DISTINCT FROM 'string' THEN 'question missing or not a string'
           WHEN jsonb_typeof(elem -> 'answer') IS DISTINCT FROM 'string' THEN 'answer missing or not a string'
           WHEN coalesce(jsonb_typeof(elem -> 'position'), 'null') = 'null' THEN NULL
           WHEN jsonb_typeof(elem -> 'position') <> 'number' THEN 'position is not a number'
           WHEN (elem -> 'position')::numeric <> trunc((elem -> 'position')::numeric)
             OR (elem -> 'position')::numeric NOT BETWEEN -2147483648 AND 2147483647 THEN 'position is not a whole number'
         END
$$;

-- The position of a readable entry: its own, or its place in the array (0-based) when it has none.
CREATE FUNCTION "online_migration"."f13_entry_position"(elem jsonb, i bigint) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN "online_migration"."f13_entry_problem"(elem) IS NULL
              THEN coalesce((elem ->> 'position')::numeric::integer, (i - 1)::integer) END
$$;

-- The one conversion of snapshots into rows, for the trigger (one version) and the backfill (a batch):
-- the readable entries become rows, the rest goes to the quarantine. A row or quarantine entry that
-- already exists is not made again, so calling it twice for a version changes nothing. The caller
-- holds the versions' row locks.
CREATE FUNCTION "online_migration"."f13_copy_snapshots"(version_ids text[])
RETURNS TABLE ("faqRows" integer, "quarantined" integer)
LANGUAGE sql VOLATILE AS $$
  WITH version AS (
    SELECT v."id", v."faqs", v."createdAt", bp."tenantId"
      FROM "public"."blog_post_versions" v
      JOIN "public"."blog_posts" bp ON bp."id" = v."blogPostId"
     WHERE v."id" = ANY (version_ids) AND v."faqs" IS NOT NULL
  ), entry AS (
    SELECT v."id" AS "versionId", v."tenantId", v."createdAt", e.i, e.elem,
           "online_migration"."f13_entry_problem"(e.elem) AS problem
      FROM version v
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(v."faqs") = 'array' THEN v."faqs" ELSE '[]'::jsonb END)
           WITH ORDINALITY AS e(elem, i)
  ), made AS (
    INSERT INTO "public"."blog_post_version_faqs" ("id", "blogPostVersionId", "question", "answer", "position", "createdAt")
    SELECT "online_migration"."f13_row_id"(e."versionId", e.i), e."versionId", e.elem ->> 'question', e.elem ->> 'answer',
           "online_migration"."f13_entry_position"(e.elem, e.i), e."createdAt"
      FROM entry e
     WHERE e.problem IS NULL
    ON CONFLICT ("id") DO NOTHING
    RETURNING 1
  ), unreadable AS (
    SELECT v."id" AS "rowId", 'faqs' AS "columnName", v."faqs" AS "value",
           'FAQ snapshot is a JSON ' || jsonb_typeof(v."faqs") || ', not an array' AS "reason", v."tenantId"
      FROM version v
     WHERE jsonb_typeof(v."faqs") <> 'array'
    UNION ALL
    SELECT e."versionId", 'faqs[' || e.i || ']', e.elem, e.problem, e."tenantId"
      FROM entry e
     WHERE e.problem IS NOT NULL
    UNION ALL
    SELECT e."versionId", 'faqs[' || e.i || '].' || x.key, x.value,
           'key "' || x.key || '" is not part of a FAQ (question, answer, position)', e."tenantId"
      FROM entry e
      CROSS JOIN LATERAL jsonb_each(CASE WHEN e.problem IS NULL THEN e.elem ELSE '{}'::jsonb END) AS x(key, value)
     WHERE x.key NOT IN ('question', 'answer', 'position')
  ), held AS (
    INSERT INTO "public"."migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', u."rowId", u."columnName", u."value", u."reason", u."tenantId"
      FROM unreadable u
     WHERE NOT EXISTS (SELECT 1 FROM "public"."migration_quarantine" q
                        WHERE q."migration" = '20261129000011_f13_faq_rows_for_versions' AND q."tableName" = 'blog_post_versions'
                          AND q."rowId" = u."rowId" AND q."columnName" = u."columnName")
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM made)::integer, (SELECT count(*) FROM held)::integer
$$;

-- One batch of the backfill: the versions of the key range ($1, $2] with a snapshot and nothing made of
-- it yet. Their rows are locked first (a legacy write of one of them waits for the batch, or the batch
-- for it), and only then is it decided what is left to convert, so a snapshot the trigger converted a
-- moment ago is not converted again.
CREATE FUNCTION "online_migration"."f13_backfill_range"(after_id text, last_id text)
RETURNS TABLE ("versions" integer, "faqRows" integer, "quarantined" integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  pending text[];
BEGIN
  PERFORM 1 FROM "public"."blog_post_versions" v
   WHERE (after_id IS NULL OR v."id" > after_id) AND v."id" <= last_id AND v."faqs" IS NOT NULL
   ORDER BY v."id"
     FOR NO KEY UPDATE;
  SELECT coalesce(array_agg(v."id"), '{}') INTO pending
    FROM "public"."blog_post_versions" v
   WHERE (after_id IS NULL OR v."id" > after_id) AND v."id" <= last_id AND v."faqs" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "public"."blog_post_version_faqs" f WHERE f."blogPostVersionId" = v."id")
     AND NOT EXISTS (SELECT 1 FROM "public"."migration_quarantine" q
                      WHERE q."migration" = '20261129000011_f13_faq_rows_for_versions' AND q."tableName" = 'blog_post_versions'
                        AND q."rowId" = v."id");
  RETURN QUERY SELECT cardinality(pending), c."faqRows", c."quarantined" FROM "online_migration"."f13_copy_snapshots"(pending) c;
END $$;

-- The legacy application writes a version with its snapshot (or, rarely, replaces a snapshot): the rows
-- follow in the same transaction. On a replacement, what was made of the old snapshot goes first.
-- Whatever the snapshot holds, the write succeeds: an entry that is no FAQ is quarantined, and should
-- the conversion itself fail on the data, the whole snapshot is, so the contract finds it accounted for.
CREATE FUNCTION "online_migration"."f13_keep_version_faq_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "public"."blog_post_version_faqs" f
     WHERE f."blogPostVersionId" = OLD."id"
       AND f."id" IN (SELECT "online_migration"."f13_row_id"(OLD."id", i)
                        FROM generate_series(1, CASE WHEN jsonb_typeof(OLD."faqs") = 'array' THEN jsonb_array_length(OLD."faqs") ELSE 0 END) AS i);
    DELETE FROM "public"."migration_quarantine" q
     WHERE q."migration" = '20261129000011_f13_faq_rows_for_versions' AND q."tableName" = 'blog_post_versions' AND q."rowId" = OLD."id";
  END IF;
  BEGIN
    PERFORM 1 FROM "online_migration"."f13_copy_snapshots"(ARRAY[NEW."id"]);
  EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
    INSERT INTO "public"."migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    SELECT '20261129000011_f13_faq_rows_for_versions', 'blog_post_versions', NEW."id", 'faqs', NEW."faqs",
           'FAQ snapshot could not be copied into rows: ' || SQLERRM, bp."tenantId"
      FROM "public"."blog_posts" bp WHERE bp."id" = NEW."blogPostId";
  END;
  RETURN NULL;
END $$;

-- SHARE ROW EXCLUSIVE on blog_post_versions for an instant, each.
CREATE TRIGGER "online_f13_version_faq_rows_on_insert"
  AFTER INSERT ON "blog_post_versions"
  FOR EACH ROW WHEN (NEW."faqs" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f13_keep_version_faq_rows"();
CREATE TRIGGER "online_f13_version_faq_rows_on_update"
  AFTER UPDATE OF "faqs" ON "blog_post_versions"
  FOR EACH ROW WHEN (OLD."faqs" IS DISTINCT FROM NEW."faqs")
  EXECUTE FUNCTION "online_migration"."f13_keep_version_faq_rows"();

SELECT "online_migration"."expanded"('20261129000011_f13_faq_rows_for_versions', 13);
