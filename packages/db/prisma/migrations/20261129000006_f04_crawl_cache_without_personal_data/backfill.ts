// Finding 4's backfill. First, which tenant prospects which domain: the existing outreach targets,
// one key range at a time, into online_migration.f04_prospects (the expand step's trigger adds the
// targets written since). Then the cache rows, one key range at a time: each person goes to the
// tenants prospecting the domain, or is erased from the row when none does
// (online_migration.f04_give_crawled_people). The people stay in the shared rows the legacy crawler
// reads until the contract step drops the columns; the ones no tenant used are gone at once.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000006_f04_crawl_cache_without_personal_data';

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'prospecting tenants per domain',
      table: 'outreach_targets',
      key: 'id',
      batchSql: `INSERT INTO "online_migration"."f04_prospects" ("domain", "tenantId")
  SELECT DISTINCT "online_migration"."f04_domain"(ot."domain"), ot."tenantId"
    FROM "outreach_targets" ot
   WHERE ($1::text IS NULL OR ot."id" > $1::text) AND ot."id" <= $2::text
  ON CONFLICT DO NOTHING`,
    },
    {
      label: 'crawled people to their tenants',
      table: 'crawl_cache',
      key: 'id',
      batchSql: `SELECT created, named, linked, moved, erased
    FROM "online_migration"."f04_give_crawled_people"(
      ARRAY(SELECT cc."id" FROM "crawl_cache" cc WHERE ($1::text IS NULL OR cc."id" > $1::text) AND cc."id" <= $2::text))`,
    },
  ],
  finishSql: `DO $$
DECLARE
  m CONSTANT text := '${MIGRATION}';
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
  created CONSTANT integer := coalesce((counts->>'created')::integer, 0);
  named CONSTANT integer := coalesce((counts->>'named')::integer, 0);
  linked CONSTANT integer := coalesce((counts->>'linked')::integer, 0);
  erased CONSTANT integer := coalesce((counts->>'erased')::integer, 0);
BEGIN
  IF created > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'contacts', 'inserted', created, NULL, 'people found by the crawler, created (origin outreach) in each tenant that uses their domain');
  END IF;
  IF named > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'contacts', 'updated', named, NULL, 'existing contacts with the crawled email took the crawled name (they had none)');
  END IF;
  IF linked > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'outreach_targets', 'updated', linked, NULL, 'contactId was empty; now the contact of the person found on the domain');
  END IF;
  IF erased > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'crawl_cache', 'nulled', erased, NULL, 'erased: recipient of a domain no tenant prospected (no outreach target); the values are kept nowhere');
  END IF;
  RAISE NOTICE '%: % contacts created, % named, % targets linked, % people no tenant prospected erased', m, created, named, linked, erased;
END $$;`,
};

export default backfill;
