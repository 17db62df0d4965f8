-- Drop the per-tenant unique without blocking writes (the next folder's down.sql restores the global one first).
DROP INDEX CONCURRENTLY IF EXISTS "web_media_tenantId_contentHash_key";
