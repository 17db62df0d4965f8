-- Reverts the first contract step of finding 16: the NOT VALID checks go, and so do the ledger entries it
-- wrote. The values it settled stay settled, with their originals in migration_quarantine and
-- online_migration.f16_rewritten, like the ones the triggers and the backfill settled before it: that is
-- the state before this folder ran (a value covered by the mapping is settled on its next write anyway);
-- the expand step's down.sql puts the originals back.
SET LOCAL lock_timeout = '5s';

ALTER TABLE "agent_runs" DROP CONSTRAINT IF EXISTS "agent_runs_status_enum_not_null";
ALTER TABLE "agent_run_steps" DROP CONSTRAINT IF EXISTS "agent_run_steps_status_enum_not_null";
ALTER TABLE "agent_tool_calls" DROP CONSTRAINT IF EXISTS "agent_tool_calls_status_enum_not_null";
ALTER TABLE "plans" DROP CONSTRAINT IF EXISTS "plans_status_enum_not_null";
ALTER TABLE "subscriptions" DROP CONSTRAINT IF EXISTS "subscriptions_status_enum_not_null";
ALTER TABLE "invoices" DROP CONSTRAINT IF EXISTS "invoices_status_enum_not_null";
ALTER TABLE "payments" DROP CONSTRAINT IF EXISTS "payments_status_enum_not_null";
ALTER TABLE "refunds" DROP CONSTRAINT IF EXISTS "refunds_status_enum_not_null";
ALTER TABLE "activities" DROP CONSTRAINT IF EXISTS "activities_status_enum_not_null";
ALTER TABLE "approval_requests" DROP CONSTRAINT IF EXISTS "approval_requests_status_enum_not_null";
ALTER TABLE "blog_posts" DROP CONSTRAINT IF EXISTS "blog_posts_status_enum_not_null";
ALTER TABLE "content_ideas" DROP CONSTRAINT IF EXISTS "content_ideas_status_enum_not_null";
ALTER TABLE "websites" DROP CONSTRAINT IF EXISTS "websites_status_enum_not_null";
ALTER TABLE "social_accounts" DROP CONSTRAINT IF EXISTS "social_accounts_status_enum_not_null";
ALTER TABLE "social_posts" DROP CONSTRAINT IF EXISTS "social_posts_status_enum_not_null";
ALTER TABLE "newsletter_issues" DROP CONSTRAINT IF EXISTS "newsletter_issues_status_enum_not_null";
ALTER TABLE "newsletter_subscribers" DROP CONSTRAINT IF EXISTS "newsletter_subscribers_status_enum_not_null";
ALTER TABLE "newsletter_sends" DROP CONSTRAINT IF EXISTS "newsletter_sends_status_enum_not_null";
ALTER TABLE "landing_pages" DROP CONSTRAINT IF EXISTS "landing_pages_status_enum_not_null";
ALTER TABLE "credit_purchases" DROP CONSTRAINT IF EXISTS "credit_purchases_status_enum_not_null";
ALTER TABLE "leads" DROP CONSTRAINT IF EXISTS "leads_status_enum_not_null";
ALTER TABLE "deals" DROP CONSTRAINT IF EXISTS "deals_status_enum_not_null";
ALTER TABLE "help_articles" DROP CONSTRAINT IF EXISTS "help_articles_status_enum_not_null";
ALTER TABLE "announcements" DROP CONSTRAINT IF EXISTS "announcements_status_enum_not_null";
ALTER TABLE "integrations" DROP CONSTRAINT IF EXISTS "integrations_status_enum_not_null";
ALTER TABLE "integration_sync_runs" DROP CONSTRAINT IF EXISTS "integration_sync_runs_status_enum_not_null";
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT IF EXISTS "webhook_endpoints_status_enum_not_null";
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT IF EXISTS "webhook_deliveries_status_enum_not_null";
ALTER TABLE "reports" DROP CONSTRAINT IF EXISTS "reports_status_enum_not_null";
ALTER TABLE "support_tickets" DROP CONSTRAINT IF EXISTS "support_tickets_status_enum_not_null";
ALTER TABLE "campaigns" DROP CONSTRAINT IF EXISTS "campaigns_status_enum_not_null";
ALTER TABLE "backlinks" DROP CONSTRAINT IF EXISTS "backlinks_status_enum_not_null";
ALTER TABLE "outreach_targets" DROP CONSTRAINT IF EXISTS "outreach_targets_status_enum_not_null";
ALTER TABLE "outreach_emails" DROP CONSTRAINT IF EXISTS "outreach_emails_status_enum_not_null";
ALTER TABLE "rag_datasets" DROP CONSTRAINT IF EXISTS "rag_datasets_status_enum_not_null";
ALTER TABLE "rag_ingest_jobs" DROP CONSTRAINT IF EXISTS "rag_ingest_jobs_status_enum_not_null";
ALTER TABLE "rag_documents" DROP CONSTRAINT IF EXISTS "rag_documents_status_enum_not_null";
ALTER TABLE "keywords" DROP CONSTRAINT IF EXISTS "keywords_status_enum_not_null";
ALTER TABLE "site_audits" DROP CONSTRAINT IF EXISTS "site_audits_status_enum_not_null";
ALTER TABLE "client_contexts" DROP CONSTRAINT IF EXISTS "client_contexts_status_enum_not_null";
ALTER TABLE "strategies" DROP CONSTRAINT IF EXISTS "strategies_status_enum_not_null";
ALTER TABLE "deliverables" DROP CONSTRAINT IF EXISTS "deliverables_status_enum_not_null";
ALTER TABLE "tenants" DROP CONSTRAINT IF EXISTS "tenants_status_enum_not_null";
ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "users_status_enum_not_null";
ALTER TABLE "tenant_members" DROP CONSTRAINT IF EXISTS "tenant_members_status_enum_not_null";
ALTER TABLE "invitations" DROP CONSTRAINT IF EXISTS "invitations_status_enum_not_null";
ALTER TABLE "tenant_deletions" DROP CONSTRAINT IF EXISTS "tenant_deletions_status_enum_not_null";
ALTER TABLE "web_crawl_jobs" DROP CONSTRAINT IF EXISTS "web_crawl_jobs_status_enum_not_null";
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000016_f16_status_enums';
