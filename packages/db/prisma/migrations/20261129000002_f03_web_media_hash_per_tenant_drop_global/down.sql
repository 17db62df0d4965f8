-- Back to one contentHash per platform. That is only possible while no two tenants share a file;
-- if some do, stop and name them instead of deleting anyone's media.
SET LOCAL lock_timeout = '5s';
DO $$
DECLARE
  shared text;
BEGIN
  SELECT string_agg(format('%s (%s rows)', "contentHash", n), ', ')
    INTO shared
    FROM (SELECT "contentHash", count(*) AS n FROM "web_media" GROUP BY "contentHash" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  IF shared IS NOT NULL THEN
    RAISE EXCEPTION 'cannot restore the global unique on web_media."contentHash": these hashes are used by several tenants: %', shared
      USING HINT = 'Decide per file which tenant keeps it (or keep the per-tenant unique); this script deletes nothing.';
  END IF;
END $$;
CREATE UNIQUE INDEX "web_media_contentHash_key" ON "web_media"("contentHash");
