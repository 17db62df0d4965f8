-- Finding 16, second contract step: the enum columns take the place of the text columns.
--   1. every NOT VALID check of the previous folder is validated: a scan per table under SHARE UPDATE
--      EXCLUSIVE (reads and writes go on), which proves no required enum column holds NULL;
--   2. then, per table and catalog-only (ACCESS EXCLUSIVE for an instant each, held to the commit, which
--      follows at once): the trigger goes, the text column goes (its indexes with it), the enum column is
--      renamed into its place, SET NOT NULL (no scan: the validated check proves it), the check is
--      dropped and the default restored; the indexes built CONCURRENTLY on the enum columns take the
--      names of the ones that went;
--   3. the trigger functions and the text-to-enum comparison operators of the expand step go.
SELECT "online_migration"."require_released"('20261129000016_f16_status_enums', '20261130000016_f16_status_enums_swap_columns');
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '30min';

-- ===== 1. Validation (SHARE UPDATE EXCLUSIVE per table: reads and writes go on).
ALTER TABLE "agent_runs" VALIDATE CONSTRAINT "agent_runs_status_enum_not_null";
ALTER TABLE "agent_run_steps" VALIDATE CONSTRAINT "agent_run_steps_status_enum_not_null";
ALTER TABLE "agent_tool_calls" VALIDATE CONSTRAINT "agent_tool_calls_status_enum_not_null";
ALTER TABLE "plans" VALIDATE CONSTRAINT "plans_status_enum_not_null";
ALTER TABLE "subscriptions" VALIDATE CONSTRAINT "subscriptions_status_enum_not_null";
ALTER TABLE "invoices" VALIDATE CONSTRAINT "invoices_status_enum_not_null";
ALTER TABLE "payments" VALIDATE CONSTRAINT "payments_status_enum_not_null";
ALTER TABLE "refunds" VALIDATE CONSTRAINT "refunds_status_enum_not_null";
ALTER TABLE "activities" VALIDATE CONSTRAINT "activities_status_enum_not_null";
ALTER TABLE "approval_requests" VALIDATE CONSTRAINT "approval_requests_status_enum_not_null";
ALTER TABLE "blog_posts" VALIDATE CONSTRAINT "blog_posts_status_enum_not_null";
ALTER TABLE "content_ideas" VALIDATE CONSTRAINT "content_ideas_status_enum_not_null";
ALTER TABLE "websites" VALIDATE CONSTRAINT "websites_status_enum_not_null";
ALTER TABLE "social_accounts" VALIDATE CONSTRAINT "social_accounts_status_enum_not_null";
ALTER TABLE "social_posts" VALIDATE CONSTRAINT "social_posts_status_enum_not_null";
ALTER TABLE "newsletter_issues" VALIDATE CONSTRAINT "newsletter_issues_status_enum_not_null";
ALTER TABLE "newsletter_subscribers" VALIDATE CONSTRAINT "newsletter_subscribers_status_enum_not_null";
ALTER TABLE "newsletter_sends" VALIDATE CONSTRAINT "newsletter_sends_status_enum_not_null";
ALTER TABLE "landing_pages" VALIDATE CONSTRAINT "landing_pages_status_enum_not_null";
ALTER TABLE "credit_purchases" VALIDATE CONSTRAINT "credit_purchases_status_enum_not_null";
ALTER TABLE "leads" VALIDATE CONSTRAINT "leads_status_enum_not_null";
ALTER TABLE "deals" VALIDATE CONSTRAINT "deals_status_enum_not_null";
ALTER TABLE "help_articles" VALIDATE CONSTRAINT "help_articles_status_enum_not_null";
ALTER TABLE "announcements" VALIDATE CONSTRAINT "announcements_status_enum_not_null";
ALTER TABLE "integrations" VALIDATE CONSTRAINT "integrations_status_enum_not_null";
ALTER TABLE "integration_sync_runs" VALIDATE CONSTRAINT "integration_sync_runs_status_enum_not_null";
ALTER TABLE "webhook_endpoints" VALIDATE CONSTRAINT "webhook_endpoints_status_enum_not_null";
ALTER TABLE "webhook_deliveries" VALIDATE CONSTRAINT "webhook_deliveries_status_enum_not_null";
ALTER TABLE "reports" VALIDATE CONSTRAINT "reports_status_enum_not_null";
ALTER TABLE "support_tickets" VALIDATE CONSTRAINT "support_tickets_status_enum_not_null";
ALTER TABLE "campaigns" VALIDATE CONSTRAINT "campaigns_status_enum_not_null";
ALTER TABLE "backlinks" VALIDATE CONSTRAINT "backlinks_status_enum_not_null";
ALTER TABLE "outreach_targets" VALIDATE CONSTRAINT "outreach_targets_status_enum_not_null";
ALTER TABLE "outreach_emails" VALIDATE CONSTRAINT "outreach_emails_status_enum_not_null";
ALTER TABLE "rag_datasets" VALIDATE CONSTRAINT "rag_datasets_status_enum_not_null";
ALTER TABLE "rag_ingest_jobs" VALIDATE CONSTRAINT "rag_ingest_jobs_status_enum_not_null";
ALTER TABLE "rag_documents" VALIDATE CONSTRAINT "rag_documents_status_enum_not_null";
ALTER TABLE "keywords" VALIDATE CONSTRAINT "keywords_status_enum_not_null";
ALTER TABLE "site_audits" VALIDATE CONSTRAINT "site_audits_status_enum_not_null";
ALTER TABLE "client_contexts" VALIDATE CONSTRAINT "client_contexts_status_enum_not_null";
ALTER TABLE "strategies" VALIDATE CONSTRAINT "strategies_status_enum_not_null";
ALTER TABLE "deliverables" VALIDATE CONSTRAINT "deliverables_status_enum_not_null";
ALTER TABLE "tenants" VALIDATE CONSTRAINT "tenants_status_enum_not_null";
ALTER TABLE "users" VALIDATE CONSTRAINT "users_status_enum_not_null";
ALTER TABLE "tenant_members" VALIDATE CONSTRAINT "tenant_members_status_enum_not_null";
ALTER TABLE "invitations" VALIDATE CONSTRAINT "invitations_status_enum_not_null";
ALTER TABLE "tenant_deletions" VALIDATE CONSTRAINT "tenant_deletions_status_enum_not_null";
ALTER TABLE "web_crawl_jobs" VALIDATE CONSTRAINT "web_crawl_jobs_status_enum_not_null";

