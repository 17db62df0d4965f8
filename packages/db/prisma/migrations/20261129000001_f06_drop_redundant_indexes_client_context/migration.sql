-- Finding 6 (2 of 2): the same for client_context_versions (see the previous folder).
DROP INDEX CONCURRENTLY IF EXISTS "client_context_versions_clientContextId_version_idx";
