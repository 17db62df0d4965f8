// Finding 13's backfill: the FAQ snapshots written before the expand step become rows of their
// version, one key range of blog_post_versions at a time (what cannot be read goes to the
// quarantine). The conversion itself lives in the expand folder's SQL functions, shared with the
// trigger that converts the legacy application's writes, so both follow one rule. The ledger is
// written by the contract step, once every snapshot is accounted for.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000011_f13_faq_rows_for_versions';

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'version FAQ snapshots turned into rows',
      table: 'blog_post_versions',
      key: 'id',
      batchSql: `SELECT "versions", "faqRows", "quarantined" FROM "online_migration"."f13_backfill_range"($1::text, $2::text)`,
    },
  ],
  finishSql: `DO $$
DECLARE
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
BEGIN
  RAISE NOTICE '%: % FAQ snapshot(s) converted: % row(s) of blog_post_version_faqs, % value(s) quarantined; the contract step writes the ledger',
    '${MIGRATION}', coalesce(counts->>'versions', '0'), coalesce(counts->>'faqRows', '0'), coalesce(counts->>'quarantined', '0');
END $$;`,
};

export default backfill;