-- ===== 2. The swap, table by table (catalog only).

-- plans
DROP TRIGGER "online_f16_status_plans" ON "plans";
ALTER TABLE "plans" DROP COLUMN "status";
ALTER TABLE "plans" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "plans" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "plans" DROP CONSTRAINT "plans_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'active';

-- subscriptions
DROP TRIGGER "online_f16_status_subscriptions" ON "subscriptions";
ALTER TABLE "subscriptions" DROP COLUMN "status";
ALTER TABLE "subscriptions" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "subscriptions" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'trialing';
ALTER INDEX "subscriptions_tenantId_status_enum_idx" RENAME TO "subscriptions_tenantId_status_idx";

-- invoices
DROP TRIGGER "online_f16_status_invoices" ON "invoices";
ALTER TABLE "invoices" DROP COLUMN "status";
ALTER TABLE "invoices" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "invoices" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "invoices_tenantId_status_enum_dueAt_idx" RENAME TO "invoices_tenantId_status_dueAt_idx";

-- payments
DROP TRIGGER "online_f16_status_payments" ON "payments";
ALTER TABLE "payments" DROP COLUMN "status";
ALTER TABLE "payments" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "payments" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "payments" DROP CONSTRAINT "payments_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- refunds
DROP TRIGGER "online_f16_status_refunds" ON "refunds";
ALTER TABLE "refunds" DROP COLUMN "status";
ALTER TABLE "refunds" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "refunds" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "refunds" DROP CONSTRAINT "refunds_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- approval_requests
DROP TRIGGER "online_f16_status_approval_requests" ON "approval_requests";
ALTER TABLE "approval_requests" DROP COLUMN "status";
ALTER TABLE "approval_requests" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "approval_requests" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "approval_requests" DROP CONSTRAINT "approval_requests_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER INDEX "approval_requests_tenantId_status_enum_idx" RENAME TO "approval_requests_tenantId_status_idx";

