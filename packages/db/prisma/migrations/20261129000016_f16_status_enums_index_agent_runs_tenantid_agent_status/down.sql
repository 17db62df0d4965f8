DROP INDEX CONCURRENTLY IF EXISTS "agent_runs_tenantId_agent_status_enum_idx";
