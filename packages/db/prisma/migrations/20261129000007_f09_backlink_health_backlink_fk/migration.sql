-- Finding 9, expand step: backlink_health rows relate only to a campaign, so a backlink cannot be
-- joined to its own health record. A nullable "backlinkId" is added (no default: no rewrite) with
-- its key NOT VALID (new writes are checked, no scan), and a trigger links a health row the legacy
-- application writes to its backlink when the match is certain: its url equals the sourceUrl of
-- exactly one backlink of the same campaign, and no other health row shares that key or claims the
-- backlink. The backfill (backfill.ts) links the existing rows by the same rule; the unique index is
-- built CONCURRENTLY by the next folder; the contract folder validates the key.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- AlterTable (nullable, no default: catalog only, ACCESS EXCLUSIVE for an instant)
ALTER TABLE "backlink_health" ADD COLUMN "backlinkId" TEXT;

-- AddForeignKey (NOT VALID: SHARE ROW EXCLUSIVE on both tables for an instant, no scan)
ALTER TABLE "backlink_health" ADD CONSTRAINT "backlink_health_backlinkId_fkey" FOREIGN KEY ("backlinkId") REFERENCES "backlinks"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;

CREATE FUNCTION "online_migration"."f09_link_backlink_health"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  candidate text;
  backlinks_for_key integer;
BEGIN
  IF NEW."backlinkId" IS NOT NULL THEN
    RETURN NEW;
  END IF;
  SELECT min(b."id"), count(*) INTO candidate, backlinks_for_key
    FROM "backlinks" b
   WHERE b."campaignId" = NEW."campaignId" AND b."tenantId" = NEW."tenantId" AND b."sourceUrl" = NEW."url";
  IF backlinks_for_key <> 1 THEN
    RETURN NEW;
  END IF;
  -- Claims on one backlink are made one at a time, so two concurrent inserts cannot both take it.
  PERFORM 1 FROM "backlinks" WHERE "id" = candidate FOR UPDATE;
  IF EXISTS (SELECT 1 FROM "backlink_health" h
              WHERE h."backlinkId" = candidate
                 OR (h."campaignId" = NEW."campaignId" AND h."tenantId" = NEW."tenantId" AND h."url" = NEW."url")) THEN
    RETURN NEW;
  END IF;
  NEW."backlinkId" := candidate;
  RETURN NEW;
END $$;

-- SHARE ROW EXCLUSIVE on backlink_health for an instant.
CREATE TRIGGER "online_f09_link_backlink_health"
  BEFORE INSERT ON "backlink_health"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f09_link_backlink_health"();

SELECT "online_migration"."expanded"('20261129000007_f09_backlink_health_backlink_fk', 9);
