-- Finding 16, first contract step: with the legacy application gone (the release at the pause says so),
-- every status value is settled the way the single-transaction version of this finding did it, from the
-- legacy text columns, which still hold what the legacy application wrote:
--   1. a value whose lower(btrim()) is no member and that the operator's mapping does not settle stops the
--      folder here, before anything is written, naming table, column, value and row count, and the fix;
--   2. a value outside the enum is copied into migration_quarantine (with the owning tenant) and its enum
--      column set to what the mapping says; a value the backfill left NULL because the mapping did not
--      cover it yet is placed now;
--   3. the ledger gets the same entries as before: per column what was quarantined, mapped and normalised,
--      and one total per anomaly kind, under the expand folder's name (where the catalog points);
--   4. last, a CHECK (... IS NOT NULL) NOT VALID on every required enum column: new writes must carry a
--      value from here on, the existing rows are validated by the next folder, outside this transaction.
-- Locks: reads (ACCESS SHARE) for the checks and counts, row locks for the rows it updates (ROW
-- EXCLUSIVE), and ACCESS EXCLUSIVE per table only for the catalog-only constraint adds at the end.
SELECT "online_migration"."require_released"('20261129000016_f16_status_enums', '20261130000016_f16_status_enums_settle_values');
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '30min';

-- Counts per column, turned into ledger rows and notices below.
CREATE TEMP TABLE "f16_counts" (
  "tableName"   TEXT NOT NULL,
  "columnName"  TEXT NOT NULL,
  "quarantined" BIGINT NOT NULL,
  "mapped"      BIGINT NOT NULL,
  "nulled"      BIGINT NOT NULL,
  "normalised"  BIGINT NOT NULL
) ON COMMIT DROP;

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

-- ===== Per column: originals outside the enum quarantined, the enum column set to what the mapping says
-- (and to the folded member where it is still empty), then counted. The legacy text column is only read.

-- plans: status -> "PlanStatus"
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
  UPDATE "plans" t SET "status_enum" = b."mappedTo"::"PlanStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"PlanStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "plans" t SET "status_enum" = lower(btrim(t."status"))::"PlanStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('active', 'legacy', 'retired')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'plans', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "plans" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('active', 'legacy', 'retired'));

-- subscriptions: status -> "SubscriptionStatus"
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
  UPDATE "subscriptions" t SET "status_enum" = b."mappedTo"::"SubscriptionStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"SubscriptionStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "subscriptions" t SET "status_enum" = lower(btrim(t."status"))::"SubscriptionStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('trialing', 'active', 'past_due', 'cancelled', 'expired')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'subscriptions', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "subscriptions" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('trialing', 'active', 'past_due', 'cancelled', 'expired'));

-- invoices: status -> "InvoiceStatus"
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
  UPDATE "invoices" t SET "status_enum" = b."mappedTo"::"InvoiceStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"InvoiceStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "invoices" t SET "status_enum" = lower(btrim(t."status"))::"InvoiceStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'open', 'paid', 'void', 'uncollectible')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'invoices', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "invoices" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'open', 'paid', 'void', 'uncollectible'));

-- payments: status -> "PaymentStatus"
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
  UPDATE "payments" t SET "status_enum" = b."mappedTo"::"PaymentStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"PaymentStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "payments" t SET "status_enum" = lower(btrim(t."status"))::"PaymentStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed', 'refunded')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'payments', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "payments" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed', 'refunded'));

-- refunds: status -> "RefundStatus"
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
  UPDATE "refunds" t SET "status_enum" = b."mappedTo"::"RefundStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"RefundStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "refunds" t SET "status_enum" = lower(btrim(t."status"))::"RefundStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'refunds', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "refunds" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed'));

-- approval_requests: status -> "ApprovalRequestStatus"
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
  UPDATE "approval_requests" t SET "status_enum" = b."mappedTo"::"ApprovalRequestStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"ApprovalRequestStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "approval_requests" t SET "status_enum" = lower(btrim(t."status"))::"ApprovalRequestStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'approved', 'changes_requested', 'rejected', 'withdrawn')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'approval_requests', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "approval_requests" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'approved', 'changes_requested', 'rejected', 'withdrawn'));

