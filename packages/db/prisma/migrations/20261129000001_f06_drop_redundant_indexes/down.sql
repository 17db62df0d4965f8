-- Recreate the plain index exactly as the baseline had it, without blocking writes.
CREATE INDEX CONCURRENTLY "strategy_versions_strategyId_version_idx" ON "strategy_versions"("strategyId", "version");
