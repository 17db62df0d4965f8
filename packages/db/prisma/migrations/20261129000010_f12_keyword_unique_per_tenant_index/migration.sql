-- Finding 12: the lookup the expand step's trigger makes on every keyword write (another keyword of the
-- tenant with the same normalised text), and the merges, read this index instead of every keyword of
-- the tenant. Not unique: the duplicates are still there until the backfill merged them. Built
-- CONCURRENTLY, alone in its folder; the unique index on the same expression replaces it after the pause.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "keywords_tenantId_keyword_normalized_idx" ON "keywords" ("tenantId", lower(btrim(regexp_replace("keyword", '\s+', ' ', 'g'))));