-- blog_posts: status -> "BlogPostStatus"
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
  UPDATE "blog_posts" t SET "status_enum" = b."mappedTo"::"BlogPostStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"BlogPostStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "blog_posts" t SET "status_enum" = lower(btrim(t."status"))::"BlogPostStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'in_review', 'scheduled', 'published', 'archived')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'blog_posts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "blog_posts" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'in_review', 'scheduled', 'published', 'archived'));

-- content_ideas: status -> "ContentIdeaStatus"
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
  UPDATE "content_ideas" t SET "status_enum" = b."mappedTo"::"ContentIdeaStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"ContentIdeaStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "content_ideas" t SET "status_enum" = lower(btrim(t."status"))::"ContentIdeaStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('new', 'accepted', 'used', 'rejected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'content_ideas', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "content_ideas" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('new', 'accepted', 'used', 'rejected'));

-- websites: status -> "WebsiteStatus"
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
  UPDATE "websites" t SET "status_enum" = b."mappedTo"::"WebsiteStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"WebsiteStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "websites" t SET "status_enum" = lower(btrim(t."status"))::"WebsiteStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'verifying', 'active', 'disconnected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'websites', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "websites" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'verifying', 'active', 'disconnected'));

-- social_accounts: status -> "SocialAccountStatus"
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
  UPDATE "social_accounts" t SET "status_enum" = b."mappedTo"::"SocialAccountStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"SocialAccountStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "social_accounts" t SET "status_enum" = lower(btrim(t."status"))::"SocialAccountStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('connected', 'expired', 'disconnected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'social_accounts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "social_accounts" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('connected', 'expired', 'disconnected'));

-- newsletter_issues: status -> "NewsletterIssueStatus"
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
  UPDATE "newsletter_issues" t SET "status_enum" = b."mappedTo"::"NewsletterIssueStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"NewsletterIssueStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "newsletter_issues" t SET "status_enum" = lower(btrim(t."status"))::"NewsletterIssueStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'newsletter_issues', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "newsletter_issues" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled'));

-- newsletter_subscribers: status -> "NewsletterSubscriberStatus"
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
  UPDATE "newsletter_subscribers" t SET "status_enum" = b."mappedTo"::"NewsletterSubscriberStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"NewsletterSubscriberStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "newsletter_subscribers" t SET "status_enum" = lower(btrim(t."status"))::"NewsletterSubscriberStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'subscribed', 'unsubscribed', 'bounced', 'complained')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'newsletter_subscribers', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "newsletter_subscribers" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'subscribed', 'unsubscribed', 'bounced', 'complained'));

-- landing_pages: status -> "LandingPageStatus"
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
  UPDATE "landing_pages" t SET "status_enum" = b."mappedTo"::"LandingPageStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"LandingPageStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "landing_pages" t SET "status_enum" = lower(btrim(t."status"))::"LandingPageStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'published', 'unpublished')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'landing_pages', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "landing_pages" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'published', 'unpublished'));

-- credit_purchases: status -> "CreditPurchaseStatus"
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
  UPDATE "credit_purchases" t SET "status_enum" = b."mappedTo"::"CreditPurchaseStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"CreditPurchaseStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "credit_purchases" t SET "status_enum" = lower(btrim(t."status"))::"CreditPurchaseStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'completed', 'failed', 'refunded')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'credit_purchases', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "credit_purchases" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'completed', 'failed', 'refunded'));

-- deals: status -> "DealStatus"
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
  UPDATE "deals" t SET "status_enum" = b."mappedTo"::"DealStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"DealStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "deals" t SET "status_enum" = lower(btrim(t."status"))::"DealStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('open', 'won', 'lost', 'abandoned')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deals', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "deals" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('open', 'won', 'lost', 'abandoned'));

-- help_articles: status -> "HelpArticleStatus"
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
  UPDATE "help_articles" t SET "status_enum" = b."mappedTo"::"HelpArticleStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"HelpArticleStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "help_articles" t SET "status_enum" = lower(btrim(t."status"))::"HelpArticleStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'published', 'archived')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'help_articles', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "help_articles" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'published', 'archived'));

