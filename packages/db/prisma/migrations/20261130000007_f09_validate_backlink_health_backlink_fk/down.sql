-- Back to where the expand step left it: the key NOT VALID again and the linking trigger in place.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "backlink_health" DROP CONSTRAINT "backlink_health_backlinkId_fkey";
ALTER TABLE "backlink_health" ADD CONSTRAINT "backlink_health_backlinkId_fkey" FOREIGN KEY ("backlinkId") REFERENCES "backlinks"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;
CREATE TRIGGER "online_f09_link_backlink_health"
  BEFORE INSERT ON "backlink_health"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f09_link_backlink_health"();
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000007_f09_backlink_health_backlink_fk';
