// Finding 5's backfill: every help analytics row whose tenant does not exist is copied whole into
// migration_quarantine and deleted, one key range at a time (DELETE ... RETURNING feeding the
// INSERT, so exactly the deleted rows are the quarantined ones). The NOT VALID keys of the expand
// step already refuse new orphans, so a walked range stays clean.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000003_f05_help_analytics_tenant_fk';

function quarantineOrphans(table: string, count: string): string {
  return `WITH orphans AS (
    DELETE FROM "${table}" r
     WHERE ($1::text IS NULL OR r."id" > $1::text) AND r."id" <= $2::text
       AND NOT EXISTS (SELECT 1 FROM "tenants" t WHERE t."id" = r."tenantId")
    RETURNING r.*
  ), kept AS (
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    SELECT '${MIGRATION}', '${table}', o."id", NULL, to_jsonb(o), format('tenant %s does not exist', o."tenantId"), NULL
      FROM orphans o
    RETURNING 1
  )
  SELECT count(*)::int AS ${count} FROM kept`;
}

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'orphan help page ratings',
      table: 'help_page_ratings',
      key: 'id',
      batchSql: quarantineOrphans('help_page_ratings', 'rating_orphans'),
    },
    {
      label: 'orphan help search events',
      table: 'help_search_events',
      key: 'id',
      batchSql: quarantineOrphans('help_search_events', 'search_orphans'),
    },
  ],
  finishSql: `DO $$
DECLARE
  m CONSTANT text := '${MIGRATION}';
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
  rating_orphans CONSTANT integer := coalesce((counts->>'rating_orphans')::integer, 0);
  search_orphans CONSTANT integer := coalesce((counts->>'search_orphans')::integer, 0);
BEGIN
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'help_page_ratings', 'quarantined', rating_orphans, 'help_rating_orphan', 'whole rows whose tenant does not exist'),
    (m, 'help_page_ratings', 'deleted', rating_orphans, NULL, 'the quarantined orphans'),
    (m, 'help_search_events', 'quarantined', search_orphans, 'help_search_orphan', 'whole rows whose tenant does not exist'),
    (m, 'help_search_events', 'deleted', search_orphans, NULL, 'the quarantined orphans');
  RAISE NOTICE '%: help_page_ratings: % orphan rows quarantined and deleted', m, rating_orphans;
  RAISE NOTICE '%: help_search_events: % orphan rows quarantined and deleted', m, search_orphans;
END $$;`,
};

export default backfill;
