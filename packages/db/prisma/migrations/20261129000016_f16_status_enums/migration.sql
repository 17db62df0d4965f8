-- Finding 16: every status column becomes a PostgreSQL enum type.
-- Generated from the enums of prisma/schema/*.prisma (54 columns in 51 tables, 48 enum types).
-- Phase 1, per column (writers kept out of the table from here to the commit, readers carry on):
--   a. values that lower(btrim()) cannot map to a member are copied into migration_quarantine (with the
--      owning tenant, so tenant erasure also erases them), then set to what the operator's mapping
--      (migration_value_mapping) says they mean: a member, or NULL where the column is optional. A value
--      the mapping does not cover stops the folder before anything is written; none gets the default;
--   b. odd casing and stray spaces are normalised with lower(btrim()).
-- Phase 2, per table: the columns are converted with a strict cast, so a value that slipped past
--   phase 1 stops the migration instead of being changed silently. Each conversion rewrites its table
--   under ACCESS EXCLUSIVE, held to the commit: see the README for how long that took.
-- Accounting: per column a ledger row for what was quarantined, reset and normalised; then one total
-- per anomaly kind ('status_odd_case', 'status_invalid') and NOTICE lines with the same counts.

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

-- Counts per column, turned into ledger rows and notices at the end.
CREATE TEMP TABLE "f16_counts" (
  "tableName"   TEXT NOT NULL,
  "columnName"  TEXT NOT NULL,
  "quarantined" BIGINT NOT NULL,
  "mapped"      BIGINT NOT NULL,
  "nulled"      BIGINT NOT NULL,
  "normalised"  BIGINT NOT NULL
) ON COMMIT DROP;

-- The enum types, members in lifecycle order (as in the schema).
CREATE TYPE "AgentRunStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out');
CREATE TYPE "AgentRunStepStatus" AS ENUM ('pending', 'running', 'succeeded', 'failed', 'skipped');
CREATE TYPE "AgentToolCallStatus" AS ENUM ('pending', 'succeeded', 'failed');
CREATE TYPE "PlanStatus" AS ENUM ('active', 'legacy', 'retired');
CREATE TYPE "SubscriptionStatus" AS ENUM ('trialing', 'active', 'past_due', 'cancelled', 'expired');
CREATE TYPE "InvoiceStatus" AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'succeeded', 'failed', 'refunded');
CREATE TYPE "RefundStatus" AS ENUM ('pending', 'succeeded', 'failed');
CREATE TYPE "ActivityStatus" AS ENUM ('draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled');
CREATE TYPE "ApprovalRequestStatus" AS ENUM ('pending', 'approved', 'changes_requested', 'rejected', 'withdrawn');
CREATE TYPE "BlogPostStatus" AS ENUM ('draft', 'in_review', 'scheduled', 'published', 'archived');
CREATE TYPE "ContentIdeaStatus" AS ENUM ('new', 'accepted', 'used', 'rejected');
CREATE TYPE "WebsiteStatus" AS ENUM ('pending', 'verifying', 'active', 'disconnected');
CREATE TYPE "SocialAccountStatus" AS ENUM ('connected', 'expired', 'disconnected');
CREATE TYPE "SocialPostStatus" AS ENUM ('draft', 'scheduled', 'publishing', 'published', 'failed');
CREATE TYPE "NewsletterIssueStatus" AS ENUM ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled');
CREATE TYPE "NewsletterSubscriberStatus" AS ENUM ('pending', 'subscribed', 'unsubscribed', 'bounced', 'complained');
CREATE TYPE "NewsletterSendStatus" AS ENUM ('queued', 'sent', 'delivered', 'opened', 'bounced', 'failed');
CREATE TYPE "LandingPageStatus" AS ENUM ('draft', 'published', 'unpublished');
CREATE TYPE "CreditPurchaseStatus" AS ENUM ('pending', 'completed', 'failed', 'refunded');
CREATE TYPE "LeadStatus" AS ENUM ('new', 'contacted', 'qualified', 'converted', 'lost', 'spam');
CREATE TYPE "DealStatus" AS ENUM ('open', 'won', 'lost', 'abandoned');
CREATE TYPE "HelpArticleStatus" AS ENUM ('draft', 'published', 'archived');
CREATE TYPE "AnnouncementStatus" AS ENUM ('draft', 'live', 'expired');
CREATE TYPE "IntegrationStatus" AS ENUM ('connected', 'error', 'disconnected');
CREATE TYPE "IntegrationSyncRunStatus" AS ENUM ('running', 'succeeded', 'failed');
CREATE TYPE "WebhookEndpointStatus" AS ENUM ('active', 'failing', 'disabled');
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('pending', 'delivered', 'failed', 'retrying');
CREATE TYPE "ReportStatus" AS ENUM ('queued', 'generating', 'ready', 'failed');
CREATE TYPE "SupportTicketStatus" AS ENUM ('open', 'pending', 'resolved', 'closed');
CREATE TYPE "CampaignStatus" AS ENUM ('draft', 'active', 'paused', 'completed', 'cancelled');
CREATE TYPE "BacklinkStatus" AS ENUM ('pending', 'live', 'lost', 'rejected');
CREATE TYPE "OutreachTargetStatus" AS ENUM ('new', 'contacted', 'replied', 'won', 'lost', 'skipped');
CREATE TYPE "OutreachEmailStatus" AS ENUM ('draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed');
CREATE TYPE "RagDatasetStatus" AS ENUM ('empty', 'indexing', 'ready', 'failed');
CREATE TYPE "RagIngestJobStatus" AS ENUM ('queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled');
CREATE TYPE "RagDocumentStatus" AS ENUM ('pending', 'chunked', 'embedded', 'failed', 'removed');
CREATE TYPE "KeywordStatus" AS ENUM ('suggested', 'tracked', 'paused', 'archived');
CREATE TYPE "SiteAuditStatus" AS ENUM ('queued', 'running', 'completed', 'failed');
CREATE TYPE "ClientContextStatus" AS ENUM ('draft', 'generating', 'ready', 'stale', 'failed');
CREATE TYPE "StrategyStatus" AS ENUM ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed');
CREATE TYPE "DeliverableStatus" AS ENUM ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled');
CREATE TYPE "TenantStatus" AS ENUM ('trial', 'active', 'past_due', 'suspended', 'closed');
CREATE TYPE "UserStatus" AS ENUM ('invited', 'active', 'disabled');
CREATE TYPE "TenantMemberStatus" AS ENUM ('active', 'suspended', 'removed');
CREATE TYPE "InvitationStatus" AS ENUM ('pending', 'accepted', 'expired', 'revoked');
CREATE TYPE "TenantDeletionStatus" AS ENUM ('requested', 'scheduled', 'purging', 'completed', 'cancelled');
CREATE TYPE "WebCrawlJobStatus" AS ENUM ('queued', 'running', 'completed', 'failed', 'cancelled');

-- ===== Before anything changes: every value that folds to no member must be settled by the operator's
-- mapping (migration_value_mapping, loaded from the mapping file). Otherwise the folder stops here,
-- naming each table, column, value and row count; nothing has been written yet.
SELECT "migration_stop_on_unmapped"('20261129000016_f16_status_enums', unmapped)
  FROM (SELECT coalesce(jsonb_agg(e), '[]'::jsonb) AS unmapped
          FROM unnest(ARRAY[
    "migration_unmapped_values"('agent_runs', 'status', ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'], false),
    "migration_unmapped_values"('agent_run_steps', 'status', ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped'], false),
    "migration_unmapped_values"('agent_tool_calls', 'status', ARRAY['pending', 'succeeded', 'failed'], false),
    "migration_unmapped_values"('plans', 'status', ARRAY['active', 'legacy', 'retired'], false),
    "migration_unmapped_values"('subscriptions', 'status', ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired'], false),
    "migration_unmapped_values"('invoices', 'status', ARRAY['draft', 'open', 'paid', 'void', 'uncollectible'], false),
    "migration_unmapped_values"('payments', 'status', ARRAY['pending', 'succeeded', 'failed', 'refunded'], false),
    "migration_unmapped_values"('refunds', 'status', ARRAY['pending', 'succeeded', 'failed'], false),
    "migration_unmapped_values"('activities', 'status', ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled'], false),
    "migration_unmapped_values"('approval_requests', 'status', ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn'], false),
    "migration_unmapped_values"('blog_posts', 'status', ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived'], false),
    "migration_unmapped_values"('content_ideas', 'status', ARRAY['new', 'accepted', 'used', 'rejected'], false),
    "migration_unmapped_values"('websites', 'status', ARRAY['pending', 'verifying', 'active', 'disconnected'], false),
    "migration_unmapped_values"('social_accounts', 'status', ARRAY['connected', 'expired', 'disconnected'], false),
    "migration_unmapped_values"('social_posts', 'status', ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed'], false),
    "migration_unmapped_values"('newsletter_issues', 'status', ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled'], false),
    "migration_unmapped_values"('newsletter_subscribers', 'status', ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained'], false),
    "migration_unmapped_values"('newsletter_sends', 'status', ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed'], false),
    "migration_unmapped_values"('landing_pages', 'status', ARRAY['draft', 'published', 'unpublished'], false),
    "migration_unmapped_values"('credit_purchases', 'status', ARRAY['pending', 'completed', 'failed', 'refunded'], false),
    "migration_unmapped_values"('leads', 'status', ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam'], false),
    "migration_unmapped_values"('deals', 'status', ARRAY['open', 'won', 'lost', 'abandoned'], false),
    "migration_unmapped_values"('help_articles', 'status', ARRAY['draft', 'published', 'archived'], false),
    "migration_unmapped_values"('announcements', 'status', ARRAY['draft', 'live', 'expired'], false),
    "migration_unmapped_values"('integrations', 'status', ARRAY['connected', 'error', 'disconnected'], false),
    "migration_unmapped_values"('integration_sync_runs', 'status', ARRAY['running', 'succeeded', 'failed'], false),
    "migration_unmapped_values"('webhook_endpoints', 'status', ARRAY['active', 'failing', 'disabled'], false),
    "migration_unmapped_values"('webhook_deliveries', 'status', ARRAY['pending', 'delivered', 'failed', 'retrying'], false),
    "migration_unmapped_values"('reports', 'status', ARRAY['queued', 'generating', 'ready', 'failed'], false),
    "migration_unmapped_values"('support_tickets', 'status', ARRAY['open', 'pending', 'resolved', 'closed'], false),
    "migration_unmapped_values"('campaigns', 'status', ARRAY['draft', 'active', 'paused', 'completed', 'cancelled'], false),
    "migration_unmapped_values"('backlinks', 'status', ARRAY['pending', 'live', 'lost', 'rejected'], false),
    "migration_unmapped_values"('outreach_targets', 'status', ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped'], false),
    "migration_unmapped_values"('outreach_emails', 'status', ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed'], false),
    "migration_unmapped_values"('rag_datasets', 'status', ARRAY['empty', 'indexing', 'ready', 'failed'], false),
    "migration_unmapped_values"('rag_ingest_jobs', 'status', ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled'], false),
    "migration_unmapped_values"('rag_documents', 'status', ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed'], false),
    "migration_unmapped_values"('keywords', 'status', ARRAY['suggested', 'tracked', 'paused', 'archived'], false),
    "migration_unmapped_values"('site_audits', 'status', ARRAY['queued', 'running', 'completed', 'failed'], false),
    "migration_unmapped_values"('client_contexts', 'status', ARRAY['draft', 'generating', 'ready', 'stale', 'failed'], false),
    "migration_unmapped_values"('client_context_logs', 'fromStatus', ARRAY['draft', 'generating', 'ready', 'stale', 'failed'], true),
    "migration_unmapped_values"('client_context_logs', 'toStatus', ARRAY['draft', 'generating', 'ready', 'stale', 'failed'], true),
    "migration_unmapped_values"('strategies', 'status', ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'], false),
    "migration_unmapped_values"('strategy_logs', 'fromStatus', ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'], true),
    "migration_unmapped_values"('strategy_logs', 'toStatus', ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'], true),
    "migration_unmapped_values"('deliverables', 'status', ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'], false),
    "migration_unmapped_values"('deliverable_plan_logs', 'fromStatus', ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'], true),
    "migration_unmapped_values"('deliverable_plan_logs', 'toStatus', ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'], true),
    "migration_unmapped_values"('tenants', 'status', ARRAY['trial', 'active', 'past_due', 'suspended', 'closed'], false),
    "migration_unmapped_values"('users', 'status', ARRAY['invited', 'active', 'disabled'], false),
    "migration_unmapped_values"('tenant_members', 'status', ARRAY['active', 'suspended', 'removed'], false),
    "migration_unmapped_values"('invitations', 'status', ARRAY['pending', 'accepted', 'expired', 'revoked'], false),
    "migration_unmapped_values"('tenant_deletions', 'status', ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled'], false),
    "migration_unmapped_values"('web_crawl_jobs', 'status', ARRAY['queued', 'running', 'completed', 'failed', 'cancelled'], false)
          ]) AS per_column(found)
          CROSS JOIN LATERAL jsonb_array_elements(per_column.found) AS e) everything;

-- ===== Phase 1: clean-up, table by table. SHARE ROW EXCLUSIVE keeps writers out (readers carry on) until
-- the commit, so nothing new can need cleaning before the conversion.
-- agent_runs: status -> "AgentRunStatus"
LOCK TABLE "agent_runs" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('agent_runs', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "agent_runs" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'agent_runs', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "AgentRunStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "agent_runs" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "agent_runs" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'agent_runs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- agent_run_steps: status -> "AgentRunStepStatus"
LOCK TABLE "agent_run_steps" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT p1."tenantId" FROM "agent_runs" p1 WHERE p1."id" = t."runId") AS "tenantId",
         "migration_mapped_value"('agent_run_steps', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "agent_run_steps" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'running', 'succeeded', 'failed', 'skipped')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'agent_run_steps', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "AgentRunStepStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "agent_run_steps" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "agent_run_steps" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'running', 'succeeded', 'failed', 'skipped')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'agent_run_steps', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- agent_tool_calls: status -> "AgentToolCallStatus"
LOCK TABLE "agent_tool_calls" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT (SELECT p2."tenantId" FROM "agent_runs" p2 WHERE p2."id" = p1."runId") FROM "agent_run_steps" p1 WHERE p1."id" = t."stepId") AS "tenantId",
         "migration_mapped_value"('agent_tool_calls', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "agent_tool_calls" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'succeeded', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'agent_tool_calls', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "AgentToolCallStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "agent_tool_calls" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "agent_tool_calls" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'agent_tool_calls', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- plans: status -> "PlanStatus"
LOCK TABLE "plans" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", NULL AS "tenantId",
         "migration_mapped_value"('plans', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "plans" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('active', 'legacy', 'retired')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'plans', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "PlanStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "plans" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "plans" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('active', 'legacy', 'retired')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'plans', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- subscriptions: status -> "SubscriptionStatus"
LOCK TABLE "subscriptions" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('subscriptions', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "subscriptions" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('trialing', 'active', 'past_due', 'cancelled', 'expired')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'subscriptions', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "SubscriptionStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "subscriptions" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "subscriptions" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('trialing', 'active', 'past_due', 'cancelled', 'expired')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'subscriptions', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- invoices: status -> "InvoiceStatus"
LOCK TABLE "invoices" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('invoices', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "invoices" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'open', 'paid', 'void', 'uncollectible')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'invoices', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "InvoiceStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "invoices" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "invoices" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'open', 'paid', 'void', 'uncollectible')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'invoices', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- payments: status -> "PaymentStatus"
LOCK TABLE "payments" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('payments', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "payments" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'succeeded', 'failed', 'refunded')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'payments', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "PaymentStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "payments" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "payments" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed', 'refunded')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'payments', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- refunds: status -> "RefundStatus"
LOCK TABLE "refunds" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT p1."tenantId" FROM "payments" p1 WHERE p1."id" = t."paymentId") AS "tenantId",
         "migration_mapped_value"('refunds', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "refunds" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'succeeded', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'refunds', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "RefundStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "refunds" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "refunds" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'refunds', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- activities: status -> "ActivityStatus"
LOCK TABLE "activities" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('activities', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "activities" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'activities', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "ActivityStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "activities" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "activities" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'activities', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- approval_requests: status -> "ApprovalRequestStatus"
LOCK TABLE "approval_requests" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('approval_requests', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "approval_requests" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'approved', 'changes_requested', 'rejected', 'withdrawn')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'approval_requests', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "ApprovalRequestStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "approval_requests" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "approval_requests" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'approved', 'changes_requested', 'rejected', 'withdrawn')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'approval_requests', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- blog_posts: status -> "BlogPostStatus"
LOCK TABLE "blog_posts" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('blog_posts', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "blog_posts" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'in_review', 'scheduled', 'published', 'archived')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'blog_posts', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "BlogPostStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "blog_posts" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "blog_posts" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'in_review', 'scheduled', 'published', 'archived')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'blog_posts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- content_ideas: status -> "ContentIdeaStatus"
LOCK TABLE "content_ideas" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('content_ideas', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "content_ideas" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('new', 'accepted', 'used', 'rejected')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'content_ideas', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "ContentIdeaStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "content_ideas" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "content_ideas" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('new', 'accepted', 'used', 'rejected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'content_ideas', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- websites: status -> "WebsiteStatus"
LOCK TABLE "websites" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('websites', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "websites" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'verifying', 'active', 'disconnected')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'websites', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "WebsiteStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "websites" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "websites" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'verifying', 'active', 'disconnected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'websites', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- social_accounts: status -> "SocialAccountStatus"
LOCK TABLE "social_accounts" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('social_accounts', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "social_accounts" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('connected', 'expired', 'disconnected')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'social_accounts', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "SocialAccountStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "social_accounts" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "social_accounts" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('connected', 'expired', 'disconnected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'social_accounts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- social_posts: status -> "SocialPostStatus"
LOCK TABLE "social_posts" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('social_posts', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "social_posts" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'scheduled', 'publishing', 'published', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'social_posts', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "SocialPostStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "social_posts" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "social_posts" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'scheduled', 'publishing', 'published', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'social_posts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- newsletter_issues: status -> "NewsletterIssueStatus"
LOCK TABLE "newsletter_issues" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT p1."tenantId" FROM "newsletters" p1 WHERE p1."id" = t."newsletterId") AS "tenantId",
         "migration_mapped_value"('newsletter_issues', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "newsletter_issues" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'newsletter_issues', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "NewsletterIssueStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "newsletter_issues" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "newsletter_issues" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'newsletter_issues', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- newsletter_subscribers: status -> "NewsletterSubscriberStatus"
LOCK TABLE "newsletter_subscribers" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT p1."tenantId" FROM "newsletters" p1 WHERE p1."id" = t."newsletterId") AS "tenantId",
         "migration_mapped_value"('newsletter_subscribers', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "newsletter_subscribers" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'subscribed', 'unsubscribed', 'bounced', 'complained')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'newsletter_subscribers', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "NewsletterSubscriberStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "newsletter_subscribers" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "newsletter_subscribers" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'subscribed', 'unsubscribed', 'bounced', 'complained')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'newsletter_subscribers', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- newsletter_sends: status -> "NewsletterSendStatus"
LOCK TABLE "newsletter_sends" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT (SELECT p2."tenantId" FROM "newsletters" p2 WHERE p2."id" = p1."newsletterId") FROM "newsletter_issues" p1 WHERE p1."id" = t."issueId") AS "tenantId",
         "migration_mapped_value"('newsletter_sends', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "newsletter_sends" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('queued', 'sent', 'delivered', 'opened', 'bounced', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'newsletter_sends', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "NewsletterSendStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "newsletter_sends" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "newsletter_sends" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'sent', 'delivered', 'opened', 'bounced', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'newsletter_sends', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- landing_pages: status -> "LandingPageStatus"
LOCK TABLE "landing_pages" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('landing_pages', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "landing_pages" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'published', 'unpublished')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'landing_pages', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "LandingPageStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "landing_pages" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "landing_pages" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'published', 'unpublished')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'landing_pages', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- credit_purchases: status -> "CreditPurchaseStatus"
LOCK TABLE "credit_purchases" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('credit_purchases', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "credit_purchases" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'completed', 'failed', 'refunded')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'credit_purchases', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "CreditPurchaseStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "credit_purchases" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "credit_purchases" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'completed', 'failed', 'refunded')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'credit_purchases', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- leads: status -> "LeadStatus"
LOCK TABLE "leads" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('leads', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "leads" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('new', 'contacted', 'qualified', 'converted', 'lost', 'spam')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'leads', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "LeadStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "leads" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "leads" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('new', 'contacted', 'qualified', 'converted', 'lost', 'spam')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'leads', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- deals: status -> "DealStatus"
LOCK TABLE "deals" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('deals', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "deals" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('open', 'won', 'lost', 'abandoned')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'deals', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "DealStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "deals" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "deals" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('open', 'won', 'lost', 'abandoned')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deals', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- help_articles: status -> "HelpArticleStatus"
LOCK TABLE "help_articles" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", NULL AS "tenantId",
         "migration_mapped_value"('help_articles', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "help_articles" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'published', 'archived')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'help_articles', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "HelpArticleStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "help_articles" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "help_articles" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'published', 'archived')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'help_articles', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- announcements: status -> "AnnouncementStatus"
LOCK TABLE "announcements" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", NULL AS "tenantId",
         "migration_mapped_value"('announcements', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "announcements" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'live', 'expired')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'announcements', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "AnnouncementStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "announcements" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "announcements" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'live', 'expired')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'announcements', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- integrations: status -> "IntegrationStatus"
LOCK TABLE "integrations" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('integrations', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "integrations" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('connected', 'error', 'disconnected')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'integrations', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "IntegrationStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "integrations" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "integrations" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('connected', 'error', 'disconnected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'integrations', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- integration_sync_runs: status -> "IntegrationSyncRunStatus"
LOCK TABLE "integration_sync_runs" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT p1."tenantId" FROM "integrations" p1 WHERE p1."id" = t."integrationId") AS "tenantId",
         "migration_mapped_value"('integration_sync_runs', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "integration_sync_runs" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('running', 'succeeded', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'integration_sync_runs', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "IntegrationSyncRunStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "integration_sync_runs" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "integration_sync_runs" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('running', 'succeeded', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'integration_sync_runs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- webhook_endpoints: status -> "WebhookEndpointStatus"
LOCK TABLE "webhook_endpoints" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('webhook_endpoints', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "webhook_endpoints" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('active', 'failing', 'disabled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'webhook_endpoints', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "WebhookEndpointStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "webhook_endpoints" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "webhook_endpoints" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('active', 'failing', 'disabled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'webhook_endpoints', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- webhook_deliveries: status -> "WebhookDeliveryStatus"
LOCK TABLE "webhook_deliveries" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT p1."tenantId" FROM "webhook_endpoints" p1 WHERE p1."id" = t."endpointId") AS "tenantId",
         "migration_mapped_value"('webhook_deliveries', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "webhook_deliveries" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'delivered', 'failed', 'retrying')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'webhook_deliveries', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "WebhookDeliveryStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "webhook_deliveries" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "webhook_deliveries" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'delivered', 'failed', 'retrying')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'webhook_deliveries', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- reports: status -> "ReportStatus"
LOCK TABLE "reports" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('reports', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "reports" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('queued', 'generating', 'ready', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'reports', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "ReportStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "reports" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "reports" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'generating', 'ready', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'reports', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- support_tickets: status -> "SupportTicketStatus"
LOCK TABLE "support_tickets" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('support_tickets', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "support_tickets" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('open', 'pending', 'resolved', 'closed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'support_tickets', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "SupportTicketStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "support_tickets" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "support_tickets" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('open', 'pending', 'resolved', 'closed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'support_tickets', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- campaigns: status -> "CampaignStatus"
LOCK TABLE "campaigns" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('campaigns', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "campaigns" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'active', 'paused', 'completed', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'campaigns', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "CampaignStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "campaigns" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "campaigns" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'active', 'paused', 'completed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'campaigns', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- backlinks: status -> "BacklinkStatus"
LOCK TABLE "backlinks" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('backlinks', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "backlinks" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'live', 'lost', 'rejected')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'backlinks', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "BacklinkStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "backlinks" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "backlinks" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'live', 'lost', 'rejected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'backlinks', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- outreach_targets: status -> "OutreachTargetStatus"
LOCK TABLE "outreach_targets" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('outreach_targets', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "outreach_targets" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('new', 'contacted', 'replied', 'won', 'lost', 'skipped')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'outreach_targets', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "OutreachTargetStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "outreach_targets" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "outreach_targets" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('new', 'contacted', 'replied', 'won', 'lost', 'skipped')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'outreach_targets', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- outreach_emails: status -> "OutreachEmailStatus"
LOCK TABLE "outreach_emails" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('outreach_emails', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "outreach_emails" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'outreach_emails', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "OutreachEmailStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "outreach_emails" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "outreach_emails" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'outreach_emails', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- rag_datasets: status -> "RagDatasetStatus"
LOCK TABLE "rag_datasets" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('rag_datasets', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "rag_datasets" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('empty', 'indexing', 'ready', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'rag_datasets', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "RagDatasetStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "rag_datasets" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "rag_datasets" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('empty', 'indexing', 'ready', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'rag_datasets', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- rag_ingest_jobs: status -> "RagIngestJobStatus"
LOCK TABLE "rag_ingest_jobs" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('rag_ingest_jobs', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "rag_ingest_jobs" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'rag_ingest_jobs', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "RagIngestJobStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "rag_ingest_jobs" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "rag_ingest_jobs" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'rag_ingest_jobs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- rag_documents: status -> "RagDocumentStatus"
LOCK TABLE "rag_documents" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", (SELECT p1."tenantId" FROM "rag_datasets" p1 WHERE p1."id" = t."datasetId") AS "tenantId",
         "migration_mapped_value"('rag_documents', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "rag_documents" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'chunked', 'embedded', 'failed', 'removed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'rag_documents', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "RagDocumentStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "rag_documents" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "rag_documents" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'chunked', 'embedded', 'failed', 'removed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'rag_documents', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- keywords: status -> "KeywordStatus"
LOCK TABLE "keywords" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('keywords', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "keywords" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('suggested', 'tracked', 'paused', 'archived')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'keywords', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "KeywordStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "keywords" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "keywords" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('suggested', 'tracked', 'paused', 'archived')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'keywords', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- site_audits: status -> "SiteAuditStatus"
LOCK TABLE "site_audits" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('site_audits', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "site_audits" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('queued', 'running', 'completed', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'site_audits', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "SiteAuditStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "site_audits" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "site_audits" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'running', 'completed', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'site_audits', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- client_contexts: status -> "ClientContextStatus"
LOCK TABLE "client_contexts" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('client_contexts', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "client_contexts" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'generating', 'ready', 'stale', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'client_contexts', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "ClientContextStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "client_contexts" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "client_contexts" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'generating', 'ready', 'stale', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'client_contexts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- client_context_logs: fromStatus -> "ClientContextStatus", toStatus -> "ClientContextStatus"
LOCK TABLE "client_context_logs" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."fromStatus" AS "value", (SELECT p1."tenantId" FROM "client_contexts" p1 WHERE p1."id" = t."clientContextId") AS "tenantId",
         "migration_mapped_value"('client_context_logs', 'fromStatus', lower(btrim(t."fromStatus"))) AS "mappedTo"
  FROM "client_context_logs" t
  WHERE t."fromStatus" IS NOT NULL AND lower(btrim(t."fromStatus")) NOT IN ('draft', 'generating', 'ready', 'stale', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'client_context_logs', b."id", 'fromStatus', to_jsonb(b."value"), 'status value is no member of enum "ClientContextStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "client_context_logs" t SET "fromStatus" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "client_context_logs" t SET "fromStatus" = lower(btrim(t."fromStatus"))
  WHERE t."fromStatus" <> lower(btrim(t."fromStatus")) AND lower(btrim(t."fromStatus")) IN ('draft', 'generating', 'ready', 'stale', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'client_context_logs', 'fromStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");
WITH "bad" AS (
  SELECT t."id", t."toStatus" AS "value", (SELECT p1."tenantId" FROM "client_contexts" p1 WHERE p1."id" = t."clientContextId") AS "tenantId",
         "migration_mapped_value"('client_context_logs', 'toStatus', lower(btrim(t."toStatus"))) AS "mappedTo"
  FROM "client_context_logs" t
  WHERE t."toStatus" IS NOT NULL AND lower(btrim(t."toStatus")) NOT IN ('draft', 'generating', 'ready', 'stale', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'client_context_logs', b."id", 'toStatus', to_jsonb(b."value"), 'status value is no member of enum "ClientContextStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "client_context_logs" t SET "toStatus" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "client_context_logs" t SET "toStatus" = lower(btrim(t."toStatus"))
  WHERE t."toStatus" <> lower(btrim(t."toStatus")) AND lower(btrim(t."toStatus")) IN ('draft', 'generating', 'ready', 'stale', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'client_context_logs', 'toStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- strategies: status -> "StrategyStatus"
LOCK TABLE "strategies" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('strategies', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "strategies" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'strategies', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "StrategyStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "strategies" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "strategies" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'strategies', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- strategy_logs: fromStatus -> "StrategyStatus", toStatus -> "StrategyStatus"
LOCK TABLE "strategy_logs" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."fromStatus" AS "value", (SELECT p1."tenantId" FROM "strategies" p1 WHERE p1."id" = t."strategyId") AS "tenantId",
         "migration_mapped_value"('strategy_logs', 'fromStatus', lower(btrim(t."fromStatus"))) AS "mappedTo"
  FROM "strategy_logs" t
  WHERE t."fromStatus" IS NOT NULL AND lower(btrim(t."fromStatus")) NOT IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'strategy_logs', b."id", 'fromStatus', to_jsonb(b."value"), 'status value is no member of enum "StrategyStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "strategy_logs" t SET "fromStatus" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "strategy_logs" t SET "fromStatus" = lower(btrim(t."fromStatus"))
  WHERE t."fromStatus" <> lower(btrim(t."fromStatus")) AND lower(btrim(t."fromStatus")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'strategy_logs', 'fromStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");
WITH "bad" AS (
  SELECT t."id", t."toStatus" AS "value", (SELECT p1."tenantId" FROM "strategies" p1 WHERE p1."id" = t."strategyId") AS "tenantId",
         "migration_mapped_value"('strategy_logs', 'toStatus', lower(btrim(t."toStatus"))) AS "mappedTo"
  FROM "strategy_logs" t
  WHERE t."toStatus" IS NOT NULL AND lower(btrim(t."toStatus")) NOT IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'strategy_logs', b."id", 'toStatus', to_jsonb(b."value"), 'status value is no member of enum "StrategyStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "strategy_logs" t SET "toStatus" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "strategy_logs" t SET "toStatus" = lower(btrim(t."toStatus"))
  WHERE t."toStatus" <> lower(btrim(t."toStatus")) AND lower(btrim(t."toStatus")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'strategy_logs', 'toStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- deliverables: status -> "DeliverableStatus"
LOCK TABLE "deliverables" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('deliverables', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "deliverables" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'deliverables', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "DeliverableStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "deliverables" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "deliverables" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deliverables', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- deliverable_plan_logs: fromStatus -> "DeliverableStatus", toStatus -> "DeliverableStatus"
LOCK TABLE "deliverable_plan_logs" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."fromStatus" AS "value", (SELECT p1."tenantId" FROM "deliverables" p1 WHERE p1."id" = t."deliverableId") AS "tenantId",
         "migration_mapped_value"('deliverable_plan_logs', 'fromStatus', lower(btrim(t."fromStatus"))) AS "mappedTo"
  FROM "deliverable_plan_logs" t
  WHERE t."fromStatus" IS NOT NULL AND lower(btrim(t."fromStatus")) NOT IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'deliverable_plan_logs', b."id", 'fromStatus', to_jsonb(b."value"), 'status value is no member of enum "DeliverableStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "deliverable_plan_logs" t SET "fromStatus" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "deliverable_plan_logs" t SET "fromStatus" = lower(btrim(t."fromStatus"))
  WHERE t."fromStatus" <> lower(btrim(t."fromStatus")) AND lower(btrim(t."fromStatus")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deliverable_plan_logs', 'fromStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");
WITH "bad" AS (
  SELECT t."id", t."toStatus" AS "value", (SELECT p1."tenantId" FROM "deliverables" p1 WHERE p1."id" = t."deliverableId") AS "tenantId",
         "migration_mapped_value"('deliverable_plan_logs', 'toStatus', lower(btrim(t."toStatus"))) AS "mappedTo"
  FROM "deliverable_plan_logs" t
  WHERE t."toStatus" IS NOT NULL AND lower(btrim(t."toStatus")) NOT IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'deliverable_plan_logs', b."id", 'toStatus', to_jsonb(b."value"), 'status value is no member of enum "DeliverableStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "deliverable_plan_logs" t SET "toStatus" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "deliverable_plan_logs" t SET "toStatus" = lower(btrim(t."toStatus"))
  WHERE t."toStatus" <> lower(btrim(t."toStatus")) AND lower(btrim(t."toStatus")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deliverable_plan_logs', 'toStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- tenants: status -> "TenantStatus"
LOCK TABLE "tenants" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."id" AS "tenantId",
         "migration_mapped_value"('tenants', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "tenants" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('trial', 'active', 'past_due', 'suspended', 'closed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'tenants', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "TenantStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "tenants" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "tenants" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('trial', 'active', 'past_due', 'suspended', 'closed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'tenants', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- users: status -> "UserStatus"
LOCK TABLE "users" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", NULL AS "tenantId",
         "migration_mapped_value"('users', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "users" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('invited', 'active', 'disabled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'users', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "UserStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "users" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "users" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('invited', 'active', 'disabled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'users', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- tenant_members: status -> "TenantMemberStatus"
LOCK TABLE "tenant_members" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('tenant_members', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "tenant_members" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('active', 'suspended', 'removed')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'tenant_members', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "TenantMemberStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "tenant_members" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "tenant_members" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('active', 'suspended', 'removed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'tenant_members', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- invitations: status -> "InvitationStatus"
LOCK TABLE "invitations" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('invitations', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "invitations" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('pending', 'accepted', 'expired', 'revoked')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'invitations', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "InvitationStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "invitations" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "invitations" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'accepted', 'expired', 'revoked')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'invitations', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- tenant_deletions: status -> "TenantDeletionStatus"
LOCK TABLE "tenant_deletions" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", NULL AS "tenantId",
         "migration_mapped_value"('tenant_deletions', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "tenant_deletions" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('requested', 'scheduled', 'purging', 'completed', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'tenant_deletions', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "TenantDeletionStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "tenant_deletions" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "tenant_deletions" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('requested', 'scheduled', 'purging', 'completed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'tenant_deletions', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- web_crawl_jobs: status -> "WebCrawlJobStatus"
LOCK TABLE "web_crawl_jobs" IN SHARE ROW EXCLUSIVE MODE;
WITH "bad" AS (
  SELECT t."id", t."status" AS "value", t."tenantId" AS "tenantId",
         "migration_mapped_value"('web_crawl_jobs', 'status', lower(btrim(t."status"))) AS "mappedTo"
  FROM "web_crawl_jobs" t
  WHERE t."status" IS NOT NULL AND lower(btrim(t."status")) NOT IN ('queued', 'running', 'completed', 'failed', 'cancelled')
), "kept" AS (
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT '20261129000016_f16_status_enums', 'web_crawl_jobs', b."id", 'status', to_jsonb(b."value"), 'status value is no member of enum "WebCrawlJobStatus"; set to ' || coalesce(quote_literal(b."mappedTo"), 'NULL') || ' as migration_value_mapping says', b."tenantId"
  FROM "bad" b
  RETURNING 1
), "mapped" AS (
  UPDATE "web_crawl_jobs" t SET "status" = b."mappedTo"
  FROM "bad" b WHERE t."id" = b."id"
  RETURNING b."mappedTo" IS NULL AS "toNull"
), "normalised" AS (
  UPDATE "web_crawl_jobs" t SET "status" = lower(btrim(t."status"))
  WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'running', 'completed', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'web_crawl_jobs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE NOT "toNull") FROM "mapped"),
       (SELECT count(*) FILTER (WHERE "toNull") FROM "mapped"), (SELECT count(*) FROM "normalised");

-- ===== Phase 2: the conversions, with a strict cast (every value is a member by now).
-- Each ALTER rewrites its table and rebuilds its indexes under ACCESS EXCLUSIVE, held to the commit.
-- Append-heavy tables come last, so the biggest rewrites hold their lock for the shortest time.
ALTER TABLE "plans"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "PlanStatus" USING "status"::"PlanStatus",
  ALTER COLUMN "status" SET DEFAULT 'active';

ALTER TABLE "subscriptions"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "SubscriptionStatus" USING "status"::"SubscriptionStatus",
  ALTER COLUMN "status" SET DEFAULT 'trialing';

ALTER TABLE "invoices"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "InvoiceStatus" USING "status"::"InvoiceStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "payments"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "PaymentStatus" USING "status"::"PaymentStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "refunds"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "RefundStatus" USING "status"::"RefundStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "approval_requests"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "ApprovalRequestStatus" USING "status"::"ApprovalRequestStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "blog_posts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "BlogPostStatus" USING "status"::"BlogPostStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "content_ideas"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "ContentIdeaStatus" USING "status"::"ContentIdeaStatus",
  ALTER COLUMN "status" SET DEFAULT 'new';

ALTER TABLE "websites"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "WebsiteStatus" USING "status"::"WebsiteStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "social_accounts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "SocialAccountStatus" USING "status"::"SocialAccountStatus",
  ALTER COLUMN "status" SET DEFAULT 'connected';

ALTER TABLE "newsletter_issues"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "NewsletterIssueStatus" USING "status"::"NewsletterIssueStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "newsletter_subscribers"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "NewsletterSubscriberStatus" USING "status"::"NewsletterSubscriberStatus",
  ALTER COLUMN "status" SET DEFAULT 'subscribed';

ALTER TABLE "landing_pages"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "LandingPageStatus" USING "status"::"LandingPageStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "credit_purchases"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "CreditPurchaseStatus" USING "status"::"CreditPurchaseStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "deals"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "DealStatus" USING "status"::"DealStatus",
  ALTER COLUMN "status" SET DEFAULT 'open';

ALTER TABLE "help_articles"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "HelpArticleStatus" USING "status"::"HelpArticleStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "announcements"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "AnnouncementStatus" USING "status"::"AnnouncementStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "integrations"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "IntegrationStatus" USING "status"::"IntegrationStatus",
  ALTER COLUMN "status" SET DEFAULT 'connected';

ALTER TABLE "integration_sync_runs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "IntegrationSyncRunStatus" USING "status"::"IntegrationSyncRunStatus",
  ALTER COLUMN "status" SET DEFAULT 'running';

ALTER TABLE "webhook_endpoints"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "WebhookEndpointStatus" USING "status"::"WebhookEndpointStatus",
  ALTER COLUMN "status" SET DEFAULT 'active';

ALTER TABLE "reports"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "ReportStatus" USING "status"::"ReportStatus",
  ALTER COLUMN "status" SET DEFAULT 'queued';

ALTER TABLE "support_tickets"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "SupportTicketStatus" USING "status"::"SupportTicketStatus",
  ALTER COLUMN "status" SET DEFAULT 'open';

ALTER TABLE "campaigns"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "CampaignStatus" USING "status"::"CampaignStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "backlinks"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "BacklinkStatus" USING "status"::"BacklinkStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "outreach_targets"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "OutreachTargetStatus" USING "status"::"OutreachTargetStatus",
  ALTER COLUMN "status" SET DEFAULT 'new';

ALTER TABLE "rag_datasets"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "RagDatasetStatus" USING "status"::"RagDatasetStatus",
  ALTER COLUMN "status" SET DEFAULT 'empty';

-- While finding 17 is between its expand and contract steps, rag_crawl_jobs is a view of this
-- table for the legacy application, and a column's type cannot change under a view: it is taken
-- down for the change and put back as it was.
CREATE TEMP TABLE "f16_legacy_view" ON COMMIT DROP AS
SELECT EXISTS (SELECT 1 FROM pg_views WHERE schemaname = 'public' AND viewname = 'rag_crawl_jobs') AS "present";
DROP VIEW IF EXISTS "rag_crawl_jobs";
ALTER TABLE "rag_ingest_jobs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "RagIngestJobStatus" USING "status"::"RagIngestJobStatus",
  ALTER COLUMN "status" SET DEFAULT 'queued';
DO $$
BEGIN
  IF (SELECT "present" FROM "f16_legacy_view") THEN
    CREATE VIEW "rag_crawl_jobs" AS SELECT * FROM "rag_ingest_jobs";
  END IF;
END $$;

ALTER TABLE "keywords"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "KeywordStatus" USING "status"::"KeywordStatus",
  ALTER COLUMN "status" SET DEFAULT 'tracked';

ALTER TABLE "site_audits"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "SiteAuditStatus" USING "status"::"SiteAuditStatus",
  ALTER COLUMN "status" SET DEFAULT 'queued';

ALTER TABLE "client_contexts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "ClientContextStatus" USING "status"::"ClientContextStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "strategies"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "StrategyStatus" USING "status"::"StrategyStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "deliverables"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "DeliverableStatus" USING "status"::"DeliverableStatus",
  ALTER COLUMN "status" SET DEFAULT 'planned';

ALTER TABLE "tenants"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "TenantStatus" USING "status"::"TenantStatus",
  ALTER COLUMN "status" SET DEFAULT 'trial';

ALTER TABLE "users"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "UserStatus" USING "status"::"UserStatus",
  ALTER COLUMN "status" SET DEFAULT 'active';

ALTER TABLE "tenant_members"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "TenantMemberStatus" USING "status"::"TenantMemberStatus",
  ALTER COLUMN "status" SET DEFAULT 'active';

ALTER TABLE "invitations"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "InvitationStatus" USING "status"::"InvitationStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "tenant_deletions"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "TenantDeletionStatus" USING "status"::"TenantDeletionStatus",
  ALTER COLUMN "status" SET DEFAULT 'requested';

ALTER TABLE "web_crawl_jobs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "WebCrawlJobStatus" USING "status"::"WebCrawlJobStatus",
  ALTER COLUMN "status" SET DEFAULT 'queued';

ALTER TABLE "leads"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "LeadStatus" USING "status"::"LeadStatus",
  ALTER COLUMN "status" SET DEFAULT 'new';

ALTER TABLE "activities"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "ActivityStatus" USING "status"::"ActivityStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "social_posts"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "SocialPostStatus" USING "status"::"SocialPostStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "rag_documents"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "RagDocumentStatus" USING "status"::"RagDocumentStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "outreach_emails"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "OutreachEmailStatus" USING "status"::"OutreachEmailStatus",
  ALTER COLUMN "status" SET DEFAULT 'draft';

ALTER TABLE "client_context_logs"
  ALTER COLUMN "fromStatus" TYPE "ClientContextStatus" USING "fromStatus"::"ClientContextStatus",
  ALTER COLUMN "toStatus" TYPE "ClientContextStatus" USING "toStatus"::"ClientContextStatus";

ALTER TABLE "deliverable_plan_logs"
  ALTER COLUMN "fromStatus" TYPE "DeliverableStatus" USING "fromStatus"::"DeliverableStatus",
  ALTER COLUMN "toStatus" TYPE "DeliverableStatus" USING "toStatus"::"DeliverableStatus";

ALTER TABLE "strategy_logs"
  ALTER COLUMN "fromStatus" TYPE "StrategyStatus" USING "fromStatus"::"StrategyStatus",
  ALTER COLUMN "toStatus" TYPE "StrategyStatus" USING "toStatus"::"StrategyStatus";

ALTER TABLE "webhook_deliveries"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "WebhookDeliveryStatus" USING "status"::"WebhookDeliveryStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "newsletter_sends"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "NewsletterSendStatus" USING "status"::"NewsletterSendStatus",
  ALTER COLUMN "status" SET DEFAULT 'queued';

ALTER TABLE "agent_tool_calls"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "AgentToolCallStatus" USING "status"::"AgentToolCallStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "agent_run_steps"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "AgentRunStepStatus" USING "status"::"AgentRunStepStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "agent_runs"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "AgentRunStatus" USING "status"::"AgentRunStatus",
  ALTER COLUMN "status" SET DEFAULT 'queued';

-- Accounting. Detail rows per column (only where something happened), then one total per anomaly kind.
-- The totals name no single table ("*"): they add up the detail rows of every status column.
INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000016_f16_status_enums', "tableName", 'quarantined'::"LedgerAction", "quarantined"::int, NULL,
       "columnName" || ': value outside the enum, original copied to migration_quarantine'
FROM "f16_counts" WHERE "quarantined" > 0
UNION ALL
SELECT '20261129000016_f16_status_enums', "tableName", 'updated'::"LedgerAction", "mapped"::int, NULL,
       "columnName" || ': value outside the enum set to the member migration_value_mapping names'
FROM "f16_counts" WHERE "mapped" > 0
UNION ALL
SELECT '20261129000016_f16_status_enums', "tableName", 'nulled'::"LedgerAction", "nulled"::int, NULL,
       "columnName" || ': value outside the enum set to NULL, as migration_value_mapping says'
FROM "f16_counts" WHERE "nulled" > 0
UNION ALL
SELECT '20261129000016_f16_status_enums', "tableName", 'updated'::"LedgerAction", "normalised"::int, NULL,
       "columnName" || ': odd casing/spacing normalised with lower(btrim())'
FROM "f16_counts" WHERE "normalised" > 0;

INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note")
SELECT '20261129000016_f16_status_enums', '*', 'updated'::"LedgerAction", coalesce(sum("normalised"), 0)::int, 'status_odd_case',
       'status values normalised with lower(btrim()) across ' || count(*) FILTER (WHERE "normalised" > 0) || ' column(s)'
FROM "f16_counts"
UNION ALL
SELECT '20261129000016_f16_status_enums', '*', 'quarantined'::"LedgerAction", coalesce(sum("quarantined"), 0)::int, 'status_invalid',
       'status values outside the enum quarantined and mapped across ' || count(*) FILTER (WHERE "quarantined" > 0) || ' column(s)'
FROM "f16_counts";

DO $$
DECLARE
  r RECORD;
  columns_total BIGINT;
  normalised_total BIGINT;
  normalised_columns BIGINT;
  quarantined_total BIGINT;
  quarantined_columns BIGINT;
BEGIN
  FOR r IN SELECT * FROM "f16_counts" WHERE "quarantined" + "normalised" > 0 ORDER BY "tableName", "columnName" LOOP
    RAISE NOTICE '20261129000016_f16_status_enums: %.%: % normalised, % quarantined (% mapped to a member, % to NULL)',
      r."tableName", r."columnName", r."normalised", r."quarantined", r."mapped", r."nulled";
  END LOOP;
  SELECT count(*), coalesce(sum("normalised"), 0), count(*) FILTER (WHERE "normalised" > 0),
         coalesce(sum("quarantined"), 0), count(*) FILTER (WHERE "quarantined" > 0)
    INTO columns_total, normalised_total, normalised_columns, quarantined_total, quarantined_columns
    FROM "f16_counts";
  RAISE NOTICE '20261129000016_f16_status_enums: % status column(s) converted; status_odd_case: % value(s) normalised in % column(s); status_invalid: % value(s) quarantined and mapped in % column(s)',
    columns_total, normalised_total, normalised_columns, quarantined_total, quarantined_columns;
END
$$;
