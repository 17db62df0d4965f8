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


-- The record of every legacy status value this finding rewrote before the swap (folded spelling, or the
-- mapping's label with the original in migration_quarantine): the settling contract folder counts it into
-- the ledger, and down.sql puts the originals back from it. Insert-only, so concurrent writers never
-- wait on each other here. No lock on any application table.
CREATE TABLE "online_migration"."f16_rewritten" (
  "id"           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "tableName"    TEXT NOT NULL,
  "columnName"   TEXT NOT NULL,
  "rowId"        TEXT NOT NULL,
  "kind"         TEXT NOT NULL CHECK ("kind" IN ('normalised', 'mapped', 'nulled')),
  "original"     TEXT NOT NULL,
  "label"        TEXT,
  "quarantineId" BIGINT,
  "at"           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- The value a legacy status column holds from now on, and the record of every change made to one. A
-- value that is a member is kept as it is. One that only differs by case or surrounding spaces is
-- spelling, not meaning: it becomes its folded label (both applications then read a member, and the
-- corrected one can read the row at all). One outside the enum that the operator's mapping settles
-- (a member, or NULL where the column takes NULL) is copied into migration_quarantine as written and
-- becomes what the mapping says. Each change is logged in online_migration.f16_rewritten, from which
-- the settling contract folder writes the ledger. Anything else (no entry, or an entry the column
-- cannot hold) is returned as written: it never raises, because a legacy write must not fail because of
-- this migration; the backfill's finish and the settling folder stop on such a value, naming it.
CREATE FUNCTION "online_migration"."f16_status_value"(p_table text, p_column text, p_row_id text, p_tenant_id text, p_value text, p_members text[], p_nullable boolean) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  folded CONSTANT text := lower(btrim(p_value));
  entry RECORD;
  kept integer;
BEGIN
  IF p_value IS NULL OR p_value = ANY (p_members) THEN
    RETURN p_value;
  END IF;
  IF folded = ANY (p_members) THEN
    INSERT INTO "online_migration"."f16_rewritten" ("tableName", "columnName", "rowId", "kind", "original", "label")
    VALUES (p_table, p_column, p_row_id, 'normalised', p_value, folded);
    RETURN folded;
  END IF;
  SELECT m."toValue" INTO entry FROM "migration_value_mapping" m
   WHERE m."tableName" = p_table AND m."columnName" = p_column AND m."fromValue" = folded;
  IF NOT FOUND OR (entry."toValue" IS NULL AND NOT p_nullable) OR (entry."toValue" IS NOT NULL AND entry."toValue" <> ALL (p_members)) THEN
    RETURN p_value;
  END IF;
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  VALUES ('20261129000016_f16_status_enums', p_table, p_row_id, p_column, to_jsonb(p_value),
          p_column || ' value is no member of its enum; set to ' || coalesce(quote_literal(entry."toValue"), 'NULL') || ' as migration_value_mapping says',
          p_tenant_id)
  RETURNING "id" INTO kept;
  INSERT INTO "online_migration"."f16_rewritten" ("tableName", "columnName", "rowId", "kind", "original", "label", "quarantineId")
  VALUES (p_table, p_column, p_row_id, CASE WHEN entry."toValue" IS NULL THEN 'nulled' ELSE 'mapped' END, p_value, entry."toValue", kept);
  RETURN entry."toValue";
END $$;

-- All 51 tables are locked at once, before the first change, and each try gives up after 200 ms. Taken
-- one ALTER at a time, the locks came in this folder's order while a legacy write into a child table takes
-- its parents' in another: in the large online run (run 7) one such write deadlocked with this folder,
-- and PostgreSQL needed its one-second deadlock check to end it, while this folder held the tables it had.
-- A try that cannot get every lock within 200 ms gives back those it got (its subtransaction rolls
-- back) and lets the queued queries through; the next try comes after a growing pause, for about 20 s in
-- all. When a long transaction holds a table all that time, the folder stops and names it; nothing was
-- changed, and deploying again later is the remedy (prisma/ONLINE.md).
DO $$
DECLARE
  attempt integer := 0;
  holders text;
BEGIN
  LOOP
    attempt := attempt + 1;
    BEGIN
      PERFORM set_config('lock_timeout', '200ms', true);
      LOCK TABLE "plans", "subscriptions", "invoices", "payments", "refunds", "approval_requests", "blog_posts",
                 "content_ideas", "websites", "social_accounts", "newsletter_issues", "newsletter_subscribers",
                 "landing_pages", "credit_purchases", "deals", "help_articles", "announcements", "integrations",
                 "integration_sync_runs", "webhook_endpoints", "reports", "support_tickets", "campaigns",
                 "backlinks", "outreach_targets", "rag_datasets", "rag_ingest_jobs", "keywords", "site_audits",
                 "client_contexts", "strategies", "deliverables", "tenants", "users", "tenant_members",
                 "invitations", "tenant_deletions", "web_crawl_jobs", "leads", "activities", "social_posts",
                 "rag_documents", "outreach_emails", "client_context_logs", "deliverable_plan_logs", "strategy_logs",
                 "webhook_deliveries", "newsletter_sends", "agent_tool_calls", "agent_run_steps",
                 "agent_runs" IN ACCESS EXCLUSIVE MODE;
      EXIT;
    EXCEPTION WHEN lock_not_available THEN
      IF attempt >= 20 THEN
        SELECT string_agg(format('pid %s on %s (%s, transaction open since %s): %s', a.pid, l.relation::regclass, a.state, a.xact_start, left(a.query, 80)), '; ')
          INTO holders
          FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.granted AND l.pid <> pg_backend_pid()
           AND l.relation = ANY (ARRAY[
                                      '"plans"'::regclass,
                                      '"subscriptions"'::regclass,
                                      '"invoices"'::regclass,
                                      '"payments"'::regclass,
                                      '"refunds"'::regclass,
                                      '"approval_requests"'::regclass,
                                      '"blog_posts"'::regclass,
                                      '"content_ideas"'::regclass,
                                      '"websites"'::regclass,
                                      '"social_accounts"'::regclass,
                                      '"newsletter_issues"'::regclass,
                                      '"newsletter_subscribers"'::regclass,
                                      '"landing_pages"'::regclass,
                                      '"credit_purchases"'::regclass,
                                      '"deals"'::regclass,
                                      '"help_articles"'::regclass,
                                      '"announcements"'::regclass,
                                      '"integrations"'::regclass,
                                      '"integration_sync_runs"'::regclass,
                                      '"webhook_endpoints"'::regclass,
                                      '"reports"'::regclass,
                                      '"support_tickets"'::regclass,
                                      '"campaigns"'::regclass,
                                      '"backlinks"'::regclass,
                                      '"outreach_targets"'::regclass,
                                      '"rag_datasets"'::regclass,
                                      '"rag_ingest_jobs"'::regclass,
                                      '"keywords"'::regclass,
                                      '"site_audits"'::regclass,
                                      '"client_contexts"'::regclass,
                                      '"strategies"'::regclass,
                                      '"deliverables"'::regclass,
                                      '"tenants"'::regclass,
                                      '"users"'::regclass,
                                      '"tenant_members"'::regclass,
                                      '"invitations"'::regclass,
                                      '"tenant_deletions"'::regclass,
                                      '"web_crawl_jobs"'::regclass,
                                      '"leads"'::regclass,
                                      '"activities"'::regclass,
                                      '"social_posts"'::regclass,
                                      '"rag_documents"'::regclass,
                                      '"outreach_emails"'::regclass,
                                      '"client_context_logs"'::regclass,
                                      '"deliverable_plan_logs"'::regclass,
                                      '"strategy_logs"'::regclass,
                                      '"webhook_deliveries"'::regclass,
                                      '"newsletter_sends"'::regclass,
                                      '"agent_tool_calls"'::regclass,
                                      '"agent_run_steps"'::regclass,
                                      '"agent_runs"'::regclass
               ]);
        RAISE EXCEPTION '20261129000016_f16_status_enums: its tables stayed locked by other transactions for % tries; nothing was changed', attempt
          USING DETAIL = coalesce('holding them: ' || holders, 'the holders finished meanwhile'),
                HINT = 'end or wait for those transactions, then run `pnpm backfill recover --database-url <url>` and prisma migrate deploy again (see RUNBOOK.md)';
      END IF;
      PERFORM pg_sleep(least(0.05 * 2 ^ attempt, 1.0) * (0.5 + random()));
    END;
  END LOOP;
  PERFORM set_config('lock_timeout', '2s', true);
END $$;

-- Per table: the twin column(s) (ACCESS EXCLUSIVE for the catalog change only), then the trigger that keeps
-- them in step with legacy writes (SHARE ROW EXCLUSIVE for an instant). Nothing is scanned.

-- plans: status -> PlanStatus
ALTER TABLE "plans" ADD COLUMN "status_enum" "PlanStatus";
CREATE FUNCTION "online_migration"."f16_fill_plans"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['active', 'legacy', 'retired']) THEN
    NEW."status" := "online_migration"."f16_status_value"('plans', 'status', NEW."id", NULL, NEW."status", ARRAY['active', 'legacy', 'retired'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['active', 'legacy', 'retired']) THEN NEW."status"::"PlanStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_plans" BEFORE INSERT OR UPDATE OF "status" ON "plans"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_plans"();

-- subscriptions: status -> SubscriptionStatus
ALTER TABLE "subscriptions" ADD COLUMN "status_enum" "SubscriptionStatus";
CREATE FUNCTION "online_migration"."f16_fill_subscriptions"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired']) THEN
    NEW."status" := "online_migration"."f16_status_value"('subscriptions', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired']) THEN NEW."status"::"SubscriptionStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_subscriptions" BEFORE INSERT OR UPDATE OF "status" ON "subscriptions"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_subscriptions"();

-- invoices: status -> InvoiceStatus
ALTER TABLE "invoices" ADD COLUMN "status_enum" "InvoiceStatus";
CREATE FUNCTION "online_migration"."f16_fill_invoices"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible']) THEN
    NEW."status" := "online_migration"."f16_status_value"('invoices', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'open', 'paid', 'void', 'uncollectible'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible']) THEN NEW."status"::"InvoiceStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_invoices" BEFORE INSERT OR UPDATE OF "status" ON "invoices"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_invoices"();

-- payments: status -> PaymentStatus
ALTER TABLE "payments" ADD COLUMN "status_enum" "PaymentStatus";
CREATE FUNCTION "online_migration"."f16_fill_payments"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'succeeded', 'failed', 'refunded']) THEN
    NEW."status" := "online_migration"."f16_status_value"('payments', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['pending', 'succeeded', 'failed', 'refunded'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'succeeded', 'failed', 'refunded']) THEN NEW."status"::"PaymentStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_payments" BEFORE INSERT OR UPDATE OF "status" ON "payments"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_payments"();

-- refunds: status -> RefundStatus
ALTER TABLE "refunds" ADD COLUMN "status_enum" "RefundStatus";
CREATE FUNCTION "online_migration"."f16_fill_refunds"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'succeeded', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('refunds', 'status', NEW."id", (SELECT p1."tenantId" FROM "payments" p1 WHERE p1."id" = NEW."paymentId"), NEW."status", ARRAY['pending', 'succeeded', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'succeeded', 'failed']) THEN NEW."status"::"RefundStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_refunds" BEFORE INSERT OR UPDATE OF "status" ON "refunds"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_refunds"();

-- approval_requests: status -> ApprovalRequestStatus
ALTER TABLE "approval_requests" ADD COLUMN "status_enum" "ApprovalRequestStatus";
CREATE FUNCTION "online_migration"."f16_fill_approval_requests"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn']) THEN
    NEW."status" := "online_migration"."f16_status_value"('approval_requests', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn']) THEN NEW."status"::"ApprovalRequestStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_approval_requests" BEFORE INSERT OR UPDATE OF "status" ON "approval_requests"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_approval_requests"();

-- blog_posts: status -> BlogPostStatus
ALTER TABLE "blog_posts" ADD COLUMN "status_enum" "BlogPostStatus";
CREATE FUNCTION "online_migration"."f16_fill_blog_posts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived']) THEN
    NEW."status" := "online_migration"."f16_status_value"('blog_posts', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived']) THEN NEW."status"::"BlogPostStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_blog_posts" BEFORE INSERT OR UPDATE OF "status" ON "blog_posts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_blog_posts"();

-- content_ideas: status -> ContentIdeaStatus
ALTER TABLE "content_ideas" ADD COLUMN "status_enum" "ContentIdeaStatus";
CREATE FUNCTION "online_migration"."f16_fill_content_ideas"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['new', 'accepted', 'used', 'rejected']) THEN
    NEW."status" := "online_migration"."f16_status_value"('content_ideas', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['new', 'accepted', 'used', 'rejected'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['new', 'accepted', 'used', 'rejected']) THEN NEW."status"::"ContentIdeaStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_content_ideas" BEFORE INSERT OR UPDATE OF "status" ON "content_ideas"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_content_ideas"();

-- websites: status -> WebsiteStatus
ALTER TABLE "websites" ADD COLUMN "status_enum" "WebsiteStatus";
CREATE FUNCTION "online_migration"."f16_fill_websites"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'verifying', 'active', 'disconnected']) THEN
    NEW."status" := "online_migration"."f16_status_value"('websites', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['pending', 'verifying', 'active', 'disconnected'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'verifying', 'active', 'disconnected']) THEN NEW."status"::"WebsiteStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_websites" BEFORE INSERT OR UPDATE OF "status" ON "websites"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_websites"();

-- social_accounts: status -> SocialAccountStatus
ALTER TABLE "social_accounts" ADD COLUMN "status_enum" "SocialAccountStatus";
CREATE FUNCTION "online_migration"."f16_fill_social_accounts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['connected', 'expired', 'disconnected']) THEN
    NEW."status" := "online_migration"."f16_status_value"('social_accounts', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['connected', 'expired', 'disconnected'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['connected', 'expired', 'disconnected']) THEN NEW."status"::"SocialAccountStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_social_accounts" BEFORE INSERT OR UPDATE OF "status" ON "social_accounts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_social_accounts"();

-- newsletter_issues: status -> NewsletterIssueStatus
ALTER TABLE "newsletter_issues" ADD COLUMN "status_enum" "NewsletterIssueStatus";
CREATE FUNCTION "online_migration"."f16_fill_newsletter_issues"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('newsletter_issues', 'status', NEW."id", (SELECT p1."tenantId" FROM "newsletters" p1 WHERE p1."id" = NEW."newsletterId"), NEW."status", ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled']) THEN NEW."status"::"NewsletterIssueStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_newsletter_issues" BEFORE INSERT OR UPDATE OF "status" ON "newsletter_issues"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_newsletter_issues"();

-- newsletter_subscribers: status -> NewsletterSubscriberStatus
ALTER TABLE "newsletter_subscribers" ADD COLUMN "status_enum" "NewsletterSubscriberStatus";
CREATE FUNCTION "online_migration"."f16_fill_newsletter_subscribers"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained']) THEN
    NEW."status" := "online_migration"."f16_status_value"('newsletter_subscribers', 'status', NEW."id", (SELECT p1."tenantId" FROM "newsletters" p1 WHERE p1."id" = NEW."newsletterId"), NEW."status", ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained']) THEN NEW."status"::"NewsletterSubscriberStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_newsletter_subscribers" BEFORE INSERT OR UPDATE OF "status" ON "newsletter_subscribers"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_newsletter_subscribers"();

-- landing_pages: status -> LandingPageStatus
ALTER TABLE "landing_pages" ADD COLUMN "status_enum" "LandingPageStatus";
CREATE FUNCTION "online_migration"."f16_fill_landing_pages"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'published', 'unpublished']) THEN
    NEW."status" := "online_migration"."f16_status_value"('landing_pages', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'published', 'unpublished'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'published', 'unpublished']) THEN NEW."status"::"LandingPageStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_landing_pages" BEFORE INSERT OR UPDATE OF "status" ON "landing_pages"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_landing_pages"();

-- credit_purchases: status -> CreditPurchaseStatus
ALTER TABLE "credit_purchases" ADD COLUMN "status_enum" "CreditPurchaseStatus";
CREATE FUNCTION "online_migration"."f16_fill_credit_purchases"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'completed', 'failed', 'refunded']) THEN
    NEW."status" := "online_migration"."f16_status_value"('credit_purchases', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['pending', 'completed', 'failed', 'refunded'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'completed', 'failed', 'refunded']) THEN NEW."status"::"CreditPurchaseStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_credit_purchases" BEFORE INSERT OR UPDATE OF "status" ON "credit_purchases"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_credit_purchases"();

