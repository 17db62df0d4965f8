-- Finding 16, expand step: every status column (54 in 51 tables) gets an enum-typed twin beside it,
-- "<column>_enum", nullable and without a default (catalog only: no rewrite, no scan, and no row reads as
-- a default it never had). A trigger per table fills the twin on every write of the legacy application:
-- the folded value (lower(btrim())) when it is a member, else what the operator's mapping says, else NULL
-- (never an error: the legacy application must keep working). The backfill (backfill.ts) fills the
-- existing rows table by table; the index folders that follow build the status indexes on the twins
-- CONCURRENTLY; the contract folders settle every value (stopping on any the mapping does not cover),
-- swap the columns and write the ledger.
-- The columns, enums, members, defaults and indexes are those of the single-transaction folder this one
-- replaces (generated from the enums of prisma/schema/*.prisma); verify and the chain test compare the
-- migrated catalog with the schema.
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '60s';

-- The enum types, members in lifecycle order (as in the schema). No lock on any table.
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

-- The application deployed at the pause filters on "status" with enum-typed parameters while the column
-- is still text, and PostgreSQL has no operator for "text = LeadStatus". These two operators (text on
-- the left, any enum on the right) compare such a pair as text until the swap, which drops them. An
-- implicit cast would do the same but make every "enum = enum" ambiguous. No table lock.
CREATE FUNCTION "online_migration"."f16_text_eq_enum"(text, anyenum) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT $1 = $2::text $$;
CREATE FUNCTION "online_migration"."f16_text_ne_enum"(text, anyenum) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT $1 <> $2::text $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = anyenum, FUNCTION = "online_migration"."f16_text_eq_enum", NEGATOR = OPERATOR(public.<>));
CREATE OPERATOR public.<> (LEFTARG = text, RIGHTARG = anyenum, FUNCTION = "online_migration"."f16_text_ne_enum", NEGATOR = OPERATOR(public.=));


-- What a legacy status means in the enum: the folded value when it is a member, else what the operator's
-- mapping names (when that is a member), else NULL. It never raises: a legacy write must not fail because
-- of this migration; the value it could not place is named by the contract folder, which stops on it.
CREATE FUNCTION "online_migration"."f16_status_value"(p_table text, p_column text, p_value text, p_members text[]) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  folded CONSTANT text := lower(btrim(p_value));
  mapped text;
BEGIN
  IF p_value IS NULL THEN
    RETURN NULL;
  END IF;
  IF folded = ANY (p_members) THEN
    RETURN folded;
  END IF;
  SELECT m."toValue" INTO mapped FROM "migration_value_mapping" m
   WHERE m."tableName" = p_table AND m."columnName" = p_column AND m."fromValue" = folded;
  IF mapped = ANY (p_members) THEN
    RETURN mapped;
  END IF;
  RETURN NULL;
END $$;

-- Per table: the twin column(s) (ACCESS EXCLUSIVE for the catalog change only), then the trigger that keeps
-- them in step with legacy writes (SHARE ROW EXCLUSIVE for an instant). Nothing is scanned.

-- plans: status -> PlanStatus
ALTER TABLE "plans" ADD COLUMN "status_enum" "PlanStatus";
CREATE FUNCTION "online_migration"."f16_fill_plans"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('plans', 'status', NEW."status", ARRAY['active', 'legacy', 'retired'])::"PlanStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_plans" BEFORE INSERT OR UPDATE OF "status" ON "plans"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_plans"();

-- subscriptions: status -> SubscriptionStatus
ALTER TABLE "subscriptions" ADD COLUMN "status_enum" "SubscriptionStatus";
CREATE FUNCTION "online_migration"."f16_fill_subscriptions"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('subscriptions', 'status', NEW."status", ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired'])::"SubscriptionStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_subscriptions" BEFORE INSERT OR UPDATE OF "status" ON "subscriptions"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_subscriptions"();

-- invoices: status -> InvoiceStatus
ALTER TABLE "invoices" ADD COLUMN "status_enum" "InvoiceStatus";
CREATE FUNCTION "online_migration"."f16_fill_invoices"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('invoices', 'status', NEW."status", ARRAY['draft', 'open', 'paid', 'void', 'uncollectible'])::"InvoiceStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_invoices" BEFORE INSERT OR UPDATE OF "status" ON "invoices"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_invoices"();

-- payments: status -> PaymentStatus
ALTER TABLE "payments" ADD COLUMN "status_enum" "PaymentStatus";
CREATE FUNCTION "online_migration"."f16_fill_payments"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('payments', 'status', NEW."status", ARRAY['pending', 'succeeded', 'failed', 'refunded'])::"PaymentStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_payments" BEFORE INSERT OR UPDATE OF "status" ON "payments"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_payments"();

-- refunds: status -> RefundStatus
ALTER TABLE "refunds" ADD COLUMN "status_enum" "RefundStatus";
CREATE FUNCTION "online_migration"."f16_fill_refunds"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('refunds', 'status', NEW."status", ARRAY['pending', 'succeeded', 'failed'])::"RefundStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_refunds" BEFORE INSERT OR UPDATE OF "status" ON "refunds"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_refunds"();

-- approval_requests: status -> ApprovalRequestStatus
ALTER TABLE "approval_requests" ADD COLUMN "status_enum" "ApprovalRequestStatus";
CREATE FUNCTION "online_migration"."f16_fill_approval_requests"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('approval_requests', 'status', NEW."status", ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn'])::"ApprovalRequestStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_approval_requests" BEFORE INSERT OR UPDATE OF "status" ON "approval_requests"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_approval_requests"();

-- blog_posts: status -> BlogPostStatus
ALTER TABLE "blog_posts" ADD COLUMN "status_enum" "BlogPostStatus";
CREATE FUNCTION "online_migration"."f16_fill_blog_posts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('blog_posts', 'status', NEW."status", ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived'])::"BlogPostStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_blog_posts" BEFORE INSERT OR UPDATE OF "status" ON "blog_posts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_blog_posts"();

-- content_ideas: status -> ContentIdeaStatus
ALTER TABLE "content_ideas" ADD COLUMN "status_enum" "ContentIdeaStatus";
CREATE FUNCTION "online_migration"."f16_fill_content_ideas"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('content_ideas', 'status', NEW."status", ARRAY['new', 'accepted', 'used', 'rejected'])::"ContentIdeaStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_content_ideas" BEFORE INSERT OR UPDATE OF "status" ON "content_ideas"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_content_ideas"();

-- websites: status -> WebsiteStatus
ALTER TABLE "websites" ADD COLUMN "status_enum" "WebsiteStatus";
CREATE FUNCTION "online_migration"."f16_fill_websites"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('websites', 'status', NEW."status", ARRAY['pending', 'verifying', 'active', 'disconnected'])::"WebsiteStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_websites" BEFORE INSERT OR UPDATE OF "status" ON "websites"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_websites"();

-- social_accounts: status -> SocialAccountStatus
ALTER TABLE "social_accounts" ADD COLUMN "status_enum" "SocialAccountStatus";
CREATE FUNCTION "online_migration"."f16_fill_social_accounts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('social_accounts', 'status', NEW."status", ARRAY['connected', 'expired', 'disconnected'])::"SocialAccountStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_social_accounts" BEFORE INSERT OR UPDATE OF "status" ON "social_accounts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_social_accounts"();

-- newsletter_issues: status -> NewsletterIssueStatus
ALTER TABLE "newsletter_issues" ADD COLUMN "status_enum" "NewsletterIssueStatus";
CREATE FUNCTION "online_migration"."f16_fill_newsletter_issues"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('newsletter_issues', 'status', NEW."status", ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled'])::"NewsletterIssueStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_newsletter_issues" BEFORE INSERT OR UPDATE OF "status" ON "newsletter_issues"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_newsletter_issues"();

-- newsletter_subscribers: status -> NewsletterSubscriberStatus
ALTER TABLE "newsletter_subscribers" ADD COLUMN "status_enum" "NewsletterSubscriberStatus";
CREATE FUNCTION "online_migration"."f16_fill_newsletter_subscribers"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('newsletter_subscribers', 'status', NEW."status", ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained'])::"NewsletterSubscriberStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_newsletter_subscribers" BEFORE INSERT OR UPDATE OF "status" ON "newsletter_subscribers"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_newsletter_subscribers"();

-- landing_pages: status -> LandingPageStatus
ALTER TABLE "landing_pages" ADD COLUMN "status_enum" "LandingPageStatus";
CREATE FUNCTION "online_migration"."f16_fill_landing_pages"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('landing_pages', 'status', NEW."status", ARRAY['draft', 'published', 'unpublished'])::"LandingPageStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_landing_pages" BEFORE INSERT OR UPDATE OF "status" ON "landing_pages"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_landing_pages"();

-- credit_purchases: status -> CreditPurchaseStatus
ALTER TABLE "credit_purchases" ADD COLUMN "status_enum" "CreditPurchaseStatus";
CREATE FUNCTION "online_migration"."f16_fill_credit_purchases"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('credit_purchases', 'status', NEW."status", ARRAY['pending', 'completed', 'failed', 'refunded'])::"CreditPurchaseStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_credit_purchases" BEFORE INSERT OR UPDATE OF "status" ON "credit_purchases"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_credit_purchases"();

-- deals: status -> DealStatus
ALTER TABLE "deals" ADD COLUMN "status_enum" "DealStatus";
CREATE FUNCTION "online_migration"."f16_fill_deals"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('deals', 'status', NEW."status", ARRAY['open', 'won', 'lost', 'abandoned'])::"DealStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_deals" BEFORE INSERT OR UPDATE OF "status" ON "deals"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_deals"();

-- help_articles: status -> HelpArticleStatus
ALTER TABLE "help_articles" ADD COLUMN "status_enum" "HelpArticleStatus";
CREATE FUNCTION "online_migration"."f16_fill_help_articles"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('help_articles', 'status', NEW."status", ARRAY['draft', 'published', 'archived'])::"HelpArticleStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_help_articles" BEFORE INSERT OR UPDATE OF "status" ON "help_articles"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_help_articles"();

-- announcements: status -> AnnouncementStatus
ALTER TABLE "announcements" ADD COLUMN "status_enum" "AnnouncementStatus";
CREATE FUNCTION "online_migration"."f16_fill_announcements"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('announcements', 'status', NEW."status", ARRAY['draft', 'live', 'expired'])::"AnnouncementStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_announcements" BEFORE INSERT OR UPDATE OF "status" ON "announcements"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_announcements"();

-- integrations: status -> IntegrationStatus
ALTER TABLE "integrations" ADD COLUMN "status_enum" "IntegrationStatus";
CREATE FUNCTION "online_migration"."f16_fill_integrations"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('integrations', 'status', NEW."status", ARRAY['connected', 'error', 'disconnected'])::"IntegrationStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_integrations" BEFORE INSERT OR UPDATE OF "status" ON "integrations"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_integrations"();

-- integration_sync_runs: status -> IntegrationSyncRunStatus
ALTER TABLE "integration_sync_runs" ADD COLUMN "status_enum" "IntegrationSyncRunStatus";
CREATE FUNCTION "online_migration"."f16_fill_integration_sync_runs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('integration_sync_runs', 'status', NEW."status", ARRAY['running', 'succeeded', 'failed'])::"IntegrationSyncRunStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_integration_sync_runs" BEFORE INSERT OR UPDATE OF "status" ON "integration_sync_runs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_integration_sync_runs"();

-- webhook_endpoints: status -> WebhookEndpointStatus
ALTER TABLE "webhook_endpoints" ADD COLUMN "status_enum" "WebhookEndpointStatus";
CREATE FUNCTION "online_migration"."f16_fill_webhook_endpoints"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('webhook_endpoints', 'status', NEW."status", ARRAY['active', 'failing', 'disabled'])::"WebhookEndpointStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_webhook_endpoints" BEFORE INSERT OR UPDATE OF "status" ON "webhook_endpoints"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_webhook_endpoints"();

-- reports: status -> ReportStatus
ALTER TABLE "reports" ADD COLUMN "status_enum" "ReportStatus";
CREATE FUNCTION "online_migration"."f16_fill_reports"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('reports', 'status', NEW."status", ARRAY['queued', 'generating', 'ready', 'failed'])::"ReportStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_reports" BEFORE INSERT OR UPDATE OF "status" ON "reports"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_reports"();

-- support_tickets: status -> SupportTicketStatus
ALTER TABLE "support_tickets" ADD COLUMN "status_enum" "SupportTicketStatus";
CREATE FUNCTION "online_migration"."f16_fill_support_tickets"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('support_tickets', 'status', NEW."status", ARRAY['open', 'pending', 'resolved', 'closed'])::"SupportTicketStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_support_tickets" BEFORE INSERT OR UPDATE OF "status" ON "support_tickets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_support_tickets"();

-- campaigns: status -> CampaignStatus
ALTER TABLE "campaigns" ADD COLUMN "status_enum" "CampaignStatus";
CREATE FUNCTION "online_migration"."f16_fill_campaigns"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('campaigns', 'status', NEW."status", ARRAY['draft', 'active', 'paused', 'completed', 'cancelled'])::"CampaignStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_campaigns" BEFORE INSERT OR UPDATE OF "status" ON "campaigns"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_campaigns"();

-- backlinks: status -> BacklinkStatus
ALTER TABLE "backlinks" ADD COLUMN "status_enum" "BacklinkStatus";
CREATE FUNCTION "online_migration"."f16_fill_backlinks"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('backlinks', 'status', NEW."status", ARRAY['pending', 'live', 'lost', 'rejected'])::"BacklinkStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_backlinks" BEFORE INSERT OR UPDATE OF "status" ON "backlinks"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_backlinks"();

-- outreach_targets: status -> OutreachTargetStatus
ALTER TABLE "outreach_targets" ADD COLUMN "status_enum" "OutreachTargetStatus";
CREATE FUNCTION "online_migration"."f16_fill_outreach_targets"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('outreach_targets', 'status', NEW."status", ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped'])::"OutreachTargetStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_outreach_targets" BEFORE INSERT OR UPDATE OF "status" ON "outreach_targets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_outreach_targets"();

-- rag_datasets: status -> RagDatasetStatus
ALTER TABLE "rag_datasets" ADD COLUMN "status_enum" "RagDatasetStatus";
CREATE FUNCTION "online_migration"."f16_fill_rag_datasets"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('rag_datasets', 'status', NEW."status", ARRAY['empty', 'indexing', 'ready', 'failed'])::"RagDatasetStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_rag_datasets" BEFORE INSERT OR UPDATE OF "status" ON "rag_datasets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_rag_datasets"();

-- rag_ingest_jobs: status -> RagIngestJobStatus
ALTER TABLE "rag_ingest_jobs" ADD COLUMN "status_enum" "RagIngestJobStatus";
CREATE FUNCTION "online_migration"."f16_fill_rag_ingest_jobs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('rag_ingest_jobs', 'status', NEW."status", ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled'])::"RagIngestJobStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_rag_ingest_jobs" BEFORE INSERT OR UPDATE OF "status" ON "rag_ingest_jobs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_rag_ingest_jobs"();

-- keywords: status -> KeywordStatus
ALTER TABLE "keywords" ADD COLUMN "status_enum" "KeywordStatus";
CREATE FUNCTION "online_migration"."f16_fill_keywords"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('keywords', 'status', NEW."status", ARRAY['suggested', 'tracked', 'paused', 'archived'])::"KeywordStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_keywords" BEFORE INSERT OR UPDATE OF "status" ON "keywords"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_keywords"();

-- site_audits: status -> SiteAuditStatus
ALTER TABLE "site_audits" ADD COLUMN "status_enum" "SiteAuditStatus";
CREATE FUNCTION "online_migration"."f16_fill_site_audits"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('site_audits', 'status', NEW."status", ARRAY['queued', 'running', 'completed', 'failed'])::"SiteAuditStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_site_audits" BEFORE INSERT OR UPDATE OF "status" ON "site_audits"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_site_audits"();

-- client_contexts: status -> ClientContextStatus
ALTER TABLE "client_contexts" ADD COLUMN "status_enum" "ClientContextStatus";
CREATE FUNCTION "online_migration"."f16_fill_client_contexts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('client_contexts', 'status', NEW."status", ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])::"ClientContextStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_client_contexts" BEFORE INSERT OR UPDATE OF "status" ON "client_contexts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_client_contexts"();

-- strategies: status -> StrategyStatus
ALTER TABLE "strategies" ADD COLUMN "status_enum" "StrategyStatus";
CREATE FUNCTION "online_migration"."f16_fill_strategies"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('strategies', 'status', NEW."status", ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])::"StrategyStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_strategies" BEFORE INSERT OR UPDATE OF "status" ON "strategies"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_strategies"();

-- deliverables: status -> DeliverableStatus
ALTER TABLE "deliverables" ADD COLUMN "status_enum" "DeliverableStatus";
CREATE FUNCTION "online_migration"."f16_fill_deliverables"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('deliverables', 'status', NEW."status", ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])::"DeliverableStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_deliverables" BEFORE INSERT OR UPDATE OF "status" ON "deliverables"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_deliverables"();

-- tenants: status -> TenantStatus
ALTER TABLE "tenants" ADD COLUMN "status_enum" "TenantStatus";
CREATE FUNCTION "online_migration"."f16_fill_tenants"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('tenants', 'status', NEW."status", ARRAY['trial', 'active', 'past_due', 'suspended', 'closed'])::"TenantStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_tenants" BEFORE INSERT OR UPDATE OF "status" ON "tenants"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_tenants"();

-- users: status -> UserStatus
ALTER TABLE "users" ADD COLUMN "status_enum" "UserStatus";
CREATE FUNCTION "online_migration"."f16_fill_users"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('users', 'status', NEW."status", ARRAY['invited', 'active', 'disabled'])::"UserStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_users" BEFORE INSERT OR UPDATE OF "status" ON "users"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_users"();

-- tenant_members: status -> TenantMemberStatus
ALTER TABLE "tenant_members" ADD COLUMN "status_enum" "TenantMemberStatus";
CREATE FUNCTION "online_migration"."f16_fill_tenant_members"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('tenant_members', 'status', NEW."status", ARRAY['active', 'suspended', 'removed'])::"TenantMemberStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_tenant_members" BEFORE INSERT OR UPDATE OF "status" ON "tenant_members"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_tenant_members"();

-- invitations: status -> InvitationStatus
ALTER TABLE "invitations" ADD COLUMN "status_enum" "InvitationStatus";
CREATE FUNCTION "online_migration"."f16_fill_invitations"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('invitations', 'status', NEW."status", ARRAY['pending', 'accepted', 'expired', 'revoked'])::"InvitationStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_invitations" BEFORE INSERT OR UPDATE OF "status" ON "invitations"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_invitations"();

-- tenant_deletions: status -> TenantDeletionStatus
ALTER TABLE "tenant_deletions" ADD COLUMN "status_enum" "TenantDeletionStatus";
CREATE FUNCTION "online_migration"."f16_fill_tenant_deletions"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('tenant_deletions', 'status', NEW."status", ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled'])::"TenantDeletionStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_tenant_deletions" BEFORE INSERT OR UPDATE OF "status" ON "tenant_deletions"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_tenant_deletions"();

-- web_crawl_jobs: status -> WebCrawlJobStatus
ALTER TABLE "web_crawl_jobs" ADD COLUMN "status_enum" "WebCrawlJobStatus";
CREATE FUNCTION "online_migration"."f16_fill_web_crawl_jobs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('web_crawl_jobs', 'status', NEW."status", ARRAY['queued', 'running', 'completed', 'failed', 'cancelled'])::"WebCrawlJobStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_web_crawl_jobs" BEFORE INSERT OR UPDATE OF "status" ON "web_crawl_jobs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_web_crawl_jobs"();

-- leads: status -> LeadStatus
ALTER TABLE "leads" ADD COLUMN "status_enum" "LeadStatus";
CREATE FUNCTION "online_migration"."f16_fill_leads"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('leads', 'status', NEW."status", ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam'])::"LeadStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_leads" BEFORE INSERT OR UPDATE OF "status" ON "leads"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_leads"();

-- activities: status -> ActivityStatus
ALTER TABLE "activities" ADD COLUMN "status_enum" "ActivityStatus";
CREATE FUNCTION "online_migration"."f16_fill_activities"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('activities', 'status', NEW."status", ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled'])::"ActivityStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_activities" BEFORE INSERT OR UPDATE OF "status" ON "activities"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_activities"();

-- social_posts: status -> SocialPostStatus
ALTER TABLE "social_posts" ADD COLUMN "status_enum" "SocialPostStatus";
CREATE FUNCTION "online_migration"."f16_fill_social_posts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('social_posts', 'status', NEW."status", ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed'])::"SocialPostStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_social_posts" BEFORE INSERT OR UPDATE OF "status" ON "social_posts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_social_posts"();

-- rag_documents: status -> RagDocumentStatus
ALTER TABLE "rag_documents" ADD COLUMN "status_enum" "RagDocumentStatus";
CREATE FUNCTION "online_migration"."f16_fill_rag_documents"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('rag_documents', 'status', NEW."status", ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed'])::"RagDocumentStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_rag_documents" BEFORE INSERT OR UPDATE OF "status" ON "rag_documents"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_rag_documents"();

-- outreach_emails: status -> OutreachEmailStatus
ALTER TABLE "outreach_emails" ADD COLUMN "status_enum" "OutreachEmailStatus";
CREATE FUNCTION "online_migration"."f16_fill_outreach_emails"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('outreach_emails', 'status', NEW."status", ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed'])::"OutreachEmailStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_outreach_emails" BEFORE INSERT OR UPDATE OF "status" ON "outreach_emails"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_outreach_emails"();

-- client_context_logs: fromStatus -> ClientContextStatus, toStatus -> ClientContextStatus
ALTER TABLE "client_context_logs" ADD COLUMN "fromStatus_enum" "ClientContextStatus", ADD COLUMN "toStatus_enum" "ClientContextStatus";
CREATE FUNCTION "online_migration"."f16_fill_client_context_logs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."fromStatus_enum" := "online_migration"."f16_status_value"('client_context_logs', 'fromStatus', NEW."fromStatus", ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])::"ClientContextStatus";
  NEW."toStatus_enum" := "online_migration"."f16_status_value"('client_context_logs', 'toStatus', NEW."toStatus", ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])::"ClientContextStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_client_context_logs" BEFORE INSERT OR UPDATE OF "fromStatus", "toStatus" ON "client_context_logs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_client_context_logs"();

-- deliverable_plan_logs: fromStatus -> DeliverableStatus, toStatus -> DeliverableStatus
ALTER TABLE "deliverable_plan_logs" ADD COLUMN "fromStatus_enum" "DeliverableStatus", ADD COLUMN "toStatus_enum" "DeliverableStatus";
CREATE FUNCTION "online_migration"."f16_fill_deliverable_plan_logs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."fromStatus_enum" := "online_migration"."f16_status_value"('deliverable_plan_logs', 'fromStatus', NEW."fromStatus", ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])::"DeliverableStatus";
  NEW."toStatus_enum" := "online_migration"."f16_status_value"('deliverable_plan_logs', 'toStatus', NEW."toStatus", ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])::"DeliverableStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_deliverable_plan_logs" BEFORE INSERT OR UPDATE OF "fromStatus", "toStatus" ON "deliverable_plan_logs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_deliverable_plan_logs"();

-- strategy_logs: fromStatus -> StrategyStatus, toStatus -> StrategyStatus
ALTER TABLE "strategy_logs" ADD COLUMN "fromStatus_enum" "StrategyStatus", ADD COLUMN "toStatus_enum" "StrategyStatus";
CREATE FUNCTION "online_migration"."f16_fill_strategy_logs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."fromStatus_enum" := "online_migration"."f16_status_value"('strategy_logs', 'fromStatus', NEW."fromStatus", ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])::"StrategyStatus";
  NEW."toStatus_enum" := "online_migration"."f16_status_value"('strategy_logs', 'toStatus', NEW."toStatus", ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])::"StrategyStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_strategy_logs" BEFORE INSERT OR UPDATE OF "fromStatus", "toStatus" ON "strategy_logs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_strategy_logs"();

-- webhook_deliveries: status -> WebhookDeliveryStatus
ALTER TABLE "webhook_deliveries" ADD COLUMN "status_enum" "WebhookDeliveryStatus";
CREATE FUNCTION "online_migration"."f16_fill_webhook_deliveries"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('webhook_deliveries', 'status', NEW."status", ARRAY['pending', 'delivered', 'failed', 'retrying'])::"WebhookDeliveryStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_webhook_deliveries" BEFORE INSERT OR UPDATE OF "status" ON "webhook_deliveries"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_webhook_deliveries"();

-- newsletter_sends: status -> NewsletterSendStatus
ALTER TABLE "newsletter_sends" ADD COLUMN "status_enum" "NewsletterSendStatus";
CREATE FUNCTION "online_migration"."f16_fill_newsletter_sends"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('newsletter_sends', 'status', NEW."status", ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed'])::"NewsletterSendStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_newsletter_sends" BEFORE INSERT OR UPDATE OF "status" ON "newsletter_sends"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_newsletter_sends"();

-- agent_tool_calls: status -> AgentToolCallStatus
ALTER TABLE "agent_tool_calls" ADD COLUMN "status_enum" "AgentToolCallStatus";
CREATE FUNCTION "online_migration"."f16_fill_agent_tool_calls"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('agent_tool_calls', 'status', NEW."status", ARRAY['pending', 'succeeded', 'failed'])::"AgentToolCallStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_agent_tool_calls" BEFORE INSERT OR UPDATE OF "status" ON "agent_tool_calls"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_agent_tool_calls"();

-- agent_run_steps: status -> AgentRunStepStatus
ALTER TABLE "agent_run_steps" ADD COLUMN "status_enum" "AgentRunStepStatus";
CREATE FUNCTION "online_migration"."f16_fill_agent_run_steps"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('agent_run_steps', 'status', NEW."status", ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped'])::"AgentRunStepStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_agent_run_steps" BEFORE INSERT OR UPDATE OF "status" ON "agent_run_steps"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_agent_run_steps"();

-- agent_runs: status -> AgentRunStatus
ALTER TABLE "agent_runs" ADD COLUMN "status_enum" "AgentRunStatus";
CREATE FUNCTION "online_migration"."f16_fill_agent_runs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."status_enum" := "online_migration"."f16_status_value"('agent_runs', 'status', NEW."status", ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'])::"AgentRunStatus";
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_agent_runs" BEFORE INSERT OR UPDATE OF "status" ON "agent_runs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_agent_runs"();

SELECT "online_migration"."expanded"('20261129000016_f16_status_enums', 16);