-- blog_posts
DROP TRIGGER "online_f16_status_blog_posts" ON "blog_posts";
ALTER TABLE "blog_posts" DROP COLUMN "status";
ALTER TABLE "blog_posts" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "blog_posts" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "blog_posts" DROP CONSTRAINT "blog_posts_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "blog_posts_tenantId_status_enum_publishedAt_idx" RENAME TO "blog_posts_tenantId_status_publishedAt_idx";

-- content_ideas
DROP TRIGGER "online_f16_status_content_ideas" ON "content_ideas";
ALTER TABLE "content_ideas" DROP COLUMN "status";
ALTER TABLE "content_ideas" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "content_ideas" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "content_ideas" DROP CONSTRAINT "content_ideas_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'new';
ALTER INDEX "content_ideas_tenantId_status_enum_idx" RENAME TO "content_ideas_tenantId_status_idx";

-- websites
DROP TRIGGER "online_f16_status_websites" ON "websites";
ALTER TABLE "websites" DROP COLUMN "status";
ALTER TABLE "websites" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "websites" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "websites" DROP CONSTRAINT "websites_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- social_accounts
DROP TRIGGER "online_f16_status_social_accounts" ON "social_accounts";
ALTER TABLE "social_accounts" DROP COLUMN "status";
ALTER TABLE "social_accounts" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "social_accounts" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "social_accounts" DROP CONSTRAINT "social_accounts_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'connected';

-- newsletter_issues
DROP TRIGGER "online_f16_status_newsletter_issues" ON "newsletter_issues";
ALTER TABLE "newsletter_issues" DROP COLUMN "status";
ALTER TABLE "newsletter_issues" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "newsletter_issues" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "newsletter_issues" DROP CONSTRAINT "newsletter_issues_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "newsletter_issues_newsletterId_status_enum_idx" RENAME TO "newsletter_issues_newsletterId_status_idx";

-- newsletter_subscribers
DROP TRIGGER "online_f16_status_newsletter_subscribers" ON "newsletter_subscribers";
ALTER TABLE "newsletter_subscribers" DROP COLUMN "status";
ALTER TABLE "newsletter_subscribers" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "newsletter_subscribers" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "newsletter_subscribers" DROP CONSTRAINT "newsletter_subscribers_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'subscribed';

-- landing_pages
DROP TRIGGER "online_f16_status_landing_pages" ON "landing_pages";
ALTER TABLE "landing_pages" DROP COLUMN "status";
ALTER TABLE "landing_pages" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "landing_pages" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "landing_pages" DROP CONSTRAINT "landing_pages_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';

-- credit_purchases
DROP TRIGGER "online_f16_status_credit_purchases" ON "credit_purchases";
ALTER TABLE "credit_purchases" DROP COLUMN "status";
ALTER TABLE "credit_purchases" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "credit_purchases" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "credit_purchases" DROP CONSTRAINT "credit_purchases_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- deals
DROP TRIGGER "online_f16_status_deals" ON "deals";
ALTER TABLE "deals" DROP COLUMN "status";
ALTER TABLE "deals" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "deals" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "deals" DROP CONSTRAINT "deals_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'open';
ALTER INDEX "deals_tenantId_status_enum_idx" RENAME TO "deals_tenantId_status_idx";

-- help_articles
DROP TRIGGER "online_f16_status_help_articles" ON "help_articles";
ALTER TABLE "help_articles" DROP COLUMN "status";
ALTER TABLE "help_articles" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "help_articles" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "help_articles" DROP CONSTRAINT "help_articles_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "help_articles_categoryId_status_enum_idx" RENAME TO "help_articles_categoryId_status_idx";

-- announcements
DROP TRIGGER "online_f16_status_announcements" ON "announcements";
ALTER TABLE "announcements" DROP COLUMN "status";
ALTER TABLE "announcements" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "announcements" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "announcements" DROP CONSTRAINT "announcements_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "announcements_status_enum_startsAt_idx" RENAME TO "announcements_status_startsAt_idx";

-- integrations
DROP TRIGGER "online_f16_status_integrations" ON "integrations";
ALTER TABLE "integrations" DROP COLUMN "status";
ALTER TABLE "integrations" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "integrations" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "integrations" DROP CONSTRAINT "integrations_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'connected';

