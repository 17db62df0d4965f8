-- Finding 7, contract step: the application deployed at the pause writes a subscription's status
-- changes as rows of subscription_logs; the legacy application, the last writer of
-- subscriptions."statusChangeLogs", is gone. Before the JSON column goes, every entry of every array is
-- judged again with the operator's mapping as it is now, as the expand step's trigger and backfill judged
-- it. Statuses the mapping does not decide, and unreadable entries whose reason it does not let go, stop
-- the folder before it writes anything, naming each. Then: what the rows cannot hold goes to
-- migration_quarantine (unreadable entries whole, keys beside the five documented ones and mapped
-- statuses one by one, values that are no array whole); every readable entry is made sure to be its row
-- (an entry the trigger or backfill left because its status was decided only later becomes its row now,
-- a row made under an earlier mapping is brought up to date); the ledger is written under the expand
-- folder's name, where the finding's catalog entry points; the triggers go and the column goes.
SELECT "online_migration"."require_released"('20261129000017_f07_subscription_log', '20261130000017_f07_drop_status_change_logs');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';
-- "at" values without a UTC offset are read as UTC, which is how Prisma stores every DateTime.
SET LOCAL TimeZone = 'UTC';

-- Every element of every array, judged once (i = 1-based place in the array; "problem" is NULL for an
-- entry that becomes a row), read under MVCC with no lock that blocks the application. A status that
-- folds (lower(btrim())) to no member is not a problem of the entry: the operator's mapping says what it
-- means (columns "statusChangeLogs.from" and "statusChangeLogs.to"); "fromMapped"/"toMapped" flag the
-- statuses the mapping decides.
CREATE TEMP TABLE "f07_entry" ON COMMIT DROP AS
SELECT r.*,
       "online_migration"."f07_entry_problem"(r."elem", r."at") AS "problem",
       -- an object whose "from" is absent, null or a string and whose "to" is a string: its statuses can be read
       jsonb_typeof(r."elem") = 'object' AND coalesce(jsonb_typeof(r."elem" -> 'from'), 'null') IN ('null', 'string')
         AND jsonb_typeof(r."elem" -> 'to') = 'string' AS "statusesReadable",
       r."fromFolded" IS NOT NULL AND r."fromFolded" <> ALL (enum_range(NULL::"SubscriptionStatus")::text[]) AS "fromMapped",
       r."toFolded" IS NOT NULL AND r."toFolded" <> ALL (enum_range(NULL::"SubscriptionStatus")::text[]) AS "toMapped"
  FROM (
    SELECT s."id" AS "subscriptionId", s."tenantId", e.i, e.elem,
           -- statuses as lower(btrim()); NULL when absent or JSON null (->> never fails on a non-object)
           lower(btrim(e.elem ->> 'from')) AS "fromFolded",
           lower(btrim(e.elem ->> 'to')) AS "toFolded",
           "online_migration"."f07_entry_time"(e.elem) AS "at"
      FROM "subscriptions" s
      CROSS JOIN LATERAL jsonb_array_elements(s."statusChangeLogs") WITH ORDINALITY AS e(elem, i)
     WHERE jsonb_typeof(s."statusChangeLogs") = 'array'
  ) r;
ANALYZE "f07_entry";

-- Before anything is written: every status outside the enum on an entry whose statuses can be read
-- (even if the entry is unreadable for another reason, so preflight can list them without casting
-- times) must be settled by the mapping ("to" is required, so only "from" may be mapped to NULL); and
-- every entry that cannot be read must be let go by the operator: it was part of the history the
-- application showed, so taking it out is their decision, made per reason (column "statusChangeLogs[]",
-- from = the reason below, to NULL: the entry is kept in the quarantine only). Otherwise the folder
-- stops here and names them, with the subscription and place of each entry. The stop, the ledger and
-- the quarantine carry the expand folder's name, where the catalog points.
SELECT "migration_stop_on_unmapped"('20261129000017_f07_subscription_log', coalesce(jsonb_agg(u ORDER BY u."column", u."value"), '[]'::jsonb))
  FROM (
    SELECT 'subscriptions' AS "table", 'statusChangeLogs[]' AS "column", e."problem" AS "value", count(*) AS "rows",
           CASE WHEN m."fromValue" IS NULL THEN 'no mapping' ELSE 'mapped to ' || quote_literal(m."toValue") || ', but an unreadable entry can only be quarantined' END
           || '; entries: ' || string_agg(e."subscriptionId" || '[' || e.i || ']', ', ' ORDER BY e."subscriptionId", e.i)
             FILTER (WHERE e.rank <= 10)
           || CASE WHEN count(*) > 10 THEN ', ...' ELSE '' END AS "problem"
      FROM (SELECT x.*, row_number() OVER (PARTITION BY x."problem" ORDER BY x."subscriptionId", x.i) AS rank
              FROM "f07_entry" x WHERE x."problem" IS NOT NULL) e
      LEFT JOIN "migration_value_mapping" m
        ON m."tableName" = 'subscriptions' AND m."columnName" = 'statusChangeLogs[]' AND m."fromValue" = e."problem"
     WHERE m."fromValue" IS NULL OR m."toValue" IS NOT NULL
     GROUP BY e."problem", m."fromValue", m."toValue"
    UNION ALL
    SELECT 'subscriptions' AS "table", 'statusChangeLogs.' || x."side" AS "column", x."folded" AS "value", count(*) AS "rows",
           CASE WHEN m."fromValue" IS NULL THEN 'no mapping'
                WHEN m."toValue" IS NULL THEN 'mapped to NULL, but the column is required'
                ELSE 'mapped to ' || quote_literal(m."toValue") || ', which is not one of '
                     || array_to_string(enum_range(NULL::"SubscriptionStatus")::text[], ', ') END AS "problem"
      FROM (SELECT 'from' AS "side", e."fromFolded" AS "folded" FROM "f07_entry" e WHERE e."statusesReadable" AND e."fromMapped"
            UNION ALL
            SELECT 'to', e."toFolded" FROM "f07_entry" e WHERE e."statusesReadable" AND e."toMapped") x
      LEFT JOIN "migration_value_mapping" m
        ON m."tableName" = 'subscriptions' AND m."columnName" = 'statusChangeLogs.' || x."side" AND m."fromValue" = x."folded"
     WHERE m."fromValue" IS NULL
        OR (m."toValue" IS NULL AND x."side" = 'to')
        OR (m."toValue" IS NOT NULL AND m."toValue" <> ALL (enum_range(NULL::"SubscriptionStatus")::text[]))
     GROUP BY x."side", x."folded", m."fromValue", m."toValue"
  ) u;

