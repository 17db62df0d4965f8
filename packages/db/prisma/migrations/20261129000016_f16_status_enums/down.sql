-- Reverts the expand step of finding 16 (revert the contract folders and the index folders first): the
-- triggers and their functions, the twin columns, the comparison operators and the enum types go, and the phase row is
-- forgotten. Every legacy value the triggers, the backfill or the settling folder rewrote (folded spelling,
-- mapped label) gets its original back from online_migration.f16_rewritten, unless the application wrote the
-- row's status again since; then the quarantine copies and the log go. Run after the down.sql of
-- 20261129000017_f07_subscription_log, which uses "SubscriptionStatus".
SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS "online_f16_status_plans" ON "plans";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_plans"();
DROP TRIGGER IF EXISTS "online_f16_status_subscriptions" ON "subscriptions";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_subscriptions"();
DROP TRIGGER IF EXISTS "online_f16_status_invoices" ON "invoices";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_invoices"();
DROP TRIGGER IF EXISTS "online_f16_status_payments" ON "payments";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_payments"();
DROP TRIGGER IF EXISTS "online_f16_status_refunds" ON "refunds";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_refunds"();
DROP TRIGGER IF EXISTS "online_f16_status_approval_requests" ON "approval_requests";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_approval_requests"();
DROP TRIGGER IF EXISTS "online_f16_status_blog_posts" ON "blog_posts";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_blog_posts"();
DROP TRIGGER IF EXISTS "online_f16_status_content_ideas" ON "content_ideas";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_content_ideas"();
DROP TRIGGER IF EXISTS "online_f16_status_websites" ON "websites";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_websites"();
DROP TRIGGER IF EXISTS "online_f16_status_social_accounts" ON "social_accounts";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_social_accounts"();
DROP TRIGGER IF EXISTS "online_f16_status_newsletter_issues" ON "newsletter_issues";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_newsletter_issues"();
DROP TRIGGER IF EXISTS "online_f16_status_newsletter_subscribers" ON "newsletter_subscribers";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_newsletter_subscribers"();
DROP TRIGGER IF EXISTS "online_f16_status_landing_pages" ON "landing_pages";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_landing_pages"();
DROP TRIGGER IF EXISTS "online_f16_status_credit_purchases" ON "credit_purchases";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_credit_purchases"();
DROP TRIGGER IF EXISTS "online_f16_status_deals" ON "deals";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_deals"();
DROP TRIGGER IF EXISTS "online_f16_status_help_articles" ON "help_articles";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_help_articles"();
DROP TRIGGER IF EXISTS "online_f16_status_announcements" ON "announcements";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_announcements"();
DROP TRIGGER IF EXISTS "online_f16_status_integrations" ON "integrations";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_integrations"();
DROP TRIGGER IF EXISTS "online_f16_status_integration_sync_runs" ON "integration_sync_runs";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_integration_sync_runs"();
DROP TRIGGER IF EXISTS "online_f16_status_webhook_endpoints" ON "webhook_endpoints";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_webhook_endpoints"();
DROP TRIGGER IF EXISTS "online_f16_status_reports" ON "reports";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_reports"();
DROP TRIGGER IF EXISTS "online_f16_status_support_tickets" ON "support_tickets";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_support_tickets"();
DROP TRIGGER IF EXISTS "online_f16_status_campaigns" ON "campaigns";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_campaigns"();
DROP TRIGGER IF EXISTS "online_f16_status_backlinks" ON "backlinks";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_backlinks"();
DROP TRIGGER IF EXISTS "online_f16_status_outreach_targets" ON "outreach_targets";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_outreach_targets"();
DROP TRIGGER IF EXISTS "online_f16_status_rag_datasets" ON "rag_datasets";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_rag_datasets"();
DROP TRIGGER IF EXISTS "online_f16_status_rag_ingest_jobs" ON "rag_ingest_jobs";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_rag_ingest_jobs"();
DROP TRIGGER IF EXISTS "online_f16_status_keywords" ON "keywords";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_keywords"();
DROP TRIGGER IF EXISTS "online_f16_status_site_audits" ON "site_audits";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_site_audits"();
DROP TRIGGER IF EXISTS "online_f16_status_client_contexts" ON "client_contexts";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_client_contexts"();
DROP TRIGGER IF EXISTS "online_f16_status_strategies" ON "strategies";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_strategies"();
DROP TRIGGER IF EXISTS "online_f16_status_deliverables" ON "deliverables";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_deliverables"();
DROP TRIGGER IF EXISTS "online_f16_status_tenants" ON "tenants";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_tenants"();
DROP TRIGGER IF EXISTS "online_f16_status_users" ON "users";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_users"();
DROP TRIGGER IF EXISTS "online_f16_status_tenant_members" ON "tenant_members";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_tenant_members"();
DROP TRIGGER IF EXISTS "online_f16_status_invitations" ON "invitations";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_invitations"();
DROP TRIGGER IF EXISTS "online_f16_status_tenant_deletions" ON "tenant_deletions";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_tenant_deletions"();
DROP TRIGGER IF EXISTS "online_f16_status_web_crawl_jobs" ON "web_crawl_jobs";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_web_crawl_jobs"();
DROP TRIGGER IF EXISTS "online_f16_status_leads" ON "leads";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_leads"();
DROP TRIGGER IF EXISTS "online_f16_status_activities" ON "activities";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_activities"();
DROP TRIGGER IF EXISTS "online_f16_status_social_posts" ON "social_posts";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_social_posts"();
DROP TRIGGER IF EXISTS "online_f16_status_rag_documents" ON "rag_documents";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_rag_documents"();
DROP TRIGGER IF EXISTS "online_f16_status_outreach_emails" ON "outreach_emails";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_outreach_emails"();
DROP TRIGGER IF EXISTS "online_f16_status_client_context_logs" ON "client_context_logs";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_client_context_logs"();
DROP TRIGGER IF EXISTS "online_f16_status_deliverable_plan_logs" ON "deliverable_plan_logs";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_deliverable_plan_logs"();
DROP TRIGGER IF EXISTS "online_f16_status_strategy_logs" ON "strategy_logs";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_strategy_logs"();
DROP TRIGGER IF EXISTS "online_f16_status_webhook_deliveries" ON "webhook_deliveries";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_webhook_deliveries"();
DROP TRIGGER IF EXISTS "online_f16_status_newsletter_sends" ON "newsletter_sends";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_newsletter_sends"();
DROP TRIGGER IF EXISTS "online_f16_status_agent_tool_calls" ON "agent_tool_calls";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_agent_tool_calls"();
DROP TRIGGER IF EXISTS "online_f16_status_agent_run_steps" ON "agent_run_steps";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_agent_run_steps"();
DROP TRIGGER IF EXISTS "online_f16_status_agent_runs" ON "agent_runs";
DROP FUNCTION IF EXISTS "online_migration"."f16_fill_agent_runs"();
-- The originals back: per row and column the latest change, where the column still holds what it wrote.
UPDATE "agent_runs" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'agent_runs' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "agent_run_steps" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'agent_run_steps' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "agent_tool_calls" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'agent_tool_calls' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "plans" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'plans' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "subscriptions" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'subscriptions' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "invoices" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'invoices' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "payments" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'payments' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "refunds" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'refunds' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "activities" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'activities' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "approval_requests" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'approval_requests' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "blog_posts" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'blog_posts' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "content_ideas" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'content_ideas' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "websites" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'websites' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "social_accounts" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'social_accounts' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "social_posts" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'social_posts' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "newsletter_issues" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'newsletter_issues' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "newsletter_subscribers" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'newsletter_subscribers' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "newsletter_sends" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'newsletter_sends' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "landing_pages" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'landing_pages' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "credit_purchases" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'credit_purchases' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "leads" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'leads' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "deals" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'deals' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "help_articles" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'help_articles' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "announcements" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'announcements' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "integrations" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'integrations' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "integration_sync_runs" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'integration_sync_runs' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "webhook_endpoints" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'webhook_endpoints' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "webhook_deliveries" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'webhook_deliveries' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "reports" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'reports' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "support_tickets" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'support_tickets' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "campaigns" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'campaigns' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "backlinks" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'backlinks' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "outreach_targets" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'outreach_targets' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "outreach_emails" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'outreach_emails' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "rag_datasets" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'rag_datasets' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "rag_ingest_jobs" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'rag_ingest_jobs' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "rag_documents" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'rag_documents' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "keywords" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'keywords' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "site_audits" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'site_audits' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "client_contexts" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'client_contexts' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "client_context_logs" t SET "fromStatus" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'client_context_logs' AND "columnName" = 'fromStatus' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."fromStatus" IS NOT DISTINCT FROM r."label";
UPDATE "client_context_logs" t SET "toStatus" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'client_context_logs' AND "columnName" = 'toStatus' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."toStatus" IS NOT DISTINCT FROM r."label";
UPDATE "strategies" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'strategies' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "strategy_logs" t SET "fromStatus" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'strategy_logs' AND "columnName" = 'fromStatus' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."fromStatus" IS NOT DISTINCT FROM r."label";
UPDATE "strategy_logs" t SET "toStatus" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'strategy_logs' AND "columnName" = 'toStatus' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."toStatus" IS NOT DISTINCT FROM r."label";
UPDATE "deliverables" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'deliverables' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "deliverable_plan_logs" t SET "fromStatus" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'deliverable_plan_logs' AND "columnName" = 'fromStatus' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."fromStatus" IS NOT DISTINCT FROM r."label";
UPDATE "deliverable_plan_logs" t SET "toStatus" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'deliverable_plan_logs' AND "columnName" = 'toStatus' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."toStatus" IS NOT DISTINCT FROM r."label";
UPDATE "tenants" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'tenants' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "users" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'users' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "tenant_members" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'tenant_members' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "invitations" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'invitations' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "tenant_deletions" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'tenant_deletions' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
UPDATE "web_crawl_jobs" t SET "status" = r."original"
  FROM (SELECT DISTINCT ON ("rowId") "rowId", "original", "label" FROM "online_migration"."f16_rewritten"
         WHERE "tableName" = 'web_crawl_jobs' AND "columnName" = 'status' ORDER BY "rowId", "id" DESC) r
 WHERE t."id" = r."rowId" AND t."status" IS NOT DISTINCT FROM r."label";
DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000016_f16_status_enums';
DROP TABLE IF EXISTS "online_migration"."f16_rewritten";
DROP FUNCTION IF EXISTS "online_migration"."f16_status_value"(text, text, text, text, text, text[], boolean);
ALTER TABLE "plans" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "subscriptions" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "invoices" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "payments" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "refunds" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "approval_requests" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "blog_posts" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "content_ideas" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "websites" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "social_accounts" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "newsletter_issues" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "newsletter_subscribers" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "landing_pages" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "credit_purchases" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "deals" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "help_articles" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "announcements" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "integrations" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "integration_sync_runs" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "webhook_endpoints" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "reports" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "support_tickets" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "campaigns" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "backlinks" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "outreach_targets" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "rag_datasets" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "rag_ingest_jobs" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "keywords" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "site_audits" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "client_contexts" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "strategies" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "deliverables" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "tenants" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "users" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "tenant_members" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "invitations" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "tenant_deletions" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "web_crawl_jobs" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "leads" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "activities" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "social_posts" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "rag_documents" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "outreach_emails" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "client_context_logs" DROP COLUMN IF EXISTS "fromStatus_enum", DROP COLUMN IF EXISTS "toStatus_enum";
ALTER TABLE "deliverable_plan_logs" DROP COLUMN IF EXISTS "fromStatus_enum", DROP COLUMN IF EXISTS "toStatus_enum";
ALTER TABLE "strategy_logs" DROP COLUMN IF EXISTS "fromStatus_enum", DROP COLUMN IF EXISTS "toStatus_enum";
ALTER TABLE "webhook_deliveries" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "newsletter_sends" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "agent_tool_calls" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "agent_run_steps" DROP COLUMN IF EXISTS "status_enum";
ALTER TABLE "agent_runs" DROP COLUMN IF EXISTS "status_enum";
DROP OPERATOR IF EXISTS public.= (text, anyenum);
DROP OPERATOR IF EXISTS public.<> (text, anyenum);
DROP FUNCTION IF EXISTS "online_migration"."f16_text_eq_enum"(text, anyenum);
DROP FUNCTION IF EXISTS "online_migration"."f16_text_ne_enum"(text, anyenum);
DROP TYPE IF EXISTS "AgentRunStatus";
DROP TYPE IF EXISTS "AgentRunStepStatus";
DROP TYPE IF EXISTS "AgentToolCallStatus";
DROP TYPE IF EXISTS "PlanStatus";
DROP TYPE IF EXISTS "SubscriptionStatus";
DROP TYPE IF EXISTS "InvoiceStatus";
DROP TYPE IF EXISTS "PaymentStatus";
DROP TYPE IF EXISTS "RefundStatus";
DROP TYPE IF EXISTS "ActivityStatus";
DROP TYPE IF EXISTS "ApprovalRequestStatus";
DROP TYPE IF EXISTS "BlogPostStatus";
DROP TYPE IF EXISTS "ContentIdeaStatus";
DROP TYPE IF EXISTS "WebsiteStatus";
DROP TYPE IF EXISTS "SocialAccountStatus";
DROP TYPE IF EXISTS "SocialPostStatus";
DROP TYPE IF EXISTS "NewsletterIssueStatus";
DROP TYPE IF EXISTS "NewsletterSubscriberStatus";
DROP TYPE IF EXISTS "NewsletterSendStatus";
DROP TYPE IF EXISTS "LandingPageStatus";
DROP TYPE IF EXISTS "CreditPurchaseStatus";
DROP TYPE IF EXISTS "LeadStatus";
DROP TYPE IF EXISTS "DealStatus";
DROP TYPE IF EXISTS "HelpArticleStatus";
DROP TYPE IF EXISTS "AnnouncementStatus";
DROP TYPE IF EXISTS "IntegrationStatus";
DROP TYPE IF EXISTS "IntegrationSyncRunStatus";
DROP TYPE IF EXISTS "WebhookEndpointStatus";
DROP TYPE IF EXISTS "WebhookDeliveryStatus";
DROP TYPE IF EXISTS "ReportStatus";
DROP TYPE IF EXISTS "SupportTicketStatus";
DROP TYPE IF EXISTS "CampaignStatus";
DROP TYPE IF EXISTS "BacklinkStatus";
DROP TYPE IF EXISTS "OutreachTargetStatus";
DROP TYPE IF EXISTS "OutreachEmailStatus";
DROP TYPE IF EXISTS "RagDatasetStatus";
DROP TYPE IF EXISTS "RagIngestJobStatus";
DROP TYPE IF EXISTS "RagDocumentStatus";
DROP TYPE IF EXISTS "KeywordStatus";
DROP TYPE IF EXISTS "SiteAuditStatus";
DROP TYPE IF EXISTS "ClientContextStatus";
DROP TYPE IF EXISTS "StrategyStatus";
DROP TYPE IF EXISTS "DeliverableStatus";
DROP TYPE IF EXISTS "TenantStatus";
DROP TYPE IF EXISTS "UserStatus";
DROP TYPE IF EXISTS "TenantMemberStatus";
DROP TYPE IF EXISTS "InvitationStatus";
DROP TYPE IF EXISTS "TenantDeletionStatus";
DROP TYPE IF EXISTS "WebCrawlJobStatus";
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000016_f16_status_enums';