-- integration_sync_runs
DROP TRIGGER "online_f16_status_integration_sync_runs" ON "integration_sync_runs";
ALTER TABLE "integration_sync_runs" DROP COLUMN "status";
ALTER TABLE "integration_sync_runs" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "integration_sync_runs" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "integration_sync_runs" DROP CONSTRAINT "integration_sync_runs_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'running';

-- webhook_endpoints
DROP TRIGGER "online_f16_status_webhook_endpoints" ON "webhook_endpoints";
ALTER TABLE "webhook_endpoints" DROP COLUMN "status";
ALTER TABLE "webhook_endpoints" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "webhook_endpoints" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'active';

-- reports
DROP TRIGGER "online_f16_status_reports" ON "reports";
ALTER TABLE "reports" DROP COLUMN "status";
ALTER TABLE "reports" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "reports" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "reports" DROP CONSTRAINT "reports_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'queued';

-- support_tickets
DROP TRIGGER "online_f16_status_support_tickets" ON "support_tickets";
ALTER TABLE "support_tickets" DROP COLUMN "status";
ALTER TABLE "support_tickets" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "support_tickets" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "support_tickets" DROP CONSTRAINT "support_tickets_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'open';
ALTER INDEX "support_tickets_tenantId_status_enum_idx" RENAME TO "support_tickets_tenantId_status_idx";
ALTER INDEX "support_tickets_assigneeId_status_enum_idx" RENAME TO "support_tickets_assigneeId_status_idx";

-- campaigns
DROP TRIGGER "online_f16_status_campaigns" ON "campaigns";
ALTER TABLE "campaigns" DROP COLUMN "status";
ALTER TABLE "campaigns" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "campaigns" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "campaigns_tenantId_status_enum_idx" RENAME TO "campaigns_tenantId_status_idx";

-- backlinks
DROP TRIGGER "online_f16_status_backlinks" ON "backlinks";
ALTER TABLE "backlinks" DROP COLUMN "status";
ALTER TABLE "backlinks" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "backlinks" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "backlinks" DROP CONSTRAINT "backlinks_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER INDEX "backlinks_campaignId_status_enum_idx" RENAME TO "backlinks_campaignId_status_idx";

-- outreach_targets
DROP TRIGGER "online_f16_status_outreach_targets" ON "outreach_targets";
ALTER TABLE "outreach_targets" DROP COLUMN "status";
ALTER TABLE "outreach_targets" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "outreach_targets" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "outreach_targets" DROP CONSTRAINT "outreach_targets_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'new';

-- rag_datasets
DROP TRIGGER "online_f16_status_rag_datasets" ON "rag_datasets";
ALTER TABLE "rag_datasets" DROP COLUMN "status";
ALTER TABLE "rag_datasets" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "rag_datasets" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "rag_datasets" DROP CONSTRAINT "rag_datasets_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'empty';

-- rag_ingest_jobs
DROP TRIGGER "online_f16_status_rag_ingest_jobs" ON "rag_ingest_jobs";
ALTER TABLE "rag_ingest_jobs" DROP COLUMN "status";
ALTER TABLE "rag_ingest_jobs" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "rag_ingest_jobs" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "rag_ingest_jobs" DROP CONSTRAINT "rag_ingest_jobs_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'queued';
ALTER INDEX "rag_ingest_jobs_tenantId_status_enum_idx" RENAME TO "rag_ingest_jobs_tenantId_status_idx";

-- keywords
DROP TRIGGER "online_f16_status_keywords" ON "keywords";
ALTER TABLE "keywords" DROP COLUMN "status";
ALTER TABLE "keywords" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "keywords" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "keywords" DROP CONSTRAINT "keywords_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'tracked';

-- site_audits
DROP TRIGGER "online_f16_status_site_audits" ON "site_audits";
ALTER TABLE "site_audits" DROP COLUMN "status";
ALTER TABLE "site_audits" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "site_audits" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "site_audits" DROP CONSTRAINT "site_audits_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'queued';

-- client_contexts
DROP TRIGGER "online_f16_status_client_contexts" ON "client_contexts";
ALTER TABLE "client_contexts" DROP COLUMN "status";
ALTER TABLE "client_contexts" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "client_contexts" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "client_contexts" DROP CONSTRAINT "client_contexts_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';