-- announcements: status -> "AnnouncementStatus"
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
  UPDATE "announcements" t SET "status_enum" = b."mappedTo"::"AnnouncementStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"AnnouncementStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "announcements" t SET "status_enum" = lower(btrim(t."status"))::"AnnouncementStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'live', 'expired')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'announcements', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "announcements" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'live', 'expired'));

-- integrations: status -> "IntegrationStatus"
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
  UPDATE "integrations" t SET "status_enum" = b."mappedTo"::"IntegrationStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"IntegrationStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "integrations" t SET "status_enum" = lower(btrim(t."status"))::"IntegrationStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('connected', 'error', 'disconnected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'integrations', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "integrations" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('connected', 'error', 'disconnected'));

-- integration_sync_runs: status -> "IntegrationSyncRunStatus"
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
  UPDATE "integration_sync_runs" t SET "status_enum" = b."mappedTo"::"IntegrationSyncRunStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"IntegrationSyncRunStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "integration_sync_runs" t SET "status_enum" = lower(btrim(t."status"))::"IntegrationSyncRunStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('running', 'succeeded', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'integration_sync_runs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "integration_sync_runs" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('running', 'succeeded', 'failed'));

-- webhook_endpoints: status -> "WebhookEndpointStatus"
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
  UPDATE "webhook_endpoints" t SET "status_enum" = b."mappedTo"::"WebhookEndpointStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"WebhookEndpointStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "webhook_endpoints" t SET "status_enum" = lower(btrim(t."status"))::"WebhookEndpointStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('active', 'failing', 'disabled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'webhook_endpoints', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "webhook_endpoints" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('active', 'failing', 'disabled'));

-- reports: status -> "ReportStatus"
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
  UPDATE "reports" t SET "status_enum" = b."mappedTo"::"ReportStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"ReportStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "reports" t SET "status_enum" = lower(btrim(t."status"))::"ReportStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('queued', 'generating', 'ready', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'reports', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "reports" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'generating', 'ready', 'failed'));

-- support_tickets: status -> "SupportTicketStatus"
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
  UPDATE "support_tickets" t SET "status_enum" = b."mappedTo"::"SupportTicketStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"SupportTicketStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "support_tickets" t SET "status_enum" = lower(btrim(t."status"))::"SupportTicketStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('open', 'pending', 'resolved', 'closed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'support_tickets', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "support_tickets" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('open', 'pending', 'resolved', 'closed'));

-- campaigns: status -> "CampaignStatus"
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
  UPDATE "campaigns" t SET "status_enum" = b."mappedTo"::"CampaignStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"CampaignStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "campaigns" t SET "status_enum" = lower(btrim(t."status"))::"CampaignStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'active', 'paused', 'completed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'campaigns', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "campaigns" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'active', 'paused', 'completed', 'cancelled'));

-- backlinks: status -> "BacklinkStatus"
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
  UPDATE "backlinks" t SET "status_enum" = b."mappedTo"::"BacklinkStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"BacklinkStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "backlinks" t SET "status_enum" = lower(btrim(t."status"))::"BacklinkStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'live', 'lost', 'rejected')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'backlinks', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "backlinks" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'live', 'lost', 'rejected'));

-- outreach_targets: status -> "OutreachTargetStatus"
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
  UPDATE "outreach_targets" t SET "status_enum" = b."mappedTo"::"OutreachTargetStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"OutreachTargetStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "outreach_targets" t SET "status_enum" = lower(btrim(t."status"))::"OutreachTargetStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('new', 'contacted', 'replied', 'won', 'lost', 'skipped')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'outreach_targets', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "outreach_targets" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('new', 'contacted', 'replied', 'won', 'lost', 'skipped'));

-- rag_datasets: status -> "RagDatasetStatus"
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
  UPDATE "rag_datasets" t SET "status_enum" = b."mappedTo"::"RagDatasetStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"RagDatasetStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "rag_datasets" t SET "status_enum" = lower(btrim(t."status"))::"RagDatasetStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('empty', 'indexing', 'ready', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'rag_datasets', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "rag_datasets" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('empty', 'indexing', 'ready', 'failed'));