ALTER TABLE "f07_entry" ADD COLUMN "fromStatus" text, ADD COLUMN "toStatus" text;
UPDATE "f07_entry" e
   SET "fromStatus" = CASE WHEN e."fromMapped" THEN "migration_mapped_value"('subscriptions', 'statusChangeLogs.from', e."fromFolded") ELSE e."fromFolded" END,
       "toStatus" = CASE WHEN e."toMapped" THEN "migration_mapped_value"('subscriptions', 'statusChangeLogs.to', e."toFolded") ELSE e."toFolded" END
 WHERE e."problem" IS NULL;

-- 1. Quarantine: values that are not an array whole, unreadable entries one by one, undocumented keys
--    of readable entries one by one, and the statuses the mapping decided, as they were written (so
--    down.sql gives them back). Column names say where each came from.
INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
SELECT '20261129000017_f07_subscription_log', 'subscriptions', s."id", 'statusChangeLogs', s."statusChangeLogs",
       'statusChangeLogs is a JSON ' || jsonb_typeof(s."statusChangeLogs") || ', not an array', s."tenantId"
  FROM "subscriptions" s
 WHERE jsonb_typeof(s."statusChangeLogs") <> 'array'
UNION ALL
SELECT '20261129000017_f07_subscription_log', 'subscriptions', e."subscriptionId", 'statusChangeLogs[' || e.i || ']', e."elem",
       e."problem", e."tenantId"
  FROM "f07_entry" e
 WHERE e."problem" IS NOT NULL
UNION ALL
SELECT '20261129000017_f07_subscription_log', 'subscriptions', e."subscriptionId", 'statusChangeLogs[' || e.i || '].' || x.key, x.value,
       'key "' || x.key || '" is not part of a status change (from, to, at, by, reason)', e."tenantId"
  FROM "f07_entry" e
  CROSS JOIN LATERAL jsonb_each(e."elem") AS x(key, value)
 WHERE e."problem" IS NULL AND x.key NOT IN ('from', 'to', 'at', 'by', 'reason')
UNION ALL
SELECT '20261129000017_f07_subscription_log', 'subscriptions', e."subscriptionId", 'statusChangeLogs[' || e.i || '].' || x.side, e."elem" -> x.side,
       'status ' || (e."elem" -> x.side)::text || ' is no subscription status; set to '
       || coalesce(quote_literal(CASE x.side WHEN 'from' THEN e."fromStatus" ELSE e."toStatus" END), 'NULL') || ' as migration_value_mapping says',
       e."tenantId"
  FROM "f07_entry" e
  CROSS JOIN LATERAL (VALUES ('from', e."fromMapped"), ('to', e."toMapped")) AS x(side, mapped)
 WHERE e."problem" IS NULL AND x.mapped;

-- 2. Every readable entry is its row. The trigger and the backfill made most of them; an entry whose
--    status the mapping decided only after them is made now, and a row made under an earlier mapping is
--    brought up to date. The id is derived from (subscription, place in the array), as the conversion
--    derives it, so down.sql can put every entry back in its place.
INSERT INTO "subscription_logs" AS l ("id", "subscriptionId", "fromStatus", "toStatus", "actorId", "note", "createdAt")
SELECT "online_migration"."f07_row_id"(e."subscriptionId", e.i), e."subscriptionId",
       e."fromStatus"::"SubscriptionStatus", e."toStatus"::"SubscriptionStatus",
       u."id",
       CASE WHEN e."elem" ->> 'by' IS NOT NULL AND u."id" IS NULL
            THEN coalesce((e."elem" ->> 'reason') || ' ', '') || '(by ' || (e."elem" ->> 'by') || ')'
            ELSE e."elem" ->> 'reason' END,
       e."at"
  FROM "f07_entry" e
  LEFT JOIN "users" u ON u."id" = e."elem" ->> 'by'
 WHERE e."problem" IS NULL