-- deals: status -> DealStatus
ALTER TABLE "deals" ADD COLUMN "status_enum" "DealStatus";
CREATE FUNCTION "online_migration"."f16_fill_deals"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['open', 'won', 'lost', 'abandoned']) THEN
    NEW."status" := "online_migration"."f16_status_value"('deals', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['open', 'won', 'lost', 'abandoned'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['open', 'won', 'lost', 'abandoned']) THEN NEW."status"::"DealStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_deals" BEFORE INSERT OR UPDATE OF "status" ON "deals"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_deals"();

-- help_articles: status -> HelpArticleStatus
ALTER TABLE "help_articles" ADD COLUMN "status_enum" "HelpArticleStatus";
CREATE FUNCTION "online_migration"."f16_fill_help_articles"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'published', 'archived']) THEN
    NEW."status" := "online_migration"."f16_status_value"('help_articles', 'status', NEW."id", NULL, NEW."status", ARRAY['draft', 'published', 'archived'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'published', 'archived']) THEN NEW."status"::"HelpArticleStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_help_articles" BEFORE INSERT OR UPDATE OF "status" ON "help_articles"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_help_articles"();

-- announcements: status -> AnnouncementStatus
ALTER TABLE "announcements" ADD COLUMN "status_enum" "AnnouncementStatus";
CREATE FUNCTION "online_migration"."f16_fill_announcements"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'live', 'expired']) THEN
    NEW."status" := "online_migration"."f16_status_value"('announcements', 'status', NEW."id", NULL, NEW."status", ARRAY['draft', 'live', 'expired'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'live', 'expired']) THEN NEW."status"::"AnnouncementStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_announcements" BEFORE INSERT OR UPDATE OF "status" ON "announcements"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_announcements"();

