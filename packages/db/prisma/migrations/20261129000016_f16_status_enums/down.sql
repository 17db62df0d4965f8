-- Reverts 20261129000016_f16_status_enums: every status column back to TEXT with its old default, the quarantined originals
-- written back, the enum types dropped. Values that were only normalised (casing, spaces) keep their
-- normalised spelling: the migration kept no copy of those, and they mean the same.
-- Run after the down.sql of every later folder that uses these types (20261129000017_f07_subscription_log
-- uses "SubscriptionStatus").

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

ALTER TABLE "agent_runs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'queued';
ALTER TABLE "agent_run_steps"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "agent_tool_calls"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "plans"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'active';
ALTER TABLE "subscriptions"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'trialing';
ALTER TABLE "invoices"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "payments"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "refunds"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "activities"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "approval_requests"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "blog_posts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "content_ideas"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'new';
ALTER TABLE "websites"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "social_accounts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'connected';
ALTER TABLE "social_posts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "newsletter_issues"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "newsletter_subscribers"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'subscribed';
ALTER TABLE "newsletter_sends"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'queued';
ALTER TABLE "landing_pages"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "credit_purchases"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "leads"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'new';
ALTER TABLE "deals"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'open';
ALTER TABLE "help_articles"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "announcements"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "integrations"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'connected';
ALTER TABLE "integration_sync_runs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'running';
ALTER TABLE "webhook_endpoints"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'active';
ALTER TABLE "webhook_deliveries"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "reports"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'queued';
ALTER TABLE "support_tickets"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'open';
ALTER TABLE "campaigns"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "backlinks"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "outreach_targets"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'new';
ALTER TABLE "outreach_emails"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "rag_datasets"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'empty';
-- While finding 17 is between its expand and contract steps, rag_crawl_jobs is a view of this
-- table for the legacy application, and a column's type cannot change under a view: it is taken
-- down for the change and put back as it was.
CREATE TEMP TABLE "f16_legacy_view" ON COMMIT DROP AS
SELECT EXISTS (SELECT 1 FROM pg_views WHERE schemaname = 'public' AND viewname = 'rag_crawl_jobs') AS "present";
DROP VIEW IF EXISTS "rag_crawl_jobs";
ALTER TABLE "rag_ingest_jobs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'queued';
DO $$
BEGIN
  IF (SELECT "present" FROM "f16_legacy_view") THEN
    CREATE VIEW "rag_crawl_jobs" AS SELECT * FROM "rag_ingest_jobs";
  END IF;
END $$;
ALTER TABLE "rag_documents"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "keywords"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'tracked';
ALTER TABLE "site_audits"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'queued';
ALTER TABLE "client_contexts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "client_context_logs"
  ALTER COLUMN "fromStatus" TYPE TEXT USING "fromStatus"::text,
  ALTER COLUMN "toStatus" TYPE TEXT USING "toStatus"::text;
ALTER TABLE "strategies"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER TABLE "strategy_logs"
  ALTER COLUMN "fromStatus" TYPE TEXT USING "fromStatus"::text,
  ALTER COLUMN "toStatus" TYPE TEXT USING "toStatus"::text;
ALTER TABLE "deliverables"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'planned';
ALTER TABLE "deliverable_plan_logs"
  ALTER COLUMN "fromStatus" TYPE TEXT USING "fromStatus"::text,
  ALTER COLUMN "toStatus" TYPE TEXT USING "toStatus"::text;
ALTER TABLE "tenants"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'trial';
ALTER TABLE "users"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'active';
ALTER TABLE "tenant_members"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'active';
ALTER TABLE "invitations"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER TABLE "tenant_deletions"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'requested';
ALTER TABLE "web_crawl_jobs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE TEXT USING "status"::text,
  ALTER COLUMN "status" SET DEFAULT 'queued';