-- rag_ingest_jobs: status -> "RagIngestJobStatus"
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
  UPDATE "rag_ingest_jobs" t SET "status_enum" = b."mappedTo"::"RagIngestJobStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"RagIngestJobStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "rag_ingest_jobs" t SET "status_enum" = lower(btrim(t."status"))::"RagIngestJobStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'rag_ingest_jobs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "rag_ingest_jobs" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled'));

-- keywords: status -> "KeywordStatus"
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
  UPDATE "keywords" t SET "status_enum" = b."mappedTo"::"KeywordStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"KeywordStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "keywords" t SET "status_enum" = lower(btrim(t."status"))::"KeywordStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('suggested', 'tracked', 'paused', 'archived')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'keywords', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "keywords" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('suggested', 'tracked', 'paused', 'archived'));

-- site_audits: status -> "SiteAuditStatus"
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
  UPDATE "site_audits" t SET "status_enum" = b."mappedTo"::"SiteAuditStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"SiteAuditStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "site_audits" t SET "status_enum" = lower(btrim(t."status"))::"SiteAuditStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('queued', 'running', 'completed', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'site_audits', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "site_audits" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'running', 'completed', 'failed'));

-- client_contexts: status -> "ClientContextStatus"
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
  UPDATE "client_contexts" t SET "status_enum" = b."mappedTo"::"ClientContextStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"ClientContextStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "client_contexts" t SET "status_enum" = lower(btrim(t."status"))::"ClientContextStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'generating', 'ready', 'stale', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'client_contexts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "client_contexts" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'generating', 'ready', 'stale', 'failed'));

-- strategies: status -> "StrategyStatus"
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
  UPDATE "strategies" t SET "status_enum" = b."mappedTo"::"StrategyStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"StrategyStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "strategies" t SET "status_enum" = lower(btrim(t."status"))::"StrategyStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'strategies', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "strategies" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'));

-- deliverables: status -> "DeliverableStatus"
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
  UPDATE "deliverables" t SET "status_enum" = b."mappedTo"::"DeliverableStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"DeliverableStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "deliverables" t SET "status_enum" = lower(btrim(t."status"))::"DeliverableStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deliverables', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "deliverables" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled'));

-- tenants: status -> "TenantStatus"
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
  UPDATE "tenants" t SET "status_enum" = b."mappedTo"::"TenantStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"TenantStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "tenants" t SET "status_enum" = lower(btrim(t."status"))::"TenantStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('trial', 'active', 'past_due', 'suspended', 'closed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'tenants', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "tenants" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('trial', 'active', 'past_due', 'suspended', 'closed'));

-- users: status -> "UserStatus"
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
  UPDATE "users" t SET "status_enum" = b."mappedTo"::"UserStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"UserStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "users" t SET "status_enum" = lower(btrim(t."status"))::"UserStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('invited', 'active', 'disabled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'users', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "users" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('invited', 'active', 'disabled'));

-- tenant_members: status -> "TenantMemberStatus"
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
  UPDATE "tenant_members" t SET "status_enum" = b."mappedTo"::"TenantMemberStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"TenantMemberStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "tenant_members" t SET "status_enum" = lower(btrim(t."status"))::"TenantMemberStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('active', 'suspended', 'removed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'tenant_members', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "tenant_members" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('active', 'suspended', 'removed'));

-- invitations: status -> "InvitationStatus"
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
  UPDATE "invitations" t SET "status_enum" = b."mappedTo"::"InvitationStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"InvitationStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "invitations" t SET "status_enum" = lower(btrim(t."status"))::"InvitationStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'accepted', 'expired', 'revoked')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'invitations', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "invitations" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'accepted', 'expired', 'revoked'));

-- tenant_deletions: status -> "TenantDeletionStatus"
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
  UPDATE "tenant_deletions" t SET "status_enum" = b."mappedTo"::"TenantDeletionStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"TenantDeletionStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "tenant_deletions" t SET "status_enum" = lower(btrim(t."status"))::"TenantDeletionStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('requested', 'scheduled', 'purging', 'completed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'tenant_deletions', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "tenant_deletions" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('requested', 'scheduled', 'purging', 'completed', 'cancelled'));

