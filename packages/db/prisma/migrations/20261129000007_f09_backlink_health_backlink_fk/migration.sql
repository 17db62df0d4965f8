-- Finding 9: backlink_health rows relate only to a campaign, so a backlink cannot be joined to its
-- own health record. A nullable, unique "backlinkId" is added and filled wherever it is certain:
-- the health row's url equals the sourceUrl of exactly one backlink of the same campaign, and no
-- other health row claims that backlink. Everything else keeps backlinkId NULL (and is counted):
-- guessing would attach a health history to the wrong link.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- Neither table may change while the matches are made and the key checked. Reads continue.
LOCK TABLE "backlinks", "backlink_health" IN SHARE ROW EXCLUSIVE MODE;

-- The matching is done before the column is added: adding a column takes an ACCESS EXCLUSIVE lock
-- (no reads either) that lasts until commit, so the slow part must not sit behind it.
-- A health row and a backlink match when they share campaign, tenant and url (= sourceUrl); a
-- link is certain only when that key has exactly one health row and exactly one backlink.
CREATE TEMPORARY TABLE "f09_backlink_matches" ON COMMIT DROP AS
SELECT health_id, backlink_id
  FROM (SELECT h."id" AS health_id, b."id" AS backlink_id,
               count(*) OVER (PARTITION BY h."id") AS backlinks_for_health,
               count(*) OVER (PARTITION BY b."id") AS healths_for_backlink
          FROM "backlink_health" h
          JOIN "backlinks" b ON b."campaignId" = h."campaignId" AND b."tenantId" = h."tenantId" AND b."sourceUrl" = h."url") pairs
 WHERE backlinks_for_health = 1 AND healths_for_backlink = 1;

-- AlterTable (nullable, no default: no table rewrite)
ALTER TABLE "backlink_health" ADD COLUMN "backlinkId" TEXT;

DO $$
DECLARE
  m CONSTANT text := '20261129000007_f09_backlink_health_backlink_fk';
  matched integer;
  unmatched integer;
BEGIN
  UPDATE "backlink_health" h SET "backlinkId" = x.backlink_id FROM "f09_backlink_matches" x WHERE h."id" = x.health_id;
  GET DIAGNOSTICS matched = ROW_COUNT;

  SELECT count(*) INTO unmatched FROM "backlink_health" WHERE "backlinkId" IS NULL;

  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'backlink_health', 'updated', matched, 'backlink_health_matchable', 'backlinkId set: url matches exactly one backlink of the campaign'),
    (m, 'backlink_health', 'kept', unmatched, 'backlink_health_unmatchable', 'no single matching backlink: backlinkId stays NULL');

  RAISE NOTICE '%: backlink_health: % rows linked to their backlink, % left without one (no unambiguous match)', m, matched, unmatched;
END $$;

-- CreateIndex
CREATE UNIQUE INDEX "backlink_health_backlinkId_key" ON "backlink_health"("backlinkId");

-- AddForeignKey
ALTER TABLE "backlink_health" ADD CONSTRAINT "backlink_health_backlinkId_fkey" FOREIGN KEY ("backlinkId") REFERENCES "backlinks"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;
ALTER TABLE "backlink_health" VALIDATE CONSTRAINT "backlink_health_backlinkId_fkey";