-- strategies
DROP TRIGGER "online_f16_status_strategies" ON "strategies";
ALTER TABLE "strategies" DROP COLUMN "status";
ALTER TABLE "strategies" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "strategies" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "strategies" DROP CONSTRAINT "strategies_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "strategies_tenantId_status_enum_idx" RENAME TO "strategies_tenantId_status_idx";

-- deliverables
DROP TRIGGER "online_f16_status_deliverables" ON "deliverables";
ALTER TABLE "deliverables" DROP COLUMN "status";
ALTER TABLE "deliverables" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "deliverables" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "deliverables" DROP CONSTRAINT "deliverables_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'planned';

-- tenants
DROP TRIGGER "online_f16_status_tenants" ON "tenants";
ALTER TABLE "tenants" DROP COLUMN "status";
ALTER TABLE "tenants" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "tenants" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "tenants" DROP CONSTRAINT "tenants_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'trial';

-- users
DROP TRIGGER "online_f16_status_users" ON "users";
ALTER TABLE "users" DROP COLUMN "status";
ALTER TABLE "users" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "users" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "users" DROP CONSTRAINT "users_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'active';

-- tenant_members
DROP TRIGGER "online_f16_status_tenant_members" ON "tenant_members";
ALTER TABLE "tenant_members" DROP COLUMN "status";
ALTER TABLE "tenant_members" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "tenant_members" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "tenant_members" DROP CONSTRAINT "tenant_members_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'active';

-- invitations
DROP TRIGGER "online_f16_status_invitations" ON "invitations";
ALTER TABLE "invitations" DROP COLUMN "status";
ALTER TABLE "invitations" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "invitations" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- tenant_deletions
DROP TRIGGER "online_f16_status_tenant_deletions" ON "tenant_deletions";
ALTER TABLE "tenant_deletions" DROP COLUMN "status";
ALTER TABLE "tenant_deletions" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "tenant_deletions" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "tenant_deletions" DROP CONSTRAINT "tenant_deletions_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'requested';
ALTER INDEX "tenant_deletions_status_enum_scheduledFor_idx" RENAME TO "tenant_deletions_status_scheduledFor_idx";

-- web_crawl_jobs
DROP TRIGGER "online_f16_status_web_crawl_jobs" ON "web_crawl_jobs";
ALTER TABLE "web_crawl_jobs" DROP COLUMN "status";
ALTER TABLE "web_crawl_jobs" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "web_crawl_jobs" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "web_crawl_jobs" DROP CONSTRAINT "web_crawl_jobs_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'queued';
ALTER INDEX "web_crawl_jobs_websiteId_status_enum_idx" RENAME TO "web_crawl_jobs_websiteId_status_idx";

-- leads
DROP TRIGGER "online_f16_status_leads" ON "leads";
ALTER TABLE "leads" DROP COLUMN "status";
ALTER TABLE "leads" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "leads" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "leads" DROP CONSTRAINT "leads_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'new';
ALTER INDEX "leads_tenantId_status_enum_createdAt_idx" RENAME TO "leads_tenantId_status_createdAt_idx";

-- activities
DROP TRIGGER "online_f16_status_activities" ON "activities";
ALTER TABLE "activities" DROP COLUMN "status";
ALTER TABLE "activities" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "activities" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "activities" DROP CONSTRAINT "activities_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "activities_tenantId_status_enum_idx" RENAME TO "activities_tenantId_status_idx";

-- social_posts
DROP TRIGGER "online_f16_status_social_posts" ON "social_posts";
ALTER TABLE "social_posts" DROP COLUMN "status";
ALTER TABLE "social_posts" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "social_posts" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "social_posts" DROP CONSTRAINT "social_posts_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "social_posts_tenantId_status_enum_scheduledAt_idx" RENAME TO "social_posts_tenantId_status_scheduledAt_idx";

