-- Recreate the plain index exactly as the baseline had it, without blocking writes.
CREATE INDEX CONCURRENTLY "client_context_versions_clientContextId_version_idx" ON "client_context_versions"("clientContextId", "version");