-- integrations: status -> IntegrationStatus
ALTER TABLE "integrations" ADD COLUMN "status_enum" "IntegrationStatus";
CREATE FUNCTION "online_migration"."f16_fill_integrations"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['connected', 'error', 'disconnected']) THEN
    NEW."status" := "online_migration"."f16_status_value"('integrations', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['connected', 'error', 'disconnected'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['connected', 'error', 'disconnected']) THEN NEW."status"::"IntegrationStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_integrations" BEFORE INSERT OR UPDATE OF "status" ON "integrations"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_integrations"();

-- integration_sync_runs: status -> IntegrationSyncRunStatus
ALTER TABLE "integration_sync_runs" ADD COLUMN "status_enum" "IntegrationSyncRunStatus";
CREATE FUNCTION "online_migration"."f16_fill_integration_sync_runs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['running', 'succeeded', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('integration_sync_runs', 'status', NEW."id", (SELECT p1."tenantId" FROM "integrations" p1 WHERE p1."id" = NEW."integrationId"), NEW."status", ARRAY['running', 'succeeded', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['running', 'succeeded', 'failed']) THEN NEW."status"::"IntegrationSyncRunStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_integration_sync_runs" BEFORE INSERT OR UPDATE OF "status" ON "integration_sync_runs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_integration_sync_runs"();

-- webhook_endpoints: status -> WebhookEndpointStatus
ALTER TABLE "webhook_endpoints" ADD COLUMN "status_enum" "WebhookEndpointStatus";
CREATE FUNCTION "online_migration"."f16_fill_webhook_endpoints"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['active', 'failing', 'disabled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('webhook_endpoints', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['active', 'failing', 'disabled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['active', 'failing', 'disabled']) THEN NEW."status"::"WebhookEndpointStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_webhook_endpoints" BEFORE INSERT OR UPDATE OF "status" ON "webhook_endpoints"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_webhook_endpoints"();

-- reports: status -> ReportStatus
ALTER TABLE "reports" ADD COLUMN "status_enum" "ReportStatus";
CREATE FUNCTION "online_migration"."f16_fill_reports"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['queued', 'generating', 'ready', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('reports', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['queued', 'generating', 'ready', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['queued', 'generating', 'ready', 'failed']) THEN NEW."status"::"ReportStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_reports" BEFORE INSERT OR UPDATE OF "status" ON "reports"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_reports"();

-- support_tickets: status -> SupportTicketStatus
ALTER TABLE "support_tickets" ADD COLUMN "status_enum" "SupportTicketStatus";
CREATE FUNCTION "online_migration"."f16_fill_support_tickets"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['open', 'pending', 'resolved', 'closed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('support_tickets', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['open', 'pending', 'resolved', 'closed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['open', 'pending', 'resolved', 'closed']) THEN NEW."status"::"SupportTicketStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_support_tickets" BEFORE INSERT OR UPDATE OF "status" ON "support_tickets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_support_tickets"();

-- campaigns: status -> CampaignStatus
ALTER TABLE "campaigns" ADD COLUMN "status_enum" "CampaignStatus";
CREATE FUNCTION "online_migration"."f16_fill_campaigns"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('campaigns', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'active', 'paused', 'completed', 'cancelled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled']) THEN NEW."status"::"CampaignStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_campaigns" BEFORE INSERT OR UPDATE OF "status" ON "campaigns"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_campaigns"();

-- backlinks: status -> BacklinkStatus
ALTER TABLE "backlinks" ADD COLUMN "status_enum" "BacklinkStatus";
CREATE FUNCTION "online_migration"."f16_fill_backlinks"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'live', 'lost', 'rejected']) THEN
    NEW."status" := "online_migration"."f16_status_value"('backlinks', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['pending', 'live', 'lost', 'rejected'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'live', 'lost', 'rejected']) THEN NEW."status"::"BacklinkStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_backlinks" BEFORE INSERT OR UPDATE OF "status" ON "backlinks"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_backlinks"();

