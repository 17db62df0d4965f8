// Finding 7's backfill: the status-change arrays written before the expand step become rows of
// subscription_logs, one key range of subscriptions at a time. The conversion itself lives in the
// expand folder's SQL functions, shared with the trigger that converts the legacy application's
// writes, so both follow one rule. Entries that cannot be read, or whose status the operator's mapping
// does not decide yet, make no row: they are recorded in online_migration.f07_unconverted and left for
// the contract step, which stops on them unless the mapping by then says what they mean. The ledger is
// written by the contract step.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000017_f07_subscription_log';

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'subscription status-change logs turned into rows',
      table: 'subscriptions',
      key: 'id',
      batchSql: `SELECT "subscriptions", "logRows", "unconverted" FROM "online_migration"."f07_backfill_range"($1::text, $2::text)`,
    },
  ],
  finishSql: `DO $$
DECLARE
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
  left_over bigint;
BEGIN
  SELECT count(*) INTO left_over FROM "online_migration"."f07_unconverted";
  RAISE NOTICE '%: % log(s) converted: % row(s) of subscription_logs; % entr(y/ies) or value(s) left for the contract step (online_migration.f07_unconverted); the contract step writes the ledger',
    '${MIGRATION}', coalesce(counts->>'subscriptions', '0'), coalesce(counts->>'logRows', '0'), left_over;
END $$;`,
};

export default backfill;
