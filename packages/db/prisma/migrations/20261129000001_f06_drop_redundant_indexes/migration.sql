-- Finding 6 (1 of 2): strategy_versions carries a plain index on exactly the columns of its unique
-- index, which answers every lookup the plain one could; the plain one only costs writes and disk.
-- DROP INDEX CONCURRENTLY waits for the queries using the index instead of taking ACCESS EXCLUSIVE on
-- the table, so no query queues behind it. It cannot run in a transaction block, so it is this
-- folder's only statement (prisma/ONLINE.md); the second index is dropped by the next folder.
DROP INDEX CONCURRENTLY IF EXISTS "strategy_versions_strategyId_version_idx";
