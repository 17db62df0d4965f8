-- Recreate the two plain indexes exactly as the baseline had them.
SET LOCAL lock_timeout = '5s';
CREATE INDEX "strategy_versions_strategyId_version_idx" ON "strategy_versions"("strategyId", "version");
CREATE INDEX "client_context_versions_clientContextId_version_idx" ON "client_context_versions"("clientContextId", "version");