-- Quarantined originals go back to their rows; the quarantine keeps only what found no row.
CREATE TEMP TABLE "f16_restored" ("quarantineId" BIGINT PRIMARY KEY) ON COMMIT DROP;
WITH "back" AS (
  UPDATE "agent_runs" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'agent_runs' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "agent_run_steps" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'agent_run_steps' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "agent_tool_calls" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'agent_tool_calls' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "plans" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'plans' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "subscriptions" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'subscriptions' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "invoices" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'invoices' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "payments" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'payments' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "refunds" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'refunds' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "activities" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'activities' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "approval_requests" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'approval_requests' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "blog_posts" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'blog_posts' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "content_ideas" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'content_ideas' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "websites" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'websites' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "social_accounts" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'social_accounts' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "social_posts" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'social_posts' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "newsletter_issues" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'newsletter_issues' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "newsletter_subscribers" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'newsletter_subscribers' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "newsletter_sends" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'newsletter_sends' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "landing_pages" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'landing_pages' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "credit_purchases" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'credit_purchases' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "leads" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'leads' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "deals" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deals' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "help_articles" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'help_articles' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "announcements" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'announcements' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "integrations" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'integrations' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "integration_sync_runs" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'integration_sync_runs' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "webhook_endpoints" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'webhook_endpoints' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "webhook_deliveries" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'webhook_deliveries' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "reports" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'reports' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "support_tickets" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'support_tickets' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "campaigns" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'campaigns' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "backlinks" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'backlinks' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "outreach_targets" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'outreach_targets' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "outreach_emails" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'outreach_emails' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "rag_datasets" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'rag_datasets' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "rag_ingest_jobs" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'rag_ingest_jobs' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "rag_documents" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'rag_documents' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "keywords" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'keywords' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "site_audits" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'site_audits' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "client_contexts" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'client_contexts' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "client_context_logs" t SET "fromStatus" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'client_context_logs' AND q."columnName" = 'fromStatus' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "client_context_logs" t SET "toStatus" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'client_context_logs' AND q."columnName" = 'toStatus' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "strategies" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'strategies' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "strategy_logs" t SET "fromStatus" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'strategy_logs' AND q."columnName" = 'fromStatus' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "strategy_logs" t SET "toStatus" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'strategy_logs' AND q."columnName" = 'toStatus' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "deliverables" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deliverables' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "deliverable_plan_logs" t SET "fromStatus" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deliverable_plan_logs' AND q."columnName" = 'fromStatus' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "deliverable_plan_logs" t SET "toStatus" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deliverable_plan_logs' AND q."columnName" = 'toStatus' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "tenants" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'tenants' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "users" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'users' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "tenant_members" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'tenant_members' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "invitations" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'invitations' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "tenant_deletions" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'tenant_deletions' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";
WITH "back" AS (
  UPDATE "web_crawl_jobs" t SET "status" = q."value" #>> '{}'
  FROM "migration_quarantine" q
  WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'web_crawl_jobs' AND q."columnName" = 'status' AND q."rowId" = t."id"
  RETURNING q."id"
)
INSERT INTO "f16_restored" SELECT "id" FROM "back";

DO $$
DECLARE
  restored BIGINT;
  left_over BIGINT;
BEGIN
  SELECT count(*) INTO restored FROM "f16_restored";
  DELETE FROM "migration_quarantine" q USING "f16_restored" r WHERE q."id" = r."quarantineId";
  SELECT count(*) INTO left_over FROM "migration_quarantine" WHERE "migration" = '20261129000016_f16_status_enums';
  DELETE FROM "migration_ledger" WHERE "migration" = '20261129000016_f16_status_enums';
  RAISE NOTICE '20261129000016_f16_status_enums reverted: % quarantined value(s) restored, % left in migration_quarantine (their rows are gone)',
    restored, left_over;
END
$$;

DROP TYPE "WebCrawlJobStatus";
DROP TYPE "TenantDeletionStatus";
DROP TYPE "InvitationStatus";
DROP TYPE "TenantMemberStatus";
DROP TYPE "UserStatus";
DROP TYPE "TenantStatus";
DROP TYPE "DeliverableStatus";
DROP TYPE "StrategyStatus";
DROP TYPE "ClientContextStatus";
DROP TYPE "SiteAuditStatus";
DROP TYPE "KeywordStatus";
DROP TYPE "RagDocumentStatus";
DROP TYPE "RagIngestJobStatus";
DROP TYPE "RagDatasetStatus";
DROP TYPE "OutreachEmailStatus";
DROP TYPE "OutreachTargetStatus";
DROP TYPE "BacklinkStatus";
DROP TYPE "CampaignStatus";
DROP TYPE "SupportTicketStatus";
DROP TYPE "ReportStatus";
DROP TYPE "WebhookDeliveryStatus";
DROP TYPE "WebhookEndpointStatus";
DROP TYPE "IntegrationSyncRunStatus";
DROP TYPE "IntegrationStatus";
DROP TYPE "AnnouncementStatus";
DROP TYPE "HelpArticleStatus";
DROP TYPE "DealStatus";
DROP TYPE "LeadStatus";
DROP TYPE "CreditPurchaseStatus";
DROP TYPE "LandingPageStatus";
DROP TYPE "NewsletterSendStatus";
DROP TYPE "NewsletterSubscriberStatus";
DROP TYPE "NewsletterIssueStatus";
DROP TYPE "SocialPostStatus";
DROP TYPE "SocialAccountStatus";
DROP TYPE "WebsiteStatus";
DROP TYPE "ContentIdeaStatus";
DROP TYPE "BlogPostStatus";
DROP TYPE "ApprovalRequestStatus";
DROP TYPE "ActivityStatus";
DROP TYPE "RefundStatus";
DROP TYPE "PaymentStatus";
DROP TYPE "InvoiceStatus";
DROP TYPE "SubscriptionStatus";
DROP TYPE "PlanStatus";
DROP TYPE "AgentToolCallStatus";
DROP TYPE "AgentRunStepStatus";
DROP TYPE "AgentRunStatus";