-- rag_documents
DROP TRIGGER "online_f16_status_rag_documents" ON "rag_documents";
ALTER TABLE "rag_documents" DROP COLUMN "status";
ALTER TABLE "rag_documents" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "rag_documents" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "rag_documents" DROP CONSTRAINT "rag_documents_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- outreach_emails
DROP TRIGGER "online_f16_status_outreach_emails" ON "outreach_emails";
ALTER TABLE "outreach_emails" DROP COLUMN "status";
ALTER TABLE "outreach_emails" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "outreach_emails" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "outreach_emails" DROP CONSTRAINT "outreach_emails_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'draft';
ALTER INDEX "outreach_emails_tenantId_status_enum_sentAt_idx" RENAME TO "outreach_emails_tenantId_status_sentAt_idx";

-- client_context_logs
DROP TRIGGER "online_f16_status_client_context_logs" ON "client_context_logs";
ALTER TABLE "client_context_logs" DROP COLUMN "fromStatus", DROP COLUMN "toStatus";
ALTER TABLE "client_context_logs" RENAME COLUMN "fromStatus_enum" TO "fromStatus";
ALTER TABLE "client_context_logs" RENAME COLUMN "toStatus_enum" TO "toStatus";

-- deliverable_plan_logs
DROP TRIGGER "online_f16_status_deliverable_plan_logs" ON "deliverable_plan_logs";
ALTER TABLE "deliverable_plan_logs" DROP COLUMN "fromStatus", DROP COLUMN "toStatus";
ALTER TABLE "deliverable_plan_logs" RENAME COLUMN "fromStatus_enum" TO "fromStatus";
ALTER TABLE "deliverable_plan_logs" RENAME COLUMN "toStatus_enum" TO "toStatus";

-- strategy_logs
DROP TRIGGER "online_f16_status_strategy_logs" ON "strategy_logs";
ALTER TABLE "strategy_logs" DROP COLUMN "fromStatus", DROP COLUMN "toStatus";
ALTER TABLE "strategy_logs" RENAME COLUMN "fromStatus_enum" TO "fromStatus";
ALTER TABLE "strategy_logs" RENAME COLUMN "toStatus_enum" TO "toStatus";

-- webhook_deliveries
DROP TRIGGER "online_f16_status_webhook_deliveries" ON "webhook_deliveries";
ALTER TABLE "webhook_deliveries" DROP COLUMN "status";
ALTER TABLE "webhook_deliveries" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "webhook_deliveries" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';
ALTER INDEX "webhook_deliveries_status_enum_nextAttemptAt_idx" RENAME TO "webhook_deliveries_status_nextAttemptAt_idx";

-- newsletter_sends
DROP TRIGGER "online_f16_status_newsletter_sends" ON "newsletter_sends";
ALTER TABLE "newsletter_sends" DROP COLUMN "status";
ALTER TABLE "newsletter_sends" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "newsletter_sends" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "newsletter_sends" DROP CONSTRAINT "newsletter_sends_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'queued';

-- agent_tool_calls
DROP TRIGGER "online_f16_status_agent_tool_calls" ON "agent_tool_calls";
ALTER TABLE "agent_tool_calls" DROP COLUMN "status";
ALTER TABLE "agent_tool_calls" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "agent_tool_calls" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "agent_tool_calls" DROP CONSTRAINT "agent_tool_calls_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- agent_run_steps
DROP TRIGGER "online_f16_status_agent_run_steps" ON "agent_run_steps";
ALTER TABLE "agent_run_steps" DROP COLUMN "status";
ALTER TABLE "agent_run_steps" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "agent_run_steps" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "agent_run_steps" DROP CONSTRAINT "agent_run_steps_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'pending';

-- agent_runs
DROP TRIGGER "online_f16_status_agent_runs" ON "agent_runs";
ALTER TABLE "agent_runs" DROP COLUMN "status";
ALTER TABLE "agent_runs" RENAME COLUMN "status_enum" TO "status";
ALTER TABLE "agent_runs" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "agent_runs" DROP CONSTRAINT "agent_runs_status_enum_not_null", ALTER COLUMN "status" SET DEFAULT 'queued';
ALTER INDEX "agent_runs_tenantId_agent_status_enum_idx" RENAME TO "agent_runs_tenantId_agent_status_idx";

