// Probes for 20261129000017_f07_subscription_log: each readable entry of subscriptions.statusChangeLogs
// becomes a subscription_logs row (a status outside SubscriptionStatus takes the operator's mapping);
// entries that cannot be read (not an object, no readable time, fields of the wrong type) and values
// that are no array go to the quarantine. Counted in entries, as the migration counts them; the ids are the subscriptions'.
//
// "A readable time" is a string that starts like a date and that PostgreSQL's timestamptz cast accepts,
// which no pattern captures exactly; the migration tries the cast in a function. A read-only session
// cannot create one, so prepare() goes through the time strings no strict ISO pattern vouches for in a
// DO block (allowed in a read-only transaction), tries the cast the same way, and hands the unreadable
// ones to the probe query through a transaction-local setting.
import type { FolderProbes, ProbeContext, ProbeSession } from '../../../src/migrations/probes.js';
import { literalList } from '../../../src/migrations/probes.js';

const UNREADABLE_SETTING = 'leadmetrics_preflight.f07_unreadable_at';
/** Strings the migration even tries to read as a time: those that start like a date. */
const STARTS_LIKE_A_DATE = String.raw`^\s*\d{4}-\d{2}-\d{2}`;
/**
 * Strings that are certainly readable, so the cast need not be tried: ISO 8601 in UTC or with a modest
 * offset, on a day the month has (29 February is left to the cast: it depends on the year).
 */
const CERTAINLY_READABLE = String.raw`^[1-9]\d{3}-((0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-](0\d|1[0-3]):[0-5]\d)$`;

const elements = (ctx: ProbeContext) => `
  SELECT s."id" AS subscription_id, e.elem
    FROM ${ctx.table('subscriptions')} s
    CROSS JOIN LATERAL jsonb_array_elements(s."statusChangeLogs") AS e(elem)
   WHERE jsonb_typeof(s."statusChangeLogs") = 'array'`;

/**
 * Every entry with problem NULL when the migration turns it into a row, else the reason the migration
 * gives, word for word: the operator's mapping decides per reason whether such entries may leave the live
 * history (column "statusChangeLogs[]").
 */
const judged = (ctx: ProbeContext) => {
  return `
  SELECT x.subscription_id,
         CASE
           WHEN jsonb_typeof(x.elem) <> 'object' THEN 'entry is a JSON ' || jsonb_typeof(x.elem) || ', not an object'
           WHEN coalesce(jsonb_typeof(x.elem -> 'from'), 'null') NOT IN ('null', 'string') THEN '"from" is not a string'
           WHEN jsonb_typeof(x.elem -> 'to') IS DISTINCT FROM 'string' THEN '"to" missing or not a string'
           WHEN coalesce(jsonb_typeof(x.elem -> 'at'), 'missing') <> 'string'
             OR (x.elem ->> 'at') IN (SELECT jsonb_array_elements_text(current_setting('${UNREADABLE_SETTING}')::jsonb))
             THEN '"at" missing or not a readable time'
           WHEN coalesce(jsonb_typeof(x.elem -> 'by'), 'null') NOT IN ('null', 'string') THEN '"by" is not a string'
           WHEN coalesce(jsonb_typeof(x.elem -> 'reason'), 'null') NOT IN ('null', 'string') THEN '"reason" is not a string'
         END AS problem
    FROM (${elements(ctx)}) x`;
};

async function findUnreadableTimes(session: ProbeSession, ctx: ProbeContext): Promise<void> {
  await session.query(`
    DO $preflight$
    DECLARE
      candidate text;
      unreadable text[] := '{}';
    BEGIN
      FOR candidate IN
        SELECT DISTINCT x.elem ->> 'at'
          FROM (${elements(ctx)}) x
         WHERE jsonb_typeof(x.elem) = 'object' AND jsonb_typeof(x.elem -> 'at') = 'string'
           AND (x.elem ->> 'at') !~ '${CERTAINLY_READABLE}'
      LOOP
        -- the migration does not even try a string that does not start like a date
        IF candidate !~ '${STARTS_LIKE_A_DATE}' THEN
          unreadable := unreadable || candidate;
          CONTINUE;
        END IF;
        BEGIN
          PERFORM (candidate::timestamptz AT TIME ZONE 'UTC')::timestamp(3);
        EXCEPTION WHEN others THEN
          unreadable := unreadable || candidate;
        END;
      END LOOP;
      PERFORM set_config('${UNREADABLE_SETTING}', to_jsonb(unreadable)::text, true);
    END
    $preflight$`);
}