ON CONFLICT ("id") DO UPDATE
   SET "subscriptionId" = excluded."subscriptionId", "fromStatus" = excluded."fromStatus", "toStatus" = excluded."toStatus",
       "actorId" = excluded."actorId", "note" = excluded."note", "createdAt" = excluded."createdAt"
 WHERE (l."subscriptionId", l."fromStatus", l."toStatus", l."actorId", l."note", l."createdAt")
       IS DISTINCT FROM (excluded."subscriptionId", excluded."fromStatus", excluded."toStatus", excluded."actorId", excluded."note", excluded."createdAt");

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000017_f07_subscription_log', 'subscription_logs', 'inserted', count(*), 'subscription_log_entries',
       'one row per readable JSON entry (made by the trigger, the backfill or this step); ' || count(u."id") || ' with a user as actor, '
       || count(*) FILTER (WHERE u."id" IS NULL AND e."elem" ->> 'by' IS NOT NULL) || ' with a non-user "by" kept in the note'
  FROM "f07_entry" e
  LEFT JOIN "users" u ON u."id" = e."elem" ->> 'by'
 WHERE e."problem" IS NULL;

-- 3. The rest of the accounting.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000017_f07_subscription_log', 'subscriptions', 'quarantined',
       (SELECT count(*) FROM "f07_entry" WHERE "problem" IS NOT NULL)
       + (SELECT count(*) FROM "subscriptions" WHERE jsonb_typeof("statusChangeLogs") <> 'array'),
       'subscription_log_malformed',
       'unreadable entries (taken out of the live history as migration_value_mapping says, per reason) and values that were not an array (counted once each) copied to the quarantine, on '
       || (SELECT count(*) FROM (SELECT s."id" FROM "subscriptions" s WHERE jsonb_typeof(s."statusChangeLogs") <> 'array'
                                 UNION
                                 SELECT e."subscriptionId" FROM "f07_entry" e WHERE e."problem" IS NOT NULL) affected)
       || ' subscription(s)';

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000017_f07_subscription_log', 'subscriptions', 'quarantined', count(*), NULL,
       'keys beside from / to / at / by / reason on entries that did become rows'
  FROM "migration_quarantine"
 WHERE "migration" = '20261129000017_f07_subscription_log' AND "columnName" ~ '^statusChangeLogs\[\d+\]\.'
   AND "columnName" !~ '\.(from|to)$'
HAVING count(*) > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000017_f07_subscription_log', 'subscriptions', 'quarantined', count(*), NULL,
       'statuses outside the enum, kept as written; their rows took the value migration_value_mapping names'
  FROM "migration_quarantine"
 WHERE "migration" = '20261129000017_f07_subscription_log' AND "columnName" ~ '^statusChangeLogs\[\d+\]\.(from|to)$'
HAVING count(*) > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000017_f07_subscription_log', 'subscription_logs', 'updated', count(*), NULL,
       'rows whose fromStatus or toStatus migration_value_mapping decided'
  FROM "f07_entry" WHERE "problem" IS NULL AND ("fromMapped" OR "toMapped")
HAVING count(*) > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000017_f07_subscription_log', 'subscriptions', 'moved', count(DISTINCT "subscriptionId"), NULL,
       'subscriptions whose JSON entries became subscription_logs rows'
  FROM "f07_entry" WHERE "problem" IS NULL HAVING count(*) > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000017_f07_subscription_log', 'subscriptions', 'nulled', count(*), NULL,
       'statusChangeLogs dropped: every non-empty value accounted above'
  FROM "subscriptions" WHERE "statusChangeLogs" <> '[]'::jsonb HAVING count(*) > 0;

-- 4. ACCESS EXCLUSIVE on subscriptions from here to the commit: catalog changes only, so the
--    application waits for milliseconds. The triggers go first, then the JSON column.
DROP TRIGGER "online_f07_subscription_log_rows_on_insert" ON "subscriptions";
DROP TRIGGER "online_f07_subscription_log_rows_on_update" ON "subscriptions";

-- AlterTable: catalog only (the values stay in the heap until rows are rewritten).
ALTER TABLE "subscriptions" DROP COLUMN "statusChangeLogs";

DO $$
DECLARE
  entry record;
BEGIN
  FOR entry IN
    SELECT "tableName", "action", "rows", "anomaly" FROM "migration_ledger"
     WHERE "migration" = '20261129000017_f07_subscription_log' ORDER BY "id"
  LOOP
    RAISE NOTICE 'f07: % % row(s) of %', entry."action", entry."rows",
      entry."tableName" || coalesce(' (anomaly ' || entry."anomaly" || ')', '');
  END LOOP;
END $$;

SELECT "online_migration"."contracted"('20261129000017_f07_subscription_log');