-- web_crawl_jobs: status -> "WebCrawlJobStatus"
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
  UPDATE "web_crawl_jobs" t SET "status_enum" = b."mappedTo"::"WebCrawlJobStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"WebCrawlJobStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "web_crawl_jobs" t SET "status_enum" = lower(btrim(t."status"))::"WebCrawlJobStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('queued', 'running', 'completed', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'web_crawl_jobs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "web_crawl_jobs" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'running', 'completed', 'failed', 'cancelled'));

-- leads: status -> "LeadStatus"
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
  UPDATE "leads" t SET "status_enum" = b."mappedTo"::"LeadStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"LeadStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "leads" t SET "status_enum" = lower(btrim(t."status"))::"LeadStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('new', 'contacted', 'qualified', 'converted', 'lost', 'spam')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'leads', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "leads" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('new', 'contacted', 'qualified', 'converted', 'lost', 'spam'));

-- activities: status -> "ActivityStatus"
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
  UPDATE "activities" t SET "status_enum" = b."mappedTo"::"ActivityStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"ActivityStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "activities" t SET "status_enum" = lower(btrim(t."status"))::"ActivityStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'activities', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "activities" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled'));

-- social_posts: status -> "SocialPostStatus"
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
  UPDATE "social_posts" t SET "status_enum" = b."mappedTo"::"SocialPostStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"SocialPostStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "social_posts" t SET "status_enum" = lower(btrim(t."status"))::"SocialPostStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'scheduled', 'publishing', 'published', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'social_posts', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "social_posts" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'scheduled', 'publishing', 'published', 'failed'));

-- rag_documents: status -> "RagDocumentStatus"
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
  UPDATE "rag_documents" t SET "status_enum" = b."mappedTo"::"RagDocumentStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"RagDocumentStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "rag_documents" t SET "status_enum" = lower(btrim(t."status"))::"RagDocumentStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'chunked', 'embedded', 'failed', 'removed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'rag_documents', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "rag_documents" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'chunked', 'embedded', 'failed', 'removed'));

-- outreach_emails: status -> "OutreachEmailStatus"
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
  UPDATE "outreach_emails" t SET "status_enum" = b."mappedTo"::"OutreachEmailStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"OutreachEmailStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "outreach_emails" t SET "status_enum" = lower(btrim(t."status"))::"OutreachEmailStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'outreach_emails', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "outreach_emails" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed'));

