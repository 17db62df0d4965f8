-- Back to where the expand step and the backfill left it, as far as erasing allows: the two
-- recipient columns return, empty; people who became tenants' contacts are not copied back into
-- the shared table (they are tenant data now, possibly edited since, and putting them back would
-- re-create the problem), and erased people exist nowhere to restore. The crawler refills the
-- columns on its next visit. The transition tables return empty and the triggers with them; the
-- contacts and target links stay. The contract step's ledger entries go.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "crawl_cache" ADD COLUMN "recipientEmail" TEXT, ADD COLUMN "recipientName" TEXT;

CREATE TABLE "online_migration"."f04_prospects" ("domain" TEXT NOT NULL, "tenantId" TEXT NOT NULL, PRIMARY KEY ("domain", "tenantId"));
INSERT INTO "online_migration"."f04_prospects" ("domain", "tenantId")
SELECT DISTINCT "online_migration"."f04_domain"(ot."domain"), ot."tenantId" FROM "outreach_targets" ot;
CREATE TABLE "online_migration"."f04_rewritten_cache_rows" ("cacheId" TEXT PRIMARY KEY);
CREATE TABLE "online_migration"."f04_newly_prospected_domains" ("domain" TEXT PRIMARY KEY);
CREATE TRIGGER "online_f04_track_prospects"
  AFTER INSERT OR DELETE OR UPDATE OF "domain", "tenantId" ON "outreach_targets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f04_track_prospects"();
CREATE TRIGGER "online_f04_note_rewritten_cache_row"
  AFTER INSERT OR UPDATE OF "recipientEmail", "recipientName", "domain" ON "crawl_cache"
  FOR EACH ROW WHEN (NEW."recipientEmail" IS NOT NULL OR NEW."recipientName" IS NOT NULL)
  EXECUTE FUNCTION "online_migration"."f04_note_rewritten_cache_row"();

-- The contract step's entries (their notes say so).
DELETE FROM "migration_ledger"
 WHERE "migration" = '20261129000006_f04_crawl_cache_without_personal_data' AND "note" LIKE '%(contract step)';
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000006_f04_crawl_cache_without_personal_data';
