DROP INDEX CONCURRENTLY IF EXISTS "rag_ingest_jobs_tenantId_status_enum_idx";
