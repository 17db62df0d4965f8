-- Reverts the swap of finding 16 to where the first contract step left it: each enum column goes back
-- to "<column>_enum" (nullable, the NOT VALID check again), the text column comes back with the label the
-- enum column holds (what the text column held before the swap: the triggers, the backfill and the settling
-- folder wrote every status as its label; the originals stay in migration_quarantine and
-- online_migration.f16_rewritten, which the expand step's down.sql puts back), with its default, NOT NULL
-- and index; the triggers, functions and comparison operators of the expand step come back.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30min';

CREATE FUNCTION "online_migration"."f16_text_eq_enum"(text, anyenum) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT $1 = $2::text $$;
CREATE FUNCTION "online_migration"."f16_text_ne_enum"(text, anyenum) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT $1 <> $2::text $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = anyenum, FUNCTION = "online_migration"."f16_text_eq_enum", NEGATOR = OPERATOR(public.<>));
CREATE OPERATOR public.<> (LEFTARG = text, RIGHTARG = anyenum, FUNCTION = "online_migration"."f16_text_ne_enum", NEGATOR = OPERATOR(public.=));

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

-- plans
ALTER TABLE "plans" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "plans" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "plans_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "plans" ADD COLUMN "status" TEXT;
UPDATE "plans" SET "status" = "status_enum"::text;
ALTER TABLE "plans" ALTER COLUMN "status" SET DEFAULT 'active', ALTER COLUMN "status" SET NOT NULL;
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
-- subscriptions
ALTER TABLE "subscriptions" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "subscriptions" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "subscriptions_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "subscriptions" ADD COLUMN "status" TEXT;
UPDATE "subscriptions" SET "status" = "status_enum"::text;
ALTER TABLE "subscriptions" ALTER COLUMN "status" SET DEFAULT 'trialing', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "subscriptions_tenantId_status_idx" RENAME TO "subscriptions_tenantId_status_enum_idx";
CREATE INDEX "subscriptions_tenantId_status_idx" ON "subscriptions"("tenantId", "status");
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
-- invoices
ALTER TABLE "invoices" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "invoices" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "invoices_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "invoices" ADD COLUMN "status" TEXT;
UPDATE "invoices" SET "status" = "status_enum"::text;
ALTER TABLE "invoices" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "invoices_tenantId_status_dueAt_idx" RENAME TO "invoices_tenantId_status_enum_dueAt_idx";
CREATE INDEX "invoices_tenantId_status_dueAt_idx" ON "invoices"("tenantId", "status", "dueAt");
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
-- payments
ALTER TABLE "payments" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "payments" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "payments_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "payments" ADD COLUMN "status" TEXT;
UPDATE "payments" SET "status" = "status_enum"::text;
ALTER TABLE "payments" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- refunds
ALTER TABLE "refunds" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "refunds" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "refunds_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "refunds" ADD COLUMN "status" TEXT;
UPDATE "refunds" SET "status" = "status_enum"::text;
ALTER TABLE "refunds" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- approval_requests
ALTER TABLE "approval_requests" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "approval_requests" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "approval_requests_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "approval_requests" ADD COLUMN "status" TEXT;
UPDATE "approval_requests" SET "status" = "status_enum"::text;
ALTER TABLE "approval_requests" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "approval_requests_tenantId_status_idx" RENAME TO "approval_requests_tenantId_status_enum_idx";
CREATE INDEX "approval_requests_tenantId_status_idx" ON "approval_requests"("tenantId", "status");
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
-- blog_posts
ALTER TABLE "blog_posts" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "blog_posts" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "blog_posts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "blog_posts" ADD COLUMN "status" TEXT;
UPDATE "blog_posts" SET "status" = "status_enum"::text;
ALTER TABLE "blog_posts" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "blog_posts_tenantId_status_publishedAt_idx" RENAME TO "blog_posts_tenantId_status_enum_publishedAt_idx";
CREATE INDEX "blog_posts_tenantId_status_publishedAt_idx" ON "blog_posts"("tenantId", "status", "publishedAt");
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
-- content_ideas
ALTER TABLE "content_ideas" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "content_ideas" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "content_ideas_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "content_ideas" ADD COLUMN "status" TEXT;
UPDATE "content_ideas" SET "status" = "status_enum"::text;
ALTER TABLE "content_ideas" ALTER COLUMN "status" SET DEFAULT 'new', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "content_ideas_tenantId_status_idx" RENAME TO "content_ideas_tenantId_status_enum_idx";
CREATE INDEX "content_ideas_tenantId_status_idx" ON "content_ideas"("tenantId", "status");
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
-- websites
ALTER TABLE "websites" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "websites" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "websites_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "websites" ADD COLUMN "status" TEXT;
UPDATE "websites" SET "status" = "status_enum"::text;
ALTER TABLE "websites" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- social_accounts
ALTER TABLE "social_accounts" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "social_accounts" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "social_accounts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "social_accounts" ADD COLUMN "status" TEXT;
UPDATE "social_accounts" SET "status" = "status_enum"::text;
ALTER TABLE "social_accounts" ALTER COLUMN "status" SET DEFAULT 'connected', ALTER COLUMN "status" SET NOT NULL;
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
-- newsletter_issues
ALTER TABLE "newsletter_issues" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "newsletter_issues" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "newsletter_issues_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "newsletter_issues" ADD COLUMN "status" TEXT;
UPDATE "newsletter_issues" SET "status" = "status_enum"::text;
ALTER TABLE "newsletter_issues" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "newsletter_issues_newsletterId_status_idx" RENAME TO "newsletter_issues_newsletterId_status_enum_idx";
CREATE INDEX "newsletter_issues_newsletterId_status_idx" ON "newsletter_issues"("newsletterId", "status");
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
-- newsletter_subscribers
ALTER TABLE "newsletter_subscribers" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "newsletter_subscribers" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "newsletter_subscribers_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "newsletter_subscribers" ADD COLUMN "status" TEXT;
UPDATE "newsletter_subscribers" SET "status" = "status_enum"::text;
ALTER TABLE "newsletter_subscribers" ALTER COLUMN "status" SET DEFAULT 'subscribed', ALTER COLUMN "status" SET NOT NULL;
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
-- landing_pages
ALTER TABLE "landing_pages" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "landing_pages" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "landing_pages_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "landing_pages" ADD COLUMN "status" TEXT;
UPDATE "landing_pages" SET "status" = "status_enum"::text;
ALTER TABLE "landing_pages" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
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
-- credit_purchases
ALTER TABLE "credit_purchases" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "credit_purchases" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "credit_purchases_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "credit_purchases" ADD COLUMN "status" TEXT;
UPDATE "credit_purchases" SET "status" = "status_enum"::text;
ALTER TABLE "credit_purchases" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- deals
ALTER TABLE "deals" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "deals" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "deals_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "deals" ADD COLUMN "status" TEXT;
UPDATE "deals" SET "status" = "status_enum"::text;
ALTER TABLE "deals" ALTER COLUMN "status" SET DEFAULT 'open', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "deals_tenantId_status_idx" RENAME TO "deals_tenantId_status_enum_idx";
CREATE INDEX "deals_tenantId_status_idx" ON "deals"("tenantId", "status");
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
-- help_articles
ALTER TABLE "help_articles" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "help_articles" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "help_articles_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "help_articles" ADD COLUMN "status" TEXT;
UPDATE "help_articles" SET "status" = "status_enum"::text;
ALTER TABLE "help_articles" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "help_articles_categoryId_status_idx" RENAME TO "help_articles_categoryId_status_enum_idx";
CREATE INDEX "help_articles_categoryId_status_idx" ON "help_articles"("categoryId", "status");
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
-- announcements
ALTER TABLE "announcements" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "announcements" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "announcements_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "announcements" ADD COLUMN "status" TEXT;
UPDATE "announcements" SET "status" = "status_enum"::text;
ALTER TABLE "announcements" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "announcements_status_startsAt_idx" RENAME TO "announcements_status_enum_startsAt_idx";
CREATE INDEX "announcements_status_startsAt_idx" ON "announcements"("status", "startsAt");
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
-- integrations
ALTER TABLE "integrations" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "integrations" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "integrations_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "integrations" ADD COLUMN "status" TEXT;
UPDATE "integrations" SET "status" = "status_enum"::text;
ALTER TABLE "integrations" ALTER COLUMN "status" SET DEFAULT 'connected', ALTER COLUMN "status" SET NOT NULL;
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
-- integration_sync_runs
ALTER TABLE "integration_sync_runs" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "integration_sync_runs" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "integration_sync_runs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "integration_sync_runs" ADD COLUMN "status" TEXT;
UPDATE "integration_sync_runs" SET "status" = "status_enum"::text;
ALTER TABLE "integration_sync_runs" ALTER COLUMN "status" SET DEFAULT 'running', ALTER COLUMN "status" SET NOT NULL;
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
-- webhook_endpoints
ALTER TABLE "webhook_endpoints" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "webhook_endpoints" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "webhook_endpoints_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "webhook_endpoints" ADD COLUMN "status" TEXT;
UPDATE "webhook_endpoints" SET "status" = "status_enum"::text;
ALTER TABLE "webhook_endpoints" ALTER COLUMN "status" SET DEFAULT 'active', ALTER COLUMN "status" SET NOT NULL;
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
-- reports
ALTER TABLE "reports" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "reports" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "reports_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "reports" ADD COLUMN "status" TEXT;
UPDATE "reports" SET "status" = "status_enum"::text;
ALTER TABLE "reports" ALTER COLUMN "status" SET DEFAULT 'queued', ALTER COLUMN "status" SET NOT NULL;
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
-- support_tickets
ALTER TABLE "support_tickets" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "support_tickets" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "support_tickets_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "support_tickets" ADD COLUMN "status" TEXT;
UPDATE "support_tickets" SET "status" = "status_enum"::text;
ALTER TABLE "support_tickets" ALTER COLUMN "status" SET DEFAULT 'open', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "support_tickets_tenantId_status_idx" RENAME TO "support_tickets_tenantId_status_enum_idx";
CREATE INDEX "support_tickets_tenantId_status_idx" ON "support_tickets"("tenantId", "status");
ALTER INDEX "support_tickets_assigneeId_status_idx" RENAME TO "support_tickets_assigneeId_status_enum_idx";
CREATE INDEX "support_tickets_assigneeId_status_idx" ON "support_tickets"("assigneeId", "status");
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
-- campaigns
ALTER TABLE "campaigns" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "campaigns" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "campaigns_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "campaigns" ADD COLUMN "status" TEXT;
UPDATE "campaigns" SET "status" = "status_enum"::text;
ALTER TABLE "campaigns" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "campaigns_tenantId_status_idx" RENAME TO "campaigns_tenantId_status_enum_idx";
CREATE INDEX "campaigns_tenantId_status_idx" ON "campaigns"("tenantId", "status");
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
-- backlinks
ALTER TABLE "backlinks" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "backlinks" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "backlinks_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "backlinks" ADD COLUMN "status" TEXT;
UPDATE "backlinks" SET "status" = "status_enum"::text;
ALTER TABLE "backlinks" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "backlinks_campaignId_status_idx" RENAME TO "backlinks_campaignId_status_enum_idx";
CREATE INDEX "backlinks_campaignId_status_idx" ON "backlinks"("campaignId", "status");
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
-- outreach_targets
ALTER TABLE "outreach_targets" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "outreach_targets" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "outreach_targets_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "outreach_targets" ADD COLUMN "status" TEXT;
UPDATE "outreach_targets" SET "status" = "status_enum"::text;
ALTER TABLE "outreach_targets" ALTER COLUMN "status" SET DEFAULT 'new', ALTER COLUMN "status" SET NOT NULL;
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
-- rag_datasets
ALTER TABLE "rag_datasets" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "rag_datasets" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "rag_datasets_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "rag_datasets" ADD COLUMN "status" TEXT;
UPDATE "rag_datasets" SET "status" = "status_enum"::text;
ALTER TABLE "rag_datasets" ALTER COLUMN "status" SET DEFAULT 'empty', ALTER COLUMN "status" SET NOT NULL;
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
-- rag_ingest_jobs
ALTER TABLE "rag_ingest_jobs" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "rag_ingest_jobs" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "rag_ingest_jobs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "rag_ingest_jobs" ADD COLUMN "status" TEXT;
UPDATE "rag_ingest_jobs" SET "status" = "status_enum"::text;
ALTER TABLE "rag_ingest_jobs" ALTER COLUMN "status" SET DEFAULT 'queued', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "rag_ingest_jobs_tenantId_status_idx" RENAME TO "rag_ingest_jobs_tenantId_status_enum_idx";
CREATE INDEX "rag_ingest_jobs_tenantId_status_idx" ON "rag_ingest_jobs"("tenantId", "status");
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
-- keywords
ALTER TABLE "keywords" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "keywords" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "keywords_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "keywords" ADD COLUMN "status" TEXT;
UPDATE "keywords" SET "status" = "status_enum"::text;
ALTER TABLE "keywords" ALTER COLUMN "status" SET DEFAULT 'tracked', ALTER COLUMN "status" SET NOT NULL;
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
-- site_audits
ALTER TABLE "site_audits" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "site_audits" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "site_audits_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "site_audits" ADD COLUMN "status" TEXT;
UPDATE "site_audits" SET "status" = "status_enum"::text;
ALTER TABLE "site_audits" ALTER COLUMN "status" SET DEFAULT 'queued', ALTER COLUMN "status" SET NOT NULL;
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
-- client_contexts
ALTER TABLE "client_contexts" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "client_contexts" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "client_contexts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "client_contexts" ADD COLUMN "status" TEXT;
UPDATE "client_contexts" SET "status" = "status_enum"::text;
ALTER TABLE "client_contexts" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
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
-- strategies
ALTER TABLE "strategies" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "strategies" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "strategies_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "strategies" ADD COLUMN "status" TEXT;
UPDATE "strategies" SET "status" = "status_enum"::text;
ALTER TABLE "strategies" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "strategies_tenantId_status_idx" RENAME TO "strategies_tenantId_status_enum_idx";
CREATE INDEX "strategies_tenantId_status_idx" ON "strategies"("tenantId", "status");
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
-- deliverables
ALTER TABLE "deliverables" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "deliverables" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "deliverables_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "deliverables" ADD COLUMN "status" TEXT;
UPDATE "deliverables" SET "status" = "status_enum"::text;
ALTER TABLE "deliverables" ALTER COLUMN "status" SET DEFAULT 'planned', ALTER COLUMN "status" SET NOT NULL;
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
-- tenants
ALTER TABLE "tenants" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "tenants" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "tenants_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "tenants" ADD COLUMN "status" TEXT;
UPDATE "tenants" SET "status" = "status_enum"::text;
ALTER TABLE "tenants" ALTER COLUMN "status" SET DEFAULT 'trial', ALTER COLUMN "status" SET NOT NULL;
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
-- users
ALTER TABLE "users" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "users" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "users_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "users" ADD COLUMN "status" TEXT;
UPDATE "users" SET "status" = "status_enum"::text;
ALTER TABLE "users" ALTER COLUMN "status" SET DEFAULT 'active', ALTER COLUMN "status" SET NOT NULL;
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
-- tenant_members
ALTER TABLE "tenant_members" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "tenant_members" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "tenant_members_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "tenant_members" ADD COLUMN "status" TEXT;
UPDATE "tenant_members" SET "status" = "status_enum"::text;
ALTER TABLE "tenant_members" ALTER COLUMN "status" SET DEFAULT 'active', ALTER COLUMN "status" SET NOT NULL;
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
-- invitations
ALTER TABLE "invitations" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "invitations" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "invitations_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "invitations" ADD COLUMN "status" TEXT;
UPDATE "invitations" SET "status" = "status_enum"::text;
ALTER TABLE "invitations" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- tenant_deletions
ALTER TABLE "tenant_deletions" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "tenant_deletions" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "tenant_deletions_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "tenant_deletions" ADD COLUMN "status" TEXT;
UPDATE "tenant_deletions" SET "status" = "status_enum"::text;
ALTER TABLE "tenant_deletions" ALTER COLUMN "status" SET DEFAULT 'requested', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "tenant_deletions_status_scheduledFor_idx" RENAME TO "tenant_deletions_status_enum_scheduledFor_idx";
CREATE INDEX "tenant_deletions_status_scheduledFor_idx" ON "tenant_deletions"("status", "scheduledFor");
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
-- web_crawl_jobs
ALTER TABLE "web_crawl_jobs" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "web_crawl_jobs" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "web_crawl_jobs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "web_crawl_jobs" ADD COLUMN "status" TEXT;
UPDATE "web_crawl_jobs" SET "status" = "status_enum"::text;
ALTER TABLE "web_crawl_jobs" ALTER COLUMN "status" SET DEFAULT 'queued', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "web_crawl_jobs_websiteId_status_idx" RENAME TO "web_crawl_jobs_websiteId_status_enum_idx";
CREATE INDEX "web_crawl_jobs_websiteId_status_idx" ON "web_crawl_jobs"("websiteId", "status");
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
-- leads
ALTER TABLE "leads" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "leads" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "leads_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "leads" ADD COLUMN "status" TEXT;
UPDATE "leads" SET "status" = "status_enum"::text;
ALTER TABLE "leads" ALTER COLUMN "status" SET DEFAULT 'new', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "leads_tenantId_status_createdAt_idx" RENAME TO "leads_tenantId_status_enum_createdAt_idx";
CREATE INDEX "leads_tenantId_status_createdAt_idx" ON "leads"("tenantId", "status", "createdAt");
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
-- activities
ALTER TABLE "activities" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "activities" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "activities_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "activities" ADD COLUMN "status" TEXT;
UPDATE "activities" SET "status" = "status_enum"::text;
ALTER TABLE "activities" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "activities_tenantId_status_idx" RENAME TO "activities_tenantId_status_enum_idx";
CREATE INDEX "activities_tenantId_status_idx" ON "activities"("tenantId", "status");
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
-- social_posts
ALTER TABLE "social_posts" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "social_posts" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "social_posts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "social_posts" ADD COLUMN "status" TEXT;
UPDATE "social_posts" SET "status" = "status_enum"::text;
ALTER TABLE "social_posts" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "social_posts_tenantId_status_scheduledAt_idx" RENAME TO "social_posts_tenantId_status_enum_scheduledAt_idx";
CREATE INDEX "social_posts_tenantId_status_scheduledAt_idx" ON "social_posts"("tenantId", "status", "scheduledAt");
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
-- rag_documents
ALTER TABLE "rag_documents" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "rag_documents" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "rag_documents_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "rag_documents" ADD COLUMN "status" TEXT;
UPDATE "rag_documents" SET "status" = "status_enum"::text;
ALTER TABLE "rag_documents" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- outreach_emails
ALTER TABLE "outreach_emails" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "outreach_emails" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "outreach_emails_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "outreach_emails" ADD COLUMN "status" TEXT;
UPDATE "outreach_emails" SET "status" = "status_enum"::text;
ALTER TABLE "outreach_emails" ALTER COLUMN "status" SET DEFAULT 'draft', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "outreach_emails_tenantId_status_sentAt_idx" RENAME TO "outreach_emails_tenantId_status_enum_sentAt_idx";
CREATE INDEX "outreach_emails_tenantId_status_sentAt_idx" ON "outreach_emails"("tenantId", "status", "sentAt");
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
-- client_context_logs
ALTER TABLE "client_context_logs" RENAME COLUMN "fromStatus" TO "fromStatus_enum";
ALTER TABLE "client_context_logs" ADD COLUMN "fromStatus" TEXT;
UPDATE "client_context_logs" SET "fromStatus" = "fromStatus_enum"::text;
ALTER TABLE "client_context_logs" RENAME COLUMN "toStatus" TO "toStatus_enum";
ALTER TABLE "client_context_logs" ADD COLUMN "toStatus" TEXT;
UPDATE "client_context_logs" SET "toStatus" = "toStatus_enum"::text;
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
-- deliverable_plan_logs
ALTER TABLE "deliverable_plan_logs" RENAME COLUMN "fromStatus" TO "fromStatus_enum";
ALTER TABLE "deliverable_plan_logs" ADD COLUMN "fromStatus" TEXT;
UPDATE "deliverable_plan_logs" SET "fromStatus" = "fromStatus_enum"::text;
ALTER TABLE "deliverable_plan_logs" RENAME COLUMN "toStatus" TO "toStatus_enum";
ALTER TABLE "deliverable_plan_logs" ADD COLUMN "toStatus" TEXT;
UPDATE "deliverable_plan_logs" SET "toStatus" = "toStatus_enum"::text;
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
-- strategy_logs
ALTER TABLE "strategy_logs" RENAME COLUMN "fromStatus" TO "fromStatus_enum";
ALTER TABLE "strategy_logs" ADD COLUMN "fromStatus" TEXT;
UPDATE "strategy_logs" SET "fromStatus" = "fromStatus_enum"::text;
ALTER TABLE "strategy_logs" RENAME COLUMN "toStatus" TO "toStatus_enum";
ALTER TABLE "strategy_logs" ADD COLUMN "toStatus" TEXT;
UPDATE "strategy_logs" SET "toStatus" = "toStatus_enum"::text;
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
-- webhook_deliveries
ALTER TABLE "webhook_deliveries" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "webhook_deliveries" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "webhook_deliveries_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "webhook_deliveries" ADD COLUMN "status" TEXT;
UPDATE "webhook_deliveries" SET "status" = "status_enum"::text;
ALTER TABLE "webhook_deliveries" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "webhook_deliveries_status_nextAttemptAt_idx" RENAME TO "webhook_deliveries_status_enum_nextAttemptAt_idx";
CREATE INDEX "webhook_deliveries_status_nextAttemptAt_idx" ON "webhook_deliveries"("status", "nextAttemptAt");
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
-- newsletter_sends
ALTER TABLE "newsletter_sends" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "newsletter_sends" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "newsletter_sends_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "newsletter_sends" ADD COLUMN "status" TEXT;
UPDATE "newsletter_sends" SET "status" = "status_enum"::text;
ALTER TABLE "newsletter_sends" ALTER COLUMN "status" SET DEFAULT 'queued', ALTER COLUMN "status" SET NOT NULL;
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
-- agent_tool_calls
ALTER TABLE "agent_tool_calls" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "agent_tool_calls" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "agent_tool_calls_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "agent_tool_calls" ADD COLUMN "status" TEXT;
UPDATE "agent_tool_calls" SET "status" = "status_enum"::text;
ALTER TABLE "agent_tool_calls" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- agent_run_steps
ALTER TABLE "agent_run_steps" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "agent_run_steps" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "agent_run_steps_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "agent_run_steps" ADD COLUMN "status" TEXT;
UPDATE "agent_run_steps" SET "status" = "status_enum"::text;
ALTER TABLE "agent_run_steps" ALTER COLUMN "status" SET DEFAULT 'pending', ALTER COLUMN "status" SET NOT NULL;
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
-- agent_runs
ALTER TABLE "agent_runs" RENAME COLUMN "status" TO "status_enum";
ALTER TABLE "agent_runs" ALTER COLUMN "status_enum" DROP DEFAULT, ALTER COLUMN "status_enum" DROP NOT NULL,
  ADD CONSTRAINT "agent_runs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "agent_runs" ADD COLUMN "status" TEXT;
UPDATE "agent_runs" SET "status" = "status_enum"::text;
ALTER TABLE "agent_runs" ALTER COLUMN "status" SET DEFAULT 'queued', ALTER COLUMN "status" SET NOT NULL;
ALTER INDEX "agent_runs_tenantId_agent_status_idx" RENAME TO "agent_runs_tenantId_agent_status_enum_idx";
CREATE INDEX "agent_runs_tenantId_agent_status_idx" ON "agent_runs"("tenantId", "agent", "status");
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
UPDATE "online_migration"."phase" SET "contractedAt" = NULL WHERE "expandFolder" = '20261129000016_f16_status_enums';
