-- Finding 16, first contract step: with the legacy application gone (the release at the pause says so),
-- every status value is settled and accounted for, with the meaning the single-transaction version of this
-- finding gave it. The expand step's triggers and the backfill already wrote each odd spelling as its label
-- and each value the mapping covers as the mapping's label (original in migration_quarantine), logging every
-- change in online_migration.f16_rewritten; this folder
--   1. stops, before anything is written, on a value whose lower(btrim()) is no member and that the
--      operator's mapping does not settle (one the legacy application wrote after the backfill), naming
--      table, column, value and row count, and the fix;
--   2. writes again, through the triggers, the values still unsettled (covered by the mapping only now);
--   3. writes the ledger from the log: per column what was quarantined, mapped and normalised, and one total
--      per anomaly kind, under the expand folder's name (where the catalog points);
--   4. last, a CHECK (... IS NOT NULL) NOT VALID on every required enum column: new writes must carry a
--      value from here on, the existing rows are validated by the next folder, outside this transaction.
-- Locks: reads (ACCESS SHARE) for the checks, row locks for the rows it updates (ROW EXCLUSIVE), and ACCESS
-- EXCLUSIVE per table only for the catalog-only constraint adds at the end.
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
-- naming each table, column, value and row count; nothing has been written yet. (The backfill's finish
-- made the same check, so only a value the legacy application wrote after it can be found here.)
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

-- ===== Values not settled yet (written by the legacy application after the backfill finished, or covered by
-- the mapping only since): written again through the expand step's triggers, which do what they did for
-- every other value (the folded label, or the mapping's label with the original in migration_quarantine, each
-- change logged). One scan per table (ACCESS SHARE, ROW EXCLUSIVE), row locks only on those rows.
UPDATE "agent_runs" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "agent_run_steps" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "agent_tool_calls" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "plans" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "subscriptions" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "invoices" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "payments" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "refunds" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "activities" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "approval_requests" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "blog_posts" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "content_ideas" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "websites" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "social_accounts" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "social_posts" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "newsletter_issues" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "newsletter_subscribers" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "newsletter_sends" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "landing_pages" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "credit_purchases" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "leads" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "deals" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "help_articles" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "announcements" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "integrations" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "integration_sync_runs" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "webhook_endpoints" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "webhook_deliveries" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "reports" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "support_tickets" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "campaigns" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "backlinks" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "outreach_targets" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "outreach_emails" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "rag_datasets" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "rag_ingest_jobs" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "rag_documents" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "keywords" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "site_audits" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "client_contexts" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "client_context_logs" t SET "fromStatus" = t."fromStatus", "toStatus" = t."toStatus"
 WHERE (t."fromStatus" IS NOT NULL AND t."fromStatus_enum" IS NULL) OR t."fromStatus" <> t."fromStatus_enum"::text OR (t."toStatus" IS NOT NULL AND t."toStatus_enum" IS NULL) OR t."toStatus" <> t."toStatus_enum"::text;
UPDATE "strategies" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "strategy_logs" t SET "fromStatus" = t."fromStatus", "toStatus" = t."toStatus"
 WHERE (t."fromStatus" IS NOT NULL AND t."fromStatus_enum" IS NULL) OR t."fromStatus" <> t."fromStatus_enum"::text OR (t."toStatus" IS NOT NULL AND t."toStatus_enum" IS NULL) OR t."toStatus" <> t."toStatus_enum"::text;
UPDATE "deliverables" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "deliverable_plan_logs" t SET "fromStatus" = t."fromStatus", "toStatus" = t."toStatus"
 WHERE (t."fromStatus" IS NOT NULL AND t."fromStatus_enum" IS NULL) OR t."fromStatus" <> t."fromStatus_enum"::text OR (t."toStatus" IS NOT NULL AND t."toStatus_enum" IS NULL) OR t."toStatus" <> t."toStatus_enum"::text;
UPDATE "tenants" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "users" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "tenant_members" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "invitations" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "tenant_deletions" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;
UPDATE "web_crawl_jobs" t SET "status" = t."status"
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;

-- A new tenant's own status was quarantined before its row existed, so without its tenant: attributed now,
-- so that erasing the tenant erases it too.
UPDATE "migration_quarantine" q SET "tenantId" = q."rowId"
 WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'tenants' AND q."tenantId" IS NULL
   AND EXISTS (SELECT 1 FROM "tenants" t WHERE t."id" = q."rowId");

-- Per column, what this finding did to the legacy values since its expand step (online_migration.f16_rewritten:
-- the triggers, the backfill and the statements above) and what migration_quarantine holds of it.
INSERT INTO "f16_counts"
SELECT c."tableName", c."columnName",
       (SELECT count(*) FROM "migration_quarantine" q
         WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = c."tableName" AND q."columnName" = c."columnName"),
       count(r."id") FILTER (WHERE r."kind" = 'mapped'),
       count(r."id") FILTER (WHERE r."kind" = 'nulled'),
       count(r."id") FILTER (WHERE r."kind" = 'normalised')
  FROM (VALUES
    ('agent_runs', 'status'),
    ('agent_run_steps', 'status'),
    ('agent_tool_calls', 'status'),
    ('plans', 'status'),
    ('subscriptions', 'status'),
    ('invoices', 'status'),
    ('payments', 'status'),
    ('refunds', 'status'),
    ('activities', 'status'),
    ('approval_requests', 'status'),
    ('blog_posts', 'status'),
    ('content_ideas', 'status'),
    ('websites', 'status'),
    ('social_accounts', 'status'),
    ('social_posts', 'status'),
    ('newsletter_issues', 'status'),
    ('newsletter_subscribers', 'status'),
    ('newsletter_sends', 'status'),
    ('landing_pages', 'status'),
    ('credit_purchases', 'status'),
    ('leads', 'status'),
    ('deals', 'status'),
    ('help_articles', 'status'),
    ('announcements', 'status'),
    ('integrations', 'status'),
    ('integration_sync_runs', 'status'),
    ('webhook_endpoints', 'status'),
    ('webhook_deliveries', 'status'),
    ('reports', 'status'),
    ('support_tickets', 'status'),
    ('campaigns', 'status'),
    ('backlinks', 'status'),
    ('outreach_targets', 'status'),
    ('outreach_emails', 'status'),
    ('rag_datasets', 'status'),
    ('rag_ingest_jobs', 'status'),
    ('rag_documents', 'status'),
    ('keywords', 'status'),
    ('site_audits', 'status'),
    ('client_contexts', 'status'),
    ('client_context_logs', 'fromStatus'),
    ('client_context_logs', 'toStatus'),
    ('strategies', 'status'),
    ('strategy_logs', 'fromStatus'),
    ('strategy_logs', 'toStatus'),
    ('deliverables', 'status'),
    ('deliverable_plan_logs', 'fromStatus'),
    ('deliverable_plan_logs', 'toStatus'),
    ('tenants', 'status'),
    ('users', 'status'),
    ('tenant_members', 'status'),
    ('invitations', 'status'),
    ('tenant_deletions', 'status'),
    ('web_crawl_jobs', 'status')
  ) AS c("tableName", "columnName")
  LEFT JOIN "online_migration"."f16_rewritten" r ON r."tableName" = c."tableName" AND r."columnName" = c."columnName"
 GROUP BY c."tableName", c."columnName";

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
