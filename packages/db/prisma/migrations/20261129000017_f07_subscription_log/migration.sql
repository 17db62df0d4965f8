-- Finding 7, expand step: Subscription.statusChangeLogs, a JSON array appended on every transition,
-- becomes the SubscriptionLog table (one row per change, like StrategyLog). This step only adds: the
-- table, the conversion of an array into rows as functions, and a trigger that keeps a subscription's
-- rows in step with its array whenever the legacy application writes it. The backfill (backfill.ts)
-- converts the arrays written before; the contract folder 20261130000017_f07_drop_status_change_logs
-- settles what the conversion could not decide, quarantines, writes the ledger and drops the column.
-- Each entry { from, to, at, by, reason } becomes a row: from/to folded with lower(btrim()) into the
-- SubscriptionStatus enum (created by finding 16's expand step), or what the operator's mapping
-- (migration_value_mapping, columns statusChangeLogs.from / statusChangeLogs.to) names; at into
-- createdAt; by into actorId when it is the id of a user (otherwise kept in the note as "(by <value>)");
-- reason into the note. An entry that cannot be read, or whose status nothing decides yet, makes no
-- row: it is recorded in online_migration.f07_unconverted, and the contract step stops on it unless
-- the mapping by then says what it means. Nothing here ever raises on what an array holds: a legacy
-- write never fails because of its log.
-- The conversion reads statuses only from the JSON entries, never from subscriptions.status, which
-- stays text until finding 16's swap (its own trigger fills the enum twin); the swap renames that
-- column and leaves this trigger alone, since it fires on "statusChangeLogs" only.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- CreateTable (new and empty: nobody else can see it, let alone wait for it, before the commit)
CREATE TABLE "subscription_logs" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "fromStatus" "SubscriptionStatus",
    "toStatus" "SubscriptionStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subscription_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex (on the empty table this transaction created: instant)
CREATE INDEX "subscription_logs_subscriptionId_createdAt_idx" ON "subscription_logs"("subscriptionId", "createdAt");

-- AddForeignKey: SHARE ROW EXCLUSIVE on subscriptions (and users) for an instant; the check reads the
-- new table, which is empty, so nothing of the referenced tables is scanned.
ALTER TABLE "subscription_logs" ADD CONSTRAINT "subscription_logs_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscription_logs" ADD CONSTRAINT "subscription_logs_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the conversion left: an entry (i, 1-based place in the array) that made no row, or the whole
-- value (i = 0) when it is no array. The reason is the one the contract step names when it stops.
-- Beside public, so neither the corrected schema nor Prisma's drift check sees it.
CREATE TABLE "online_migration"."f07_unconverted" (
  "subscriptionId" text NOT NULL,
  "i"              bigint NOT NULL,
  "reason"         text NOT NULL,
  "recordedAt"     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("subscriptionId", "i")
);

-- The id of the row made from entry i (1-based) of a subscription's array: the same data gives the same
-- ids, so a conversion done twice adds nothing, and down.sql can put every entry back in its place.
CREATE FUNCTION "online_migration"."f07_row_id"(subscription_id text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'c' || substr(md5('f07:' || subscription_id || ':' || i), 1, 24)
$$;

-- An entry's "at" as a time, or NULL when PostgreSQL cannot read it (2024-02-30 passes any pattern but
-- not the cast). Only strings that start like a date are tried, so words such as 'now' or 'epoch'
-- never are; a time without an offset is UTC, which is how Prisma stores every DateTime.
CREATE FUNCTION "online_migration"."f07_entry_time"(elem jsonb) RETURNS timestamp(3)
LANGUAGE plpgsql STABLE
SET "TimeZone" = 'UTC'
AS $$
BEGIN
  IF jsonb_typeof(elem -> 'at') IS DISTINCT FROM 'string' OR (elem ->> 'at') !~ '^\s*\d{4}-\d{2}-\d{2}' THEN
    RETURN NULL;
  END IF;
  RETURN ((elem ->> 'at')::timestamptz AT TIME ZONE 'UTC')::timestamp(3);
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;

-- Why an entry cannot become a row whatever the mapping says, or NULL when it reads cleanly. These are
-- the reasons the operator's mapping names (column "statusChangeLogs[]") to let such entries go.
CREATE FUNCTION "online_migration"."f07_entry_problem"(elem jsonb, at timestamp(3)) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
           WHEN jsonb_typeof(elem) <> 'object' THEN 'entry is a JSON ' || jsonb_typeof(elem) || ', not an object'
           WHEN coalesce(jsonb_typeof(elem -> 'from'), 'null') NOT IN ('null', 'string') THEN '"from" is not a string'
           WHEN jsonb_typeof(elem -> 'to') IS DISTINCT FROM 'string' THEN '"to" missing or not a string'
           WHEN at IS NULL THEN '"at" missing or not a readable time'
           WHEN coalesce(jsonb_typeof(elem -> 'by'), 'null') NOT IN ('null', 'string') THEN '"by" is not a string'
           WHEN coalesce(jsonb_typeof(elem -> 'reason'), 'null') NOT IN ('null', 'string') THEN '"reason" is not a string'
         END
$$;

-- What a folded status of one side of an entry becomes: a member as it is; otherwise what the mapping
-- names, when that is a member (or NULL on the optional "from" side). "decided" is false when nothing
-- says yet: no entry, or one the column cannot take. Read at each conversion, so a mapping loaded later
-- counts from then on (and the contract step reads it again).
CREATE FUNCTION "online_migration"."f07_status"(folded text, side text, OUT decided boolean, OUT status text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  members CONSTANT text[] := enum_range(NULL::"public"."SubscriptionStatus")::text[];
  mapping record;
BEGIN
  IF folded IS NULL OR folded = ANY (members) THEN
    decided := true;
    status := folded;
    RETURN;
  END IF;
  SELECT m."toValue" INTO mapping FROM "public"."migration_value_mapping" m
   WHERE m."tableName" = 'subscriptions' AND m."columnName" = 'statusChangeLogs.' || side AND m."fromValue" = folded;
  decided := FOUND AND (mapping."toValue" = ANY (members) OR (mapping."toValue" IS NULL AND side = 'from'));
  status := CASE WHEN decided THEN mapping."toValue" END;
END $$;

-- The one conversion of arrays into rows, for the trigger (one subscription) and the backfill (a
-- batch): every entry that reads cleanly and whose statuses are decided becomes its row (or brings the
-- row it made before up to date); every other entry, and a value that is no array, is recorded in
-- f07_unconverted. Nothing is quarantined here: that is the contract step's, once the operator's
-- mapping is complete. The caller holds the subscriptions' row locks.
CREATE FUNCTION "online_migration"."f07_convert"(subscription_ids text[])
RETURNS TABLE ("logRows" integer, "unconverted" integer)
LANGUAGE sql VOLATILE AS $$
  WITH sub AS (
    SELECT s."id", s."statusChangeLogs" AS logs
      FROM "public"."subscriptions" s
     WHERE s."id" = ANY (subscription_ids)
  ), entry AS (
    SELECT x.*, "online_migration"."f07_entry_problem"(x.elem, x.at) AS problem
      FROM (
        SELECT s."id" AS "subscriptionId", e.i, e.elem, "online_migration"."f07_entry_time"(e.elem) AS at,
               lower(btrim(e.elem ->> 'from')) AS "fromFolded", lower(btrim(e.elem ->> 'to')) AS "toFolded"
          FROM sub s
          CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(s.logs) = 'array' THEN s.logs ELSE '[]'::jsonb END)
               WITH ORDINALITY AS e(elem, i)
      ) x
  ), judged AS (
    SELECT e.*, f.decided AS "fromDecided", f.status AS "fromStatus", t.decided AS "toDecided", t.status AS "toStatus"
      FROM entry e
      CROSS JOIN LATERAL "online_migration"."f07_status"(CASE WHEN e.problem IS NULL THEN e."fromFolded" END, 'from') f
      CROSS JOIN LATERAL "online_migration"."f07_status"(CASE WHEN e.problem IS NULL THEN e."toFolded" END, 'to') t
  ), made AS (
    INSERT INTO "public"."subscription_logs" AS l ("id", "subscriptionId", "fromStatus", "toStatus", "actorId", "note", "createdAt")
    SELECT "online_migration"."f07_row_id"(j."subscriptionId", j.i), j."subscriptionId",
           j."fromStatus"::"public"."SubscriptionStatus", j."toStatus"::"public"."SubscriptionStatus",
           u."id",
           CASE WHEN j.elem ->> 'by' IS NOT NULL AND u."id" IS NULL
                THEN coalesce((j.elem ->> 'reason') || ' ', '') || '(by ' || (j.elem ->> 'by') || ')'
                ELSE j.elem ->> 'reason' END,
           j.at
      FROM judged j
      LEFT JOIN "public"."users" u ON u."id" = j.elem ->> 'by'
     WHERE j.problem IS NULL AND j."fromDecided" AND j."toDecided"
    ON CONFLICT ("id") DO UPDATE
       SET "subscriptionId" = excluded."subscriptionId", "fromStatus" = excluded."fromStatus", "toStatus" = excluded."toStatus",
           "actorId" = excluded."actorId", "note" = excluded."note", "createdAt" = excluded."createdAt"
     WHERE (l."subscriptionId", l."fromStatus", l."toStatus", l."actorId", l."note", l."createdAt")
           IS DISTINCT FROM (excluded."subscriptionId", excluded."fromStatus", excluded."toStatus", excluded."actorId", excluded."note", excluded."createdAt")
    RETURNING 1
  ), left_over AS (
    SELECT s."id" AS "subscriptionId", 0::bigint AS i, 'statusChangeLogs is a JSON ' || jsonb_typeof(s.logs) || ', not an array' AS reason
      FROM sub s
     WHERE jsonb_typeof(s.logs) <> 'array'
    UNION ALL
    SELECT j."subscriptionId", j.i,
           coalesce(j.problem,
                    concat_ws('; ',
                      CASE WHEN NOT j."fromDecided" THEN 'status ' || quote_literal(j."fromFolded") || ' ("from") is no subscription status and the mapping does not say what it means' END,
                      CASE WHEN NOT j."toDecided" THEN 'status ' || quote_literal(j."toFolded") || ' ("to") is no subscription status and the mapping does not say what it means' END))
      FROM judged j
     WHERE j.problem IS NOT NULL OR NOT j."fromDecided" OR NOT j."toDecided"
  ), recorded AS (
    INSERT INTO "online_migration"."f07_unconverted" ("subscriptionId", "i", "reason")
    SELECT o."subscriptionId", o.i, o.reason FROM left_over o
    ON CONFLICT ("subscriptionId", "i") DO UPDATE SET "reason" = excluded."reason", "recordedAt" = now()
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM made)::integer, (SELECT count(*) FROM recorded)::integer
$$;

-- One batch of the backfill: the subscriptions of the key range ($1, $2] with a log and nothing made of
-- it yet. Their rows are locked first (a legacy write of one of them waits for the batch, or the batch
-- for it), and only then is it decided what is left to convert, so an array the trigger converted a
-- moment ago is not converted again.
CREATE FUNCTION "online_migration"."f07_backfill_range"(after_id text, last_id text)
RETURNS TABLE ("subscriptions" integer, "logRows" integer, "unconverted" integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  pending text[];
BEGIN
  PERFORM 1 FROM "public"."subscriptions" s
   WHERE (after_id IS NULL OR s."id" > after_id) AND s."id" <= last_id AND s."statusChangeLogs" <> '[]'::jsonb
   ORDER BY s."id"
     FOR NO KEY UPDATE;
  SELECT coalesce(array_agg(s."id"), '{}') INTO pending
    FROM "public"."subscriptions" s
   WHERE (after_id IS NULL OR s."id" > after_id) AND s."id" <= last_id AND s."statusChangeLogs" <> '[]'::jsonb
     AND NOT EXISTS (SELECT 1 FROM "public"."subscription_logs" l WHERE l."subscriptionId" = s."id")
     AND NOT EXISTS (SELECT 1 FROM "online_migration"."f07_unconverted" u WHERE u."subscriptionId" = s."id");
  RETURN QUERY SELECT cardinality(pending), c."logRows", c."unconverted" FROM "online_migration"."f07_convert"(pending) c;
END $$;

-- The legacy application writes a subscription with its log (an append, usually): the rows follow in the
-- same transaction. The rows made from the array before are brought up to date in place; those whose
-- entry is gone or no longer converts go; rows the corrected application wrote itself (ids of its own)
-- are never touched. Whatever the array holds, the write succeeds: should the conversion itself fail on
-- the data, the subscription is recorded as unconverted and the contract step converts it again.
CREATE FUNCTION "online_migration"."f07_keep_subscription_log_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_length CONSTANT bigint := CASE WHEN TG_OP = 'UPDATE' AND jsonb_typeof(OLD."statusChangeLogs") = 'array'
                                     THEN jsonb_array_length(OLD."statusChangeLogs") ELSE 0 END;
  new_length CONSTANT bigint := CASE WHEN jsonb_typeof(NEW."statusChangeLogs") = 'array' THEN jsonb_array_length(NEW."statusChangeLogs") ELSE 0 END;
BEGIN
  BEGIN
    DELETE FROM "online_migration"."f07_unconverted" WHERE "subscriptionId" IN (OLD."id", NEW."id") AND TG_OP = 'UPDATE';
    PERFORM 1 FROM "online_migration"."f07_convert"(ARRAY[NEW."id"]);
    IF old_length > 0 THEN
      DELETE FROM "public"."subscription_logs" l
       WHERE l."subscriptionId" = NEW."id"
         AND l."id" IN (SELECT "online_migration"."f07_row_id"(OLD."id", g.i)
                          FROM generate_series(1, old_length) AS g(i)
                         WHERE g.i > new_length OR OLD."id" <> NEW."id"
                            OR EXISTS (SELECT 1 FROM "online_migration"."f07_unconverted" u
                                        WHERE u."subscriptionId" = NEW."id" AND u."i" IN (g.i, 0)));
    END IF;
  EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
    INSERT INTO "online_migration"."f07_unconverted" ("subscriptionId", "i", "reason")
    VALUES (NEW."id", 0, 'the conversion failed: ' || SQLERRM)
    ON CONFLICT ("subscriptionId", "i") DO UPDATE SET "reason" = excluded."reason", "recordedAt" = now();
  END;
  RETURN NULL;
END $$;

-- SHARE ROW EXCLUSIVE on subscriptions for an instant, each. A new subscription with an empty log has
-- nothing to convert.
CREATE TRIGGER "online_f07_subscription_log_rows_on_insert"
  AFTER INSERT ON "subscriptions"
  FOR EACH ROW WHEN (NEW."statusChangeLogs" IS DISTINCT FROM '[]'::jsonb)
  EXECUTE FUNCTION "online_migration"."f07_keep_subscription_log_rows"();
CREATE TRIGGER "online_f07_subscription_log_rows_on_update"
  AFTER UPDATE OF "statusChangeLogs" ON "subscriptions"
  FOR EACH ROW WHEN (OLD."statusChangeLogs" IS DISTINCT FROM NEW."statusChangeLogs")
  EXECUTE FUNCTION "online_migration"."f07_keep_subscription_log_rows"();

SELECT "online_migration"."expanded"('20261129000017_f07_subscription_log', 7);
