-- Finding 14: agent_runs."tenantName" copies tenants.name, and nothing said whether that copy is
-- meant to follow renames. It is not: it records the name the tenant had when the run started
-- (run listings and billing disputes must show what the customer saw then). The schema's doc
-- comment now says so; this puts the same words on the column, where SQL users will find them.
-- A comment is catalog metadata only: no row is read or written.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10s';

COMMENT ON COLUMN "agent_runs"."tenantName" IS 'Snapshot of the tenant''s name when the run started; deliberately not kept in step with later renames of the tenant.';
