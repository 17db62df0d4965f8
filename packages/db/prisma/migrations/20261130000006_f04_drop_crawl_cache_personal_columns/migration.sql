-- Finding 4, contract step: the shared crawl cache loses recipientEmail and recipientName. The
-- legacy crawler, their only writer, is gone (that is what the release at the pause says); the
-- application deployed at the pause reads people from tenants' contacts. What the crawler wrote
-- after the backfill passed a row, and people on domains a tenant started prospecting since, go
-- through the same rule first (online_migration.f04_give_crawled_people): to every tenant
-- prospecting the domain, or erased. Then every person still in the cache has a tenant that got
-- them; the rows of domains nobody prospects any more are erased as well. Only then do the columns
-- and the transition objects go. The ledger entries carry the expand folder's name, where the
-- finding's catalog entry points; the anomaly entry counts every cache row whose person this
-- finding took out of the shared table (erased by the backfill, erased here, or moved).
SELECT "online_migration"."require_released"('20261129000006_f04_crawl_cache_without_personal_data', '20261130000006_f04_drop_crawl_cache_personal_columns');
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '15min';

-- online: keeps ACCESS EXCLUSIVE to the commit: dropping the triggers first closes crawl_cache and
-- outreach_targets until the commit, so the rows noted so far are all there is to catch up with and no
-- target written meanwhile can miss its people. The catch-up below runs with both tables closed (256 ms
-- with 97,813 cache rows in the large online run; it grows with the table). A catch-up in two passes
-- (once with the triggers on, then only what they noted since) would shorten it.
DROP TRIGGER "online_f04_note_rewritten_cache_row" ON "crawl_cache";
-- online: keeps ACCESS EXCLUSIVE to the commit: as above.
DROP TRIGGER "online_f04_track_prospects" ON "outreach_targets";

-- Reads crawl_cache under MVCC (ACCESS SHARE: the application's reads and writes go on); writes
-- only the rows concerned (ROW EXCLUSIVE on contacts, outreach_targets and crawl_cache).
DO $$
DECLARE
  m CONSTANT text := '20261129000006_f04_crawl_cache_without_personal_data';
  late record;
  unused integer;
  moved integer;
  blanks integer;
  erased_before integer;
BEGIN
  SELECT * INTO late FROM "online_migration"."f04_give_crawled_people"(ARRAY(
    SELECT r."cacheId" FROM "online_migration"."f04_rewritten_cache_rows" r
    UNION
    SELECT cc."id" FROM "crawl_cache" cc
     WHERE "online_migration"."f04_domain"(cc."domain") IN (SELECT d."domain" FROM "online_migration"."f04_newly_prospected_domains" d)));

  -- A person given to tenants that have all stopped prospecting the domain since: nobody uses it now.
  UPDATE "crawl_cache" cc SET "recipientEmail" = NULL, "recipientName" = NULL
   WHERE (nullif(btrim(cc."recipientEmail"), '') IS NOT NULL OR nullif(btrim(cc."recipientName"), '') IS NOT NULL)
     AND NOT EXISTS (SELECT 1 FROM "online_migration"."f04_prospects" p WHERE p."domain" = "online_migration"."f04_domain"(cc."domain"));
  GET DIAGNOSTICS unused = ROW_COUNT;

  SELECT count(*) FILTER (WHERE nullif(btrim(cc."recipientEmail"), '') IS NOT NULL OR nullif(btrim(cc."recipientName"), '') IS NOT NULL),
         count(*) FILTER (WHERE nullif(btrim(cc."recipientEmail"), '') IS NULL AND nullif(btrim(cc."recipientName"), '') IS NULL
                            AND (cc."recipientEmail" IS NOT NULL OR cc."recipientName" IS NOT NULL))
    INTO moved, blanks
    FROM "crawl_cache" cc;

  SELECT coalesce(("backfillCounts"->>'erased')::integer, 0) INTO erased_before
    FROM "online_migration"."phase" WHERE "expandFolder" = m;

  IF late.created > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'contacts', 'inserted', late.created, NULL, 'people the crawler wrote after the backfill, created (origin outreach) in each tenant that uses their domain (contract step)');
  END IF;
  IF late.named > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'contacts', 'updated', late.named, NULL, 'existing contacts took the name the crawler wrote after the backfill, having none (contract step)');
  END IF;
  IF late.linked > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'outreach_targets', 'updated', late.linked, NULL, 'contactId was empty; now the contact of the person the crawler wrote after the backfill (contract step)');
  END IF;
  IF late.erased + unused > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'crawl_cache', 'nulled', late.erased + unused, NULL, 'erased: recipient of a domain no tenant prospects any more, or written after the backfill for one nobody prospects; the values are kept nowhere (contract step)');
  END IF;
  IF moved > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'crawl_cache', 'moved', moved, NULL,
       'recipient copied into the contacts of the tenants prospecting the domain (' || (SELECT count(DISTINCT "tenantId") FROM "online_migration"."f04_prospects") || ' tenant(s) prospect domains) (contract step)');
  END IF;
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'crawl_cache', 'nulled', erased_before + late.erased + unused + moved, 'crawl_cache_personal_data',
     'recipientEmail / recipientName dropped after being moved to the tenants that used them, or erased (contract step)');
  IF blanks > 0 THEN
    INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
      (m, 'crawl_cache', 'nulled', blanks, NULL, 'recipient columns held only blank strings (contract step)');
  END IF;

  RAISE NOTICE '%: crawl_cache: % people moved to tenants, % erased by the backfill, % erased now; % rows held only blanks', m, moved, erased_before, late.erased + unused, blanks;
END $$;

DROP TABLE "online_migration"."f04_rewritten_cache_rows", "online_migration"."f04_newly_prospected_domains", "online_migration"."f04_prospects";

-- The shared table loses its personal columns, last: ACCESS EXCLUSIVE on crawl_cache for a
-- catalog-only change, held until the commit that follows.
ALTER TABLE "crawl_cache" DROP COLUMN "recipientEmail", DROP COLUMN "recipientName";

SELECT "online_migration"."contracted"('20261129000006_f04_crawl_cache_without_personal_data');
