-- Back to where the index folders left it: the trigger in place again, the contract not recorded.
SET LOCAL lock_timeout = '5s';
CREATE TRIGGER "online_f12_guard_keyword"
  BEFORE INSERT OR UPDATE OF "keyword", "tenantId" ON "keywords"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f12_guard_keyword"();
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000010_f12_keyword_unique_per_tenant';
