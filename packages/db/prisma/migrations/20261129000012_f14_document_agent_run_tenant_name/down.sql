SET LOCAL lock_timeout = '5s';
COMMENT ON COLUMN "agent_runs"."tenantName" IS NULL;