-- ===== 3. What kept the two columns in step, and the comparison operators of the pause.
DROP FUNCTION "online_migration"."f16_fill_plans"();
DROP FUNCTION "online_migration"."f16_fill_subscriptions"();
DROP FUNCTION "online_migration"."f16_fill_invoices"();
DROP FUNCTION "online_migration"."f16_fill_payments"();
DROP FUNCTION "online_migration"."f16_fill_refunds"();
DROP FUNCTION "online_migration"."f16_fill_approval_requests"();
DROP FUNCTION "online_migration"."f16_fill_blog_posts"();
DROP FUNCTION "online_migration"."f16_fill_content_ideas"();
DROP FUNCTION "online_migration"."f16_fill_websites"();
DROP FUNCTION "online_migration"."f16_fill_social_accounts"();
DROP FUNCTION "online_migration"."f16_fill_newsletter_issues"();
DROP FUNCTION "online_migration"."f16_fill_newsletter_subscribers"();
DROP FUNCTION "online_migration"."f16_fill_landing_pages"();
DROP FUNCTION "online_migration"."f16_fill_credit_purchases"();
DROP FUNCTION "online_migration"."f16_fill_deals"();
DROP FUNCTION "online_migration"."f16_fill_help_articles"();
DROP FUNCTION "online_migration"."f16_fill_announcements"();
DROP FUNCTION "online_migration"."f16_fill_integrations"();
DROP FUNCTION "online_migration"."f16_fill_integration_sync_runs"();
DROP FUNCTION "online_migration"."f16_fill_webhook_endpoints"();
DROP FUNCTION "online_migration"."f16_fill_reports"();
DROP FUNCTION "online_migration"."f16_fill_support_tickets"();
DROP FUNCTION "online_migration"."f16_fill_campaigns"();
DROP FUNCTION "online_migration"."f16_fill_backlinks"();
DROP FUNCTION "online_migration"."f16_fill_outreach_targets"();
DROP FUNCTION "online_migration"."f16_fill_rag_datasets"();
DROP FUNCTION "online_migration"."f16_fill_rag_ingest_jobs"();
DROP FUNCTION "online_migration"."f16_fill_keywords"();
DROP FUNCTION "online_migration"."f16_fill_site_audits"();
DROP FUNCTION "online_migration"."f16_fill_client_contexts"();
DROP FUNCTION "online_migration"."f16_fill_strategies"();
DROP FUNCTION "online_migration"."f16_fill_deliverables"();
DROP FUNCTION "online_migration"."f16_fill_tenants"();
DROP FUNCTION "online_migration"."f16_fill_users"();
DROP FUNCTION "online_migration"."f16_fill_tenant_members"();
DROP FUNCTION "online_migration"."f16_fill_invitations"();
DROP FUNCTION "online_migration"."f16_fill_tenant_deletions"();
DROP FUNCTION "online_migration"."f16_fill_web_crawl_jobs"();
DROP FUNCTION "online_migration"."f16_fill_leads"();
DROP FUNCTION "online_migration"."f16_fill_activities"();
DROP FUNCTION "online_migration"."f16_fill_social_posts"();
DROP FUNCTION "online_migration"."f16_fill_rag_documents"();
DROP FUNCTION "online_migration"."f16_fill_outreach_emails"();
DROP FUNCTION "online_migration"."f16_fill_client_context_logs"();
DROP FUNCTION "online_migration"."f16_fill_deliverable_plan_logs"();
DROP FUNCTION "online_migration"."f16_fill_strategy_logs"();
DROP FUNCTION "online_migration"."f16_fill_webhook_deliveries"();
DROP FUNCTION "online_migration"."f16_fill_newsletter_sends"();
DROP FUNCTION "online_migration"."f16_fill_agent_tool_calls"();
DROP FUNCTION "online_migration"."f16_fill_agent_run_steps"();
DROP FUNCTION "online_migration"."f16_fill_agent_runs"();
DROP FUNCTION "online_migration"."f16_status_value"(text, text, text, text, text, text[], boolean);
DROP OPERATOR public.= (text, anyenum);
DROP OPERATOR public.<> (text, anyenum);
DROP FUNCTION "online_migration"."f16_text_eq_enum"(text, anyenum);
DROP FUNCTION "online_migration"."f16_text_ne_enum"(text, anyenum);

SELECT "online_migration"."contracted"('20261129000016_f16_status_enums');