const FOLDER = '20261129000017_f07_subscription_log';

export const probes: FolderProbes = {
  folder: FOLDER,
  // Statuses outside SubscriptionStatus (folded) on entries whose statuses can be read, per side: the
  // folder needs a mapping for each before it writes anything ("from" may be mapped to NULL). And the
  // reasons entries cannot be read for: each needs the operator's word that such entries leave the live
  // history (quarantine is the only decision; prepare() finds the unreadable times first).
  values: {
    columns: (ctx) => [
      ...(['from', 'to'] as const).map((side) => ({
        folder: FOLDER,
        table: 'subscriptions',
        column: `statusChangeLogs.${side}`,
        members: ctx.enumLabels('SubscriptionStatus'),
        nullable: side === 'from',
        compare: 'folded' as const,
      })),
      {
        folder: FOLDER,
        table: 'subscriptions',
        column: 'statusChangeLogs[]',
        nullable: true,
        compare: 'reason' as const,
        quarantineOnly: true,
      },
    ],
    sql: (ctx) => `
      SELECT 'subscriptions' AS table_name, 'statusChangeLogs.' || x.side AS column_name, x.folded AS value, count(*) AS n
        FROM (${elements(ctx)}) e
        CROSS JOIN LATERAL (VALUES ('from', lower(btrim(e.elem ->> 'from'))), ('to', lower(btrim(e.elem ->> 'to')))) AS x(side, folded)
       WHERE jsonb_typeof(e.elem) = 'object' AND coalesce(jsonb_typeof(e.elem -> 'from'), 'null') IN ('null', 'string')
         AND jsonb_typeof(e.elem -> 'to') = 'string'
         AND x.folded IS NOT NULL AND x.folded NOT IN (${literalList(ctx.enumLabels('SubscriptionStatus'))})
       GROUP BY 2, 3
      UNION ALL
      SELECT 'subscriptions', 'statusChangeLogs[]', j.problem, count(*)
        FROM (${judged(ctx)}) j
       WHERE j.problem IS NOT NULL
       GROUP BY 3`,
  },
  prepare: findUnreadableTimes,
  // Every log is taken apart entry by entry, twice (prepare, then the count): on the medium seed about
  // 20 µs per row of its tables, against 0.4 µs for a plain scan such as f16's. Started first for that.
  costPerRow: 50,
  anomalies: [
    { kind: 'subscription_log_entries', unit: 'JSON entries', action: 'inserted', effect: 'one subscription_logs row per entry' },
    {
      kind: 'subscription_log_malformed',
      unit: 'JSON entries',
      action: 'quarantined',
      effect: 'copied to the quarantine (a value that is no array counts once)',
    },
  ],
  // Grouped by the verdict itself: the planner folds the judging subquery into this one, so naming
  // `problem` in both the kind and the `at` column would judge every entry twice (it did: half the
  // query's time); as one grouping key it is judged once and both columns read the key.
  sql: (ctx) => `
    SELECT CASE WHEN j.readable THEN 'subscription_log_entries' ELSE 'subscription_log_malformed' END AS kind,
           j.subscription_id::text AS id, count(*) AS n,
           CASE WHEN j.readable THEN NULL ELSE 'unreadable entry' END AS at
      FROM (SELECT x.subscription_id, x.problem IS NULL AS readable FROM (${judged(ctx)}) x) j
     GROUP BY j.readable, j.subscription_id
    UNION ALL
    SELECT 'subscription_log_malformed', s."id"::text, 1, 'value is not an array'
      FROM ${ctx.table('subscriptions')} s
     WHERE jsonb_typeof(s."statusChangeLogs") <> 'array'`,
};
