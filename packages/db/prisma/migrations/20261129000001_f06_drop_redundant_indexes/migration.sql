-- Finding 6: strategy_versions and client_context_versions each carry a plain index on exactly the
-- columns of their unique index. The unique index answers every lookup the plain one could, so the
-- plain one only costs writes and disk. Dropping an index touches no row.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- DropIndex
DROP INDEX "strategy_versions_strategyId_version_idx";

-- DropIndex
DROP INDEX "client_context_versions_clientContextId_version_idx";
