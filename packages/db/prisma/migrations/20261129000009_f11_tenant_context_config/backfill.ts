// Finding 11's backfill: the settings JSON of the tenants written before the expand step becomes their
// typed row, one key range of tenants at a time. The reading itself lives in the expand folder's SQL
// functions, shared with the trigger that follows the legacy application's writes, so both follow one
// rule. Values nobody can read without the operator's mapping are left for the contract step, which
// also writes the ledger.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000009_f11_tenant_context_config';

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'tenant context settings read into rows',
      table: 'tenants',
      key: 'id',
      batchSql: `SELECT "tenants", "rows", "lossless" FROM "online_migration"."f11_backfill_range"($1::text, $2::text)`,
    },
  ],
  finishSql: `DO $$
DECLARE
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
BEGIN
  RAISE NOTICE '%: % tenant config(s) read, % row(s) of tenant_context_configs made, % value(s) read losslessly; the contract step settles the rest and writes the ledger',
    '${MIGRATION}', coalesce(counts->>'tenants', '0'), coalesce(counts->>'rows', '0'), coalesce(counts->>'lossless', '0');
END $$;`,
};

export default backfill;