-- client_context_logs: fromStatus -> "ClientContextStatus", toStatus -> "ClientContextStatus"
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
  UPDATE "client_context_logs" t SET "fromStatus_enum" = b."mappedTo"::"ClientContextStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."fromStatus_enum" IS DISTINCT FROM b."mappedTo"::"ClientContextStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "client_context_logs" t SET "fromStatus_enum" = lower(btrim(t."fromStatus"))::"ClientContextStatus"
  WHERE t."fromStatus_enum" IS NULL AND lower(btrim(t."fromStatus")) IN ('draft', 'generating', 'ready', 'stale', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'client_context_logs', 'fromStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "client_context_logs" t WHERE t."fromStatus" <> lower(btrim(t."fromStatus")) AND lower(btrim(t."fromStatus")) IN ('draft', 'generating', 'ready', 'stale', 'failed'));
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
  UPDATE "client_context_logs" t SET "toStatus_enum" = b."mappedTo"::"ClientContextStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."toStatus_enum" IS DISTINCT FROM b."mappedTo"::"ClientContextStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "client_context_logs" t SET "toStatus_enum" = lower(btrim(t."toStatus"))::"ClientContextStatus"
  WHERE t."toStatus_enum" IS NULL AND lower(btrim(t."toStatus")) IN ('draft', 'generating', 'ready', 'stale', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'client_context_logs', 'toStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "client_context_logs" t WHERE t."toStatus" <> lower(btrim(t."toStatus")) AND lower(btrim(t."toStatus")) IN ('draft', 'generating', 'ready', 'stale', 'failed'));

-- deliverable_plan_logs: fromStatus -> "DeliverableStatus", toStatus -> "DeliverableStatus"
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
  UPDATE "deliverable_plan_logs" t SET "fromStatus_enum" = b."mappedTo"::"DeliverableStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."fromStatus_enum" IS DISTINCT FROM b."mappedTo"::"DeliverableStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "deliverable_plan_logs" t SET "fromStatus_enum" = lower(btrim(t."fromStatus"))::"DeliverableStatus"
  WHERE t."fromStatus_enum" IS NULL AND lower(btrim(t."fromStatus")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deliverable_plan_logs', 'fromStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "deliverable_plan_logs" t WHERE t."fromStatus" <> lower(btrim(t."fromStatus")) AND lower(btrim(t."fromStatus")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled'));
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
  UPDATE "deliverable_plan_logs" t SET "toStatus_enum" = b."mappedTo"::"DeliverableStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."toStatus_enum" IS DISTINCT FROM b."mappedTo"::"DeliverableStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "deliverable_plan_logs" t SET "toStatus_enum" = lower(btrim(t."toStatus"))::"DeliverableStatus"
  WHERE t."toStatus_enum" IS NULL AND lower(btrim(t."toStatus")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'deliverable_plan_logs', 'toStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "deliverable_plan_logs" t WHERE t."toStatus" <> lower(btrim(t."toStatus")) AND lower(btrim(t."toStatus")) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled'));

-- strategy_logs: fromStatus -> "StrategyStatus", toStatus -> "StrategyStatus"
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
  UPDATE "strategy_logs" t SET "fromStatus_enum" = b."mappedTo"::"StrategyStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."fromStatus_enum" IS DISTINCT FROM b."mappedTo"::"StrategyStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "strategy_logs" t SET "fromStatus_enum" = lower(btrim(t."fromStatus"))::"StrategyStatus"
  WHERE t."fromStatus_enum" IS NULL AND lower(btrim(t."fromStatus")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'strategy_logs', 'fromStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "strategy_logs" t WHERE t."fromStatus" <> lower(btrim(t."fromStatus")) AND lower(btrim(t."fromStatus")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'));
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
  UPDATE "strategy_logs" t SET "toStatus_enum" = b."mappedTo"::"StrategyStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."toStatus_enum" IS DISTINCT FROM b."mappedTo"::"StrategyStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "strategy_logs" t SET "toStatus_enum" = lower(btrim(t."toStatus"))::"StrategyStatus"
  WHERE t."toStatus_enum" IS NULL AND lower(btrim(t."toStatus")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'strategy_logs', 'toStatus', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "strategy_logs" t WHERE t."toStatus" <> lower(btrim(t."toStatus")) AND lower(btrim(t."toStatus")) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'));

-- webhook_deliveries: status -> "WebhookDeliveryStatus"
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
  UPDATE "webhook_deliveries" t SET "status_enum" = b."mappedTo"::"WebhookDeliveryStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"WebhookDeliveryStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "webhook_deliveries" t SET "status_enum" = lower(btrim(t."status"))::"WebhookDeliveryStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'delivered', 'failed', 'retrying')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'webhook_deliveries', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "webhook_deliveries" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'delivered', 'failed', 'retrying'));

-- newsletter_sends: status -> "NewsletterSendStatus"
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
  UPDATE "newsletter_sends" t SET "status_enum" = b."mappedTo"::"NewsletterSendStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"NewsletterSendStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "newsletter_sends" t SET "status_enum" = lower(btrim(t."status"))::"NewsletterSendStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('queued', 'sent', 'delivered', 'opened', 'bounced', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'newsletter_sends', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "newsletter_sends" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'sent', 'delivered', 'opened', 'bounced', 'failed'));

-- agent_tool_calls: status -> "AgentToolCallStatus"
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
  UPDATE "agent_tool_calls" t SET "status_enum" = b."mappedTo"::"AgentToolCallStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"AgentToolCallStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "agent_tool_calls" t SET "status_enum" = lower(btrim(t."status"))::"AgentToolCallStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'agent_tool_calls', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "agent_tool_calls" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'succeeded', 'failed'));

-- agent_run_steps: status -> "AgentRunStepStatus"
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
  UPDATE "agent_run_steps" t SET "status_enum" = b."mappedTo"::"AgentRunStepStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"AgentRunStepStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "agent_run_steps" t SET "status_enum" = lower(btrim(t."status"))::"AgentRunStepStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('pending', 'running', 'succeeded', 'failed', 'skipped')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'agent_run_steps', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "agent_run_steps" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('pending', 'running', 'succeeded', 'failed', 'skipped'));

-- agent_runs: status -> "AgentRunStatus"
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
  UPDATE "agent_runs" t SET "status_enum" = b."mappedTo"::"AgentRunStatus"
  FROM "bad" b WHERE t."id" = b."id" AND t."status_enum" IS DISTINCT FROM b."mappedTo"::"AgentRunStatus"
  RETURNING 1
), "filled" AS (
  UPDATE "agent_runs" t SET "status_enum" = lower(btrim(t."status"))::"AgentRunStatus"
  WHERE t."status_enum" IS NULL AND lower(btrim(t."status")) IN ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out')
  RETURNING 1
)
INSERT INTO "f16_counts"
SELECT 'agent_runs', 'status', (SELECT count(*) FROM "kept"), (SELECT count(*) FILTER (WHERE "mappedTo" IS NOT NULL) FROM "bad"),
       (SELECT count(*) FILTER (WHERE "mappedTo" IS NULL) FROM "bad"),
       (SELECT count(*) FROM "agent_runs" t WHERE t."status" <> lower(btrim(t."status")) AND lower(btrim(t."status")) IN ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'));

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
  RAISE NOTICE '20261129000016_f16_status_enums: % status column(s) settled; status_odd_case: % value(s) normalised in % column(s); status_invalid: % value(s) quarantined and mapped in % column(s)',
    columns_total, normalised_total, normalised_columns, quarantined_total, quarantined_columns;
END
$$;

-- ===== Last: required enum columns refuse NULL for new writes (NOT VALID: no scan; ACCESS EXCLUSIVE for the
-- catalog change, held only for the rest of this transaction, which does nothing else).
ALTER TABLE "agent_runs" ADD CONSTRAINT "agent_runs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "agent_run_steps" ADD CONSTRAINT "agent_run_steps_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "agent_tool_calls" ADD CONSTRAINT "agent_tool_calls_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "plans" ADD CONSTRAINT "plans_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "payments" ADD CONSTRAINT "payments_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "activities" ADD CONSTRAINT "activities_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "blog_posts" ADD CONSTRAINT "blog_posts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "content_ideas" ADD CONSTRAINT "content_ideas_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "websites" ADD CONSTRAINT "websites_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "newsletter_issues" ADD CONSTRAINT "newsletter_issues_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "newsletter_subscribers" ADD CONSTRAINT "newsletter_subscribers_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "newsletter_sends" ADD CONSTRAINT "newsletter_sends_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "landing_pages" ADD CONSTRAINT "landing_pages_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "credit_purchases" ADD CONSTRAINT "credit_purchases_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "leads" ADD CONSTRAINT "leads_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "deals" ADD CONSTRAINT "deals_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "help_articles" ADD CONSTRAINT "help_articles_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "integration_sync_runs" ADD CONSTRAINT "integration_sync_runs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "reports" ADD CONSTRAINT "reports_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "backlinks" ADD CONSTRAINT "backlinks_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "outreach_targets" ADD CONSTRAINT "outreach_targets_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "outreach_emails" ADD CONSTRAINT "outreach_emails_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "rag_datasets" ADD CONSTRAINT "rag_datasets_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "rag_ingest_jobs" ADD CONSTRAINT "rag_ingest_jobs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "rag_documents" ADD CONSTRAINT "rag_documents_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "keywords" ADD CONSTRAINT "keywords_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "site_audits" ADD CONSTRAINT "site_audits_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "client_contexts" ADD CONSTRAINT "client_contexts_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "users" ADD CONSTRAINT "users_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "tenant_members" ADD CONSTRAINT "tenant_members_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "tenant_deletions" ADD CONSTRAINT "tenant_deletions_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
ALTER TABLE "web_crawl_jobs" ADD CONSTRAINT "web_crawl_jobs_status_enum_not_null" CHECK ("status_enum" IS NOT NULL) NOT VALID;
