-- Back to where the expand step and the backfill left it: subscriptions.statusChangeLogs returns,
-- rebuilt from subscription_logs and the quarantine, and the triggers that convert legacy writes are
-- back (after the rebuild, so the rebuild itself does not trigger them). subscription_logs stays: the
-- expand folder's down.sql removes it.
-- Each array is rebuilt in its original order: the rows the conversion made carry ids derived from
-- (subscription, place in the array) and quarantined entries name their place, so both slot back;
-- undocumented keys return to their entry; values that were not an array come back whole. A row's
-- "by" is its actorId, or the "(by ...)" the conversion appended to the note.
-- Not restorable: "at" comes back in one format (UTC, milliseconds, Z) whatever offset or precision
-- it was written with; statuses come back lower-cased and trimmed; an entry without "reason" or "by"
-- comes back with them as null; rows the corrected application wrote are appended in time order (and a
-- later legacy write of that subscription turns them into rows of the conversion beside the originals).
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

-- Catalog only: the default fills every existing row without a rewrite.
ALTER TABLE "subscriptions" ADD COLUMN "statusChangeLogs" JSONB NOT NULL DEFAULT '[]';

WITH quarantined AS (
  SELECT q."rowId" AS "subscriptionId", q."value",
         substring(q."columnName" from '^statusChangeLogs\[(\d+)\]')::bigint AS "i",
         substring(q."columnName" from '^statusChangeLogs\[\d+\]\.(.*)$') AS "extraKey"
    FROM "migration_quarantine" q
   WHERE q."migration" = '20261129000017_f07_subscription_log' AND q."tableName" = 'subscriptions'
     AND q."columnName" LIKE 'statusChangeLogs[%'
), as_entry AS (
  SELECT l."id", l."subscriptionId", l."createdAt",
         jsonb_build_object(
           'from', l."fromStatus", 'to', l."toStatus",
           'at', to_char(l."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'by', coalesce(l."actorId", substring(l."note" from '\(by (.*)\)$')),
           'reason', CASE WHEN l."actorId" IS NULL AND l."note" ~ '\(by .*\)$'
                          THEN nullif(regexp_replace(l."note", ' ?\(by .*\)$', ''), '')
                          ELSE l."note" END) AS "elem"
    FROM "subscription_logs" l
), slot AS (
  SELECT s."id" AS "subscriptionId", g.i
    FROM "subscriptions" s
    CROSS JOIN LATERAL generate_series(1,
      (SELECT count(*) FROM "subscription_logs" l WHERE l."subscriptionId" = s."id")
      + (SELECT count(*) FROM quarantined x WHERE x."subscriptionId" = s."id" AND x."i" IS NOT NULL AND x."extraKey" IS NULL)) AS g(i)
), element AS (
  SELECT s."subscriptionId", s.i::numeric AS "sortKey",
         coalesce(
           (SELECT a."elem" || coalesce((SELECT jsonb_object_agg(x."extraKey", x."value") FROM quarantined x
                                          WHERE x."subscriptionId" = s."subscriptionId" AND x."i" = s.i AND x."extraKey" IS NOT NULL), '{}'::jsonb)
              FROM as_entry a
             WHERE a."id" = "online_migration"."f07_row_id"(s."subscriptionId", s.i)),
           (SELECT x."value" FROM quarantined x WHERE x."subscriptionId" = s."subscriptionId" AND x."i" = s.i AND x."extraKey" IS NULL)
         ) AS "elem"
    FROM slot s
  UNION ALL
  -- rows this folder did not create (written after it): after the original entries, in time order
  SELECT a."subscriptionId", 1e12 + extract(epoch FROM a."createdAt")::numeric, a."elem"
    FROM as_entry a
   WHERE a."id" NOT IN (SELECT "online_migration"."f07_row_id"(s."subscriptionId", s.i) FROM slot s)
)
UPDATE "subscriptions" s
   SET "statusChangeLogs" = rebuilt."logs"
  FROM (SELECT "subscriptionId", jsonb_agg("elem" ORDER BY "sortKey") AS "logs" FROM element WHERE "elem" IS NOT NULL GROUP BY "subscriptionId") rebuilt
 WHERE s."id" = rebuilt."subscriptionId";

-- Values that were not an array.
UPDATE "subscriptions" s
   SET "statusChangeLogs" = q."value"
  FROM "migration_quarantine" q
 WHERE q."migration" = '20261129000017_f07_subscription_log' AND q."tableName" = 'subscriptions'
   AND q."columnName" = 'statusChangeLogs' AND q."rowId" = s."id";

CREATE TRIGGER "online_f07_subscription_log_rows_on_insert"
  AFTER INSERT ON "subscriptions"
  FOR EACH ROW WHEN (NEW."statusChangeLogs" IS DISTINCT FROM '[]'::jsonb)
  EXECUTE FUNCTION "online_migration"."f07_keep_subscription_log_rows"();
CREATE TRIGGER "online_f07_subscription_log_rows_on_update"
  AFTER UPDATE OF "statusChangeLogs" ON "subscriptions"
  FOR EACH ROW WHEN (OLD."statusChangeLogs" IS DISTINCT FROM NEW."statusChangeLogs")
  EXECUTE FUNCTION "online_migration"."f07_keep_subscription_log_rows"();

-- The quarantine and the ledger were written by the contract step (under the expand folder's name).
DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000017_f07_subscription_log';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000017_f07_subscription_log';
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000017_f07_subscription_log';