-- outreach_targets: status -> OutreachTargetStatus
ALTER TABLE "outreach_targets" ADD COLUMN "status_enum" "OutreachTargetStatus";
CREATE FUNCTION "online_migration"."f16_fill_outreach_targets"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped']) THEN
    NEW."status" := "online_migration"."f16_status_value"('outreach_targets', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped']) THEN NEW."status"::"OutreachTargetStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_outreach_targets" BEFORE INSERT OR UPDATE OF "status" ON "outreach_targets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_outreach_targets"();

-- rag_datasets: status -> RagDatasetStatus
ALTER TABLE "rag_datasets" ADD COLUMN "status_enum" "RagDatasetStatus";
CREATE FUNCTION "online_migration"."f16_fill_rag_datasets"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['empty', 'indexing', 'ready', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('rag_datasets', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['empty', 'indexing', 'ready', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['empty', 'indexing', 'ready', 'failed']) THEN NEW."status"::"RagDatasetStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_rag_datasets" BEFORE INSERT OR UPDATE OF "status" ON "rag_datasets"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_rag_datasets"();

-- rag_ingest_jobs: status -> RagIngestJobStatus
ALTER TABLE "rag_ingest_jobs" ADD COLUMN "status_enum" "RagIngestJobStatus";
CREATE FUNCTION "online_migration"."f16_fill_rag_ingest_jobs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('rag_ingest_jobs', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled']) THEN NEW."status"::"RagIngestJobStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_rag_ingest_jobs" BEFORE INSERT OR UPDATE OF "status" ON "rag_ingest_jobs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_rag_ingest_jobs"();

-- keywords: status -> KeywordStatus
ALTER TABLE "keywords" ADD COLUMN "status_enum" "KeywordStatus";
CREATE FUNCTION "online_migration"."f16_fill_keywords"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['suggested', 'tracked', 'paused', 'archived']) THEN
    NEW."status" := "online_migration"."f16_status_value"('keywords', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['suggested', 'tracked', 'paused', 'archived'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['suggested', 'tracked', 'paused', 'archived']) THEN NEW."status"::"KeywordStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_keywords" BEFORE INSERT OR UPDATE OF "status" ON "keywords"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_keywords"();

-- site_audits: status -> SiteAuditStatus
ALTER TABLE "site_audits" ADD COLUMN "status_enum" "SiteAuditStatus";
CREATE FUNCTION "online_migration"."f16_fill_site_audits"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['queued', 'running', 'completed', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('site_audits', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['queued', 'running', 'completed', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['queued', 'running', 'completed', 'failed']) THEN NEW."status"::"SiteAuditStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_site_audits" BEFORE INSERT OR UPDATE OF "status" ON "site_audits"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_site_audits"();

-- client_contexts: status -> ClientContextStatus
ALTER TABLE "client_contexts" ADD COLUMN "status_enum" "ClientContextStatus";
CREATE FUNCTION "online_migration"."f16_fill_client_contexts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('client_contexts', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'generating', 'ready', 'stale', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) THEN NEW."status"::"ClientContextStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_client_contexts" BEFORE INSERT OR UPDATE OF "status" ON "client_contexts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_client_contexts"();

-- strategies: status -> StrategyStatus
ALTER TABLE "strategies" ADD COLUMN "status_enum" "StrategyStatus";
CREATE FUNCTION "online_migration"."f16_fill_strategies"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('strategies', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) THEN NEW."status"::"StrategyStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_strategies" BEFORE INSERT OR UPDATE OF "status" ON "strategies"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_strategies"();

-- deliverables: status -> DeliverableStatus
ALTER TABLE "deliverables" ADD COLUMN "status_enum" "DeliverableStatus";
CREATE FUNCTION "online_migration"."f16_fill_deliverables"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('deliverables', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) THEN NEW."status"::"DeliverableStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_deliverables" BEFORE INSERT OR UPDATE OF "status" ON "deliverables"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_deliverables"();

-- tenants: status -> TenantStatus
ALTER TABLE "tenants" ADD COLUMN "status_enum" "TenantStatus";
CREATE FUNCTION "online_migration"."f16_fill_tenants"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('tenants', 'status', NEW."id", CASE WHEN TG_OP = 'UPDATE' THEN NEW."id" END, NEW."status", ARRAY['trial', 'active', 'past_due', 'suspended', 'closed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed']) THEN NEW."status"::"TenantStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_tenants" BEFORE INSERT OR UPDATE OF "status" ON "tenants"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_tenants"();

-- users: status -> UserStatus
ALTER TABLE "users" ADD COLUMN "status_enum" "UserStatus";
CREATE FUNCTION "online_migration"."f16_fill_users"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['invited', 'active', 'disabled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('users', 'status', NEW."id", NULL, NEW."status", ARRAY['invited', 'active', 'disabled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['invited', 'active', 'disabled']) THEN NEW."status"::"UserStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_users" BEFORE INSERT OR UPDATE OF "status" ON "users"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_users"();

-- tenant_members: status -> TenantMemberStatus
ALTER TABLE "tenant_members" ADD COLUMN "status_enum" "TenantMemberStatus";
CREATE FUNCTION "online_migration"."f16_fill_tenant_members"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['active', 'suspended', 'removed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('tenant_members', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['active', 'suspended', 'removed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['active', 'suspended', 'removed']) THEN NEW."status"::"TenantMemberStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_tenant_members" BEFORE INSERT OR UPDATE OF "status" ON "tenant_members"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_tenant_members"();

-- invitations: status -> InvitationStatus
ALTER TABLE "invitations" ADD COLUMN "status_enum" "InvitationStatus";
CREATE FUNCTION "online_migration"."f16_fill_invitations"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'accepted', 'expired', 'revoked']) THEN
    NEW."status" := "online_migration"."f16_status_value"('invitations', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['pending', 'accepted', 'expired', 'revoked'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'accepted', 'expired', 'revoked']) THEN NEW."status"::"InvitationStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_invitations" BEFORE INSERT OR UPDATE OF "status" ON "invitations"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_invitations"();

-- tenant_deletions: status -> TenantDeletionStatus
ALTER TABLE "tenant_deletions" ADD COLUMN "status_enum" "TenantDeletionStatus";
CREATE FUNCTION "online_migration"."f16_fill_tenant_deletions"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('tenant_deletions', 'status', NEW."id", NULL, NEW."status", ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled']) THEN NEW."status"::"TenantDeletionStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_tenant_deletions" BEFORE INSERT OR UPDATE OF "status" ON "tenant_deletions"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_tenant_deletions"();

-- web_crawl_jobs: status -> WebCrawlJobStatus
ALTER TABLE "web_crawl_jobs" ADD COLUMN "status_enum" "WebCrawlJobStatus";
CREATE FUNCTION "online_migration"."f16_fill_web_crawl_jobs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('web_crawl_jobs', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['queued', 'running', 'completed', 'failed', 'cancelled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled']) THEN NEW."status"::"WebCrawlJobStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_web_crawl_jobs" BEFORE INSERT OR UPDATE OF "status" ON "web_crawl_jobs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_web_crawl_jobs"();

-- leads: status -> LeadStatus
ALTER TABLE "leads" ADD COLUMN "status_enum" "LeadStatus";
CREATE FUNCTION "online_migration"."f16_fill_leads"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam']) THEN
    NEW."status" := "online_migration"."f16_status_value"('leads', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam']) THEN NEW."status"::"LeadStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_leads" BEFORE INSERT OR UPDATE OF "status" ON "leads"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_leads"();

-- activities: status -> ActivityStatus
ALTER TABLE "activities" ADD COLUMN "status_enum" "ActivityStatus";
CREATE FUNCTION "online_migration"."f16_fill_activities"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled']) THEN
    NEW."status" := "online_migration"."f16_status_value"('activities', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled']) THEN NEW."status"::"ActivityStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_activities" BEFORE INSERT OR UPDATE OF "status" ON "activities"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_activities"();

-- social_posts: status -> SocialPostStatus
ALTER TABLE "social_posts" ADD COLUMN "status_enum" "SocialPostStatus";
CREATE FUNCTION "online_migration"."f16_fill_social_posts"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('social_posts', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed']) THEN NEW."status"::"SocialPostStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_social_posts" BEFORE INSERT OR UPDATE OF "status" ON "social_posts"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_social_posts"();

-- rag_documents: status -> RagDocumentStatus
ALTER TABLE "rag_documents" ADD COLUMN "status_enum" "RagDocumentStatus";
CREATE FUNCTION "online_migration"."f16_fill_rag_documents"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('rag_documents', 'status', NEW."id", (SELECT p1."tenantId" FROM "rag_datasets" p1 WHERE p1."id" = NEW."datasetId"), NEW."status", ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed']) THEN NEW."status"::"RagDocumentStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_rag_documents" BEFORE INSERT OR UPDATE OF "status" ON "rag_documents"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_rag_documents"();

-- outreach_emails: status -> OutreachEmailStatus
ALTER TABLE "outreach_emails" ADD COLUMN "status_enum" "OutreachEmailStatus";
CREATE FUNCTION "online_migration"."f16_fill_outreach_emails"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('outreach_emails', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed']) THEN NEW."status"::"OutreachEmailStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_outreach_emails" BEFORE INSERT OR UPDATE OF "status" ON "outreach_emails"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_outreach_emails"();

-- client_context_logs: fromStatus -> ClientContextStatus, toStatus -> ClientContextStatus
ALTER TABLE "client_context_logs" ADD COLUMN "fromStatus_enum" "ClientContextStatus", ADD COLUMN "toStatus_enum" "ClientContextStatus";
CREATE FUNCTION "online_migration"."f16_fill_client_context_logs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."fromStatus" <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) THEN
    NEW."fromStatus" := "online_migration"."f16_status_value"('client_context_logs', 'fromStatus', NEW."id", (SELECT p1."tenantId" FROM "client_contexts" p1 WHERE p1."id" = NEW."clientContextId"), NEW."fromStatus", ARRAY['draft', 'generating', 'ready', 'stale', 'failed'], true);
  END IF;
  NEW."fromStatus_enum" := CASE WHEN NEW."fromStatus" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) THEN NEW."fromStatus"::"ClientContextStatus" END;
  IF NEW."toStatus" <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) THEN
    NEW."toStatus" := "online_migration"."f16_status_value"('client_context_logs', 'toStatus', NEW."id", (SELECT p1."tenantId" FROM "client_contexts" p1 WHERE p1."id" = NEW."clientContextId"), NEW."toStatus", ARRAY['draft', 'generating', 'ready', 'stale', 'failed'], true);
  END IF;
  NEW."toStatus_enum" := CASE WHEN NEW."toStatus" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) THEN NEW."toStatus"::"ClientContextStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_client_context_logs" BEFORE INSERT OR UPDATE OF "fromStatus", "toStatus" ON "client_context_logs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_client_context_logs"();

-- deliverable_plan_logs: fromStatus -> DeliverableStatus, toStatus -> DeliverableStatus
ALTER TABLE "deliverable_plan_logs" ADD COLUMN "fromStatus_enum" "DeliverableStatus", ADD COLUMN "toStatus_enum" "DeliverableStatus";
CREATE FUNCTION "online_migration"."f16_fill_deliverable_plan_logs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."fromStatus" <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) THEN
    NEW."fromStatus" := "online_migration"."f16_status_value"('deliverable_plan_logs', 'fromStatus', NEW."id", (SELECT p1."tenantId" FROM "deliverables" p1 WHERE p1."id" = NEW."deliverableId"), NEW."fromStatus", ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'], true);
  END IF;
  NEW."fromStatus_enum" := CASE WHEN NEW."fromStatus" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) THEN NEW."fromStatus"::"DeliverableStatus" END;
  IF NEW."toStatus" <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) THEN
    NEW."toStatus" := "online_migration"."f16_status_value"('deliverable_plan_logs', 'toStatus', NEW."id", (SELECT p1."tenantId" FROM "deliverables" p1 WHERE p1."id" = NEW."deliverableId"), NEW."toStatus", ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'], true);
  END IF;
  NEW."toStatus_enum" := CASE WHEN NEW."toStatus" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) THEN NEW."toStatus"::"DeliverableStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_deliverable_plan_logs" BEFORE INSERT OR UPDATE OF "fromStatus", "toStatus" ON "deliverable_plan_logs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_deliverable_plan_logs"();

-- strategy_logs: fromStatus -> StrategyStatus, toStatus -> StrategyStatus
ALTER TABLE "strategy_logs" ADD COLUMN "fromStatus_enum" "StrategyStatus", ADD COLUMN "toStatus_enum" "StrategyStatus";
CREATE FUNCTION "online_migration"."f16_fill_strategy_logs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."fromStatus" <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) THEN
    NEW."fromStatus" := "online_migration"."f16_status_value"('strategy_logs', 'fromStatus', NEW."id", (SELECT p1."tenantId" FROM "strategies" p1 WHERE p1."id" = NEW."strategyId"), NEW."fromStatus", ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'], true);
  END IF;
  NEW."fromStatus_enum" := CASE WHEN NEW."fromStatus" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) THEN NEW."fromStatus"::"StrategyStatus" END;
  IF NEW."toStatus" <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) THEN
    NEW."toStatus" := "online_migration"."f16_status_value"('strategy_logs', 'toStatus', NEW."id", (SELECT p1."tenantId" FROM "strategies" p1 WHERE p1."id" = NEW."strategyId"), NEW."toStatus", ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'], true);
  END IF;
  NEW."toStatus_enum" := CASE WHEN NEW."toStatus" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) THEN NEW."toStatus"::"StrategyStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_strategy_logs" BEFORE INSERT OR UPDATE OF "fromStatus", "toStatus" ON "strategy_logs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_strategy_logs"();

-- webhook_deliveries: status -> WebhookDeliveryStatus
ALTER TABLE "webhook_deliveries" ADD COLUMN "status_enum" "WebhookDeliveryStatus";
CREATE FUNCTION "online_migration"."f16_fill_webhook_deliveries"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'delivered', 'failed', 'retrying']) THEN
    NEW."status" := "online_migration"."f16_status_value"('webhook_deliveries', 'status', NEW."id", (SELECT p1."tenantId" FROM "webhook_endpoints" p1 WHERE p1."id" = NEW."endpointId"), NEW."status", ARRAY['pending', 'delivered', 'failed', 'retrying'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'delivered', 'failed', 'retrying']) THEN NEW."status"::"WebhookDeliveryStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_webhook_deliveries" BEFORE INSERT OR UPDATE OF "status" ON "webhook_deliveries"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_webhook_deliveries"();

-- newsletter_sends: status -> NewsletterSendStatus
ALTER TABLE "newsletter_sends" ADD COLUMN "status_enum" "NewsletterSendStatus";
CREATE FUNCTION "online_migration"."f16_fill_newsletter_sends"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('newsletter_sends', 'status', NEW."id", (SELECT (SELECT p2."tenantId" FROM "newsletters" p2 WHERE p2."id" = p1."newsletterId") FROM "newsletter_issues" p1 WHERE p1."id" = NEW."issueId"), NEW."status", ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed']) THEN NEW."status"::"NewsletterSendStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_newsletter_sends" BEFORE INSERT OR UPDATE OF "status" ON "newsletter_sends"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_newsletter_sends"();

-- agent_tool_calls: status -> AgentToolCallStatus
ALTER TABLE "agent_tool_calls" ADD COLUMN "status_enum" "AgentToolCallStatus";
CREATE FUNCTION "online_migration"."f16_fill_agent_tool_calls"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'succeeded', 'failed']) THEN
    NEW."status" := "online_migration"."f16_status_value"('agent_tool_calls', 'status', NEW."id", (SELECT (SELECT p2."tenantId" FROM "agent_runs" p2 WHERE p2."id" = p1."runId") FROM "agent_run_steps" p1 WHERE p1."id" = NEW."stepId"), NEW."status", ARRAY['pending', 'succeeded', 'failed'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'succeeded', 'failed']) THEN NEW."status"::"AgentToolCallStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_agent_tool_calls" BEFORE INSERT OR UPDATE OF "status" ON "agent_tool_calls"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_agent_tool_calls"();

-- agent_run_steps: status -> AgentRunStepStatus
ALTER TABLE "agent_run_steps" ADD COLUMN "status_enum" "AgentRunStepStatus";
CREATE FUNCTION "online_migration"."f16_fill_agent_run_steps"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped']) THEN
    NEW."status" := "online_migration"."f16_status_value"('agent_run_steps', 'status', NEW."id", (SELECT p1."tenantId" FROM "agent_runs" p1 WHERE p1."id" = NEW."runId"), NEW."status", ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped']) THEN NEW."status"::"AgentRunStepStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_agent_run_steps" BEFORE INSERT OR UPDATE OF "status" ON "agent_run_steps"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_agent_run_steps"();

-- agent_runs: status -> AgentRunStatus
ALTER TABLE "agent_runs" ADD COLUMN "status_enum" "AgentRunStatus";
CREATE FUNCTION "online_migration"."f16_fill_agent_runs"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" <> ALL (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out']) THEN
    NEW."status" := "online_migration"."f16_status_value"('agent_runs', 'status', NEW."id", NEW."tenantId", NEW."status", ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'], false);
  END IF;
  NEW."status_enum" := CASE WHEN NEW."status" = ANY (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out']) THEN NEW."status"::"AgentRunStatus" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "online_f16_status_agent_runs" BEFORE INSERT OR UPDATE OF "status" ON "agent_runs"
  FOR EACH ROW EXECUTE FUNCTION "online_migration"."f16_fill_agent_runs"();

SELECT "online_migration"."expanded"('20261129000016_f16_status_enums', 16);
