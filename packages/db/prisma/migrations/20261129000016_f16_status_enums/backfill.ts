// Finding 16's backfill: one step per table, walking its primary key. Each batch writes every status of its
// key range that is not settled yet again onto itself, so that the expand step's trigger applies its one rule to
// it, exactly as to a legacy write: a member is kept, an odd spelling becomes its label, a value outside the
// enum that the operator's mapping covers becomes the mapping's label with its original copied into
// migration_quarantine (each change logged in online_migration.f16_rewritten), and the enum twin gets the
// label. Both applications then read a label in the legacy column. A value the mapping does not cover is
// left as written, and counted. The counts read only the rows whose value is no label yet (the others count
// for nothing), and the update takes the key range itself rather than a join with those rows: both cut the
// cost of a batch by about a quarter against reading and joining every row of the range.
// The finish, in one transaction, stops while any value outside the enum is not covered by the mapping,
// naming each (the corrected application, deployed next, could not read such a row); once the mapping covers
// them, running the backfill again settles those rows and finishes. The ledger is written by the contract
// folder 20261130000016_f16_status_enums_settle_values, from the log.
// Generated with the SQL of the finding's folders, for the same 54 columns.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000016_f16_status_enums';

// Rows a batch walked while the mapping did not cover their value yet, settled now that it does (each table
// scanned, row locks only on those rows); the same statements as in the settling contract folder.
const SETTLE_LATE = `UPDATE "agent_runs" t SET "status" = t."status"
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
 WHERE (t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text;`;

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'plans: status',
      table: 'plans',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "plans" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['active', 'legacy', 'retired']))
  ), filled AS (
    UPDATE "plans" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['active', 'legacy', 'retired'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['active', 'legacy', 'retired']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'plans' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['active', 'legacy', 'retired'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['active', 'legacy', 'retired']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'plans' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['active', 'legacy', 'retired'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'subscriptions: status',
      table: 'subscriptions',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "subscriptions" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired']))
  ), filled AS (
    UPDATE "subscriptions" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'subscriptions' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'subscriptions' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['trialing', 'active', 'past_due', 'cancelled', 'expired'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'invoices: status',
      table: 'invoices',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "invoices" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible']))
  ), filled AS (
    UPDATE "invoices" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'invoices' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'invoices' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'open', 'paid', 'void', 'uncollectible'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'payments: status',
      table: 'payments',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "payments" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'succeeded', 'failed', 'refunded']))
  ), filled AS (
    UPDATE "payments" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'succeeded', 'failed', 'refunded'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'succeeded', 'failed', 'refunded']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'payments' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'succeeded', 'failed', 'refunded'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'succeeded', 'failed', 'refunded']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'payments' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'succeeded', 'failed', 'refunded'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'refunds: status',
      table: 'refunds',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "refunds" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'succeeded', 'failed']))
  ), filled AS (
    UPDATE "refunds" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'succeeded', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'succeeded', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'refunds' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'succeeded', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'succeeded', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'refunds' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'succeeded', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'approval_requests: status',
      table: 'approval_requests',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "approval_requests" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn']))
  ), filled AS (
    UPDATE "approval_requests" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'approval_requests' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'approval_requests' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'approved', 'changes_requested', 'rejected', 'withdrawn'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'blog_posts: status',
      table: 'blog_posts',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "blog_posts" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived']))
  ), filled AS (
    UPDATE "blog_posts" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'blog_posts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'blog_posts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'in_review', 'scheduled', 'published', 'archived'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'content_ideas: status',
      table: 'content_ideas',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "content_ideas" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['new', 'accepted', 'used', 'rejected']))
  ), filled AS (
    UPDATE "content_ideas" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['new', 'accepted', 'used', 'rejected'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['new', 'accepted', 'used', 'rejected']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'content_ideas' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['new', 'accepted', 'used', 'rejected'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['new', 'accepted', 'used', 'rejected']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'content_ideas' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['new', 'accepted', 'used', 'rejected'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'websites: status',
      table: 'websites',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "websites" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'verifying', 'active', 'disconnected']))
  ), filled AS (
    UPDATE "websites" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'verifying', 'active', 'disconnected'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'verifying', 'active', 'disconnected']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'websites' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'verifying', 'active', 'disconnected'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'verifying', 'active', 'disconnected']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'websites' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'verifying', 'active', 'disconnected'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'social_accounts: status',
      table: 'social_accounts',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "social_accounts" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['connected', 'expired', 'disconnected']))
  ), filled AS (
    UPDATE "social_accounts" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['connected', 'expired', 'disconnected'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['connected', 'expired', 'disconnected']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'social_accounts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['connected', 'expired', 'disconnected'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['connected', 'expired', 'disconnected']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'social_accounts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['connected', 'expired', 'disconnected'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'newsletter_issues: status',
      table: 'newsletter_issues',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "newsletter_issues" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled']))
  ), filled AS (
    UPDATE "newsletter_issues" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'newsletter_issues' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'newsletter_issues' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'newsletter_subscribers: status',
      table: 'newsletter_subscribers',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "newsletter_subscribers" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained']))
  ), filled AS (
    UPDATE "newsletter_subscribers" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'newsletter_subscribers' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'newsletter_subscribers' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'subscribed', 'unsubscribed', 'bounced', 'complained'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'landing_pages: status',
      table: 'landing_pages',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "landing_pages" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'published', 'unpublished']))
  ), filled AS (
    UPDATE "landing_pages" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'published', 'unpublished'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'published', 'unpublished']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'landing_pages' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'published', 'unpublished'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'published', 'unpublished']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'landing_pages' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'published', 'unpublished'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'credit_purchases: status',
      table: 'credit_purchases',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "credit_purchases" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'completed', 'failed', 'refunded']))
  ), filled AS (
    UPDATE "credit_purchases" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'completed', 'failed', 'refunded'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'completed', 'failed', 'refunded']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'credit_purchases' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'completed', 'failed', 'refunded'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'completed', 'failed', 'refunded']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'credit_purchases' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'completed', 'failed', 'refunded'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'deals: status',
      table: 'deals',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "deals" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['open', 'won', 'lost', 'abandoned']))
  ), filled AS (
    UPDATE "deals" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['open', 'won', 'lost', 'abandoned'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['open', 'won', 'lost', 'abandoned']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deals' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['open', 'won', 'lost', 'abandoned'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['open', 'won', 'lost', 'abandoned']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deals' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['open', 'won', 'lost', 'abandoned'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'help_articles: status',
      table: 'help_articles',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "help_articles" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'published', 'archived']))
  ), filled AS (
    UPDATE "help_articles" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'published', 'archived'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'published', 'archived']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'help_articles' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'published', 'archived'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'published', 'archived']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'help_articles' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'published', 'archived'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'announcements: status',
      table: 'announcements',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "announcements" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'live', 'expired']))
  ), filled AS (
    UPDATE "announcements" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'live', 'expired'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'live', 'expired']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'announcements' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'live', 'expired'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'live', 'expired']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'announcements' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'live', 'expired'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'integrations: status',
      table: 'integrations',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "integrations" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['connected', 'error', 'disconnected']))
  ), filled AS (
    UPDATE "integrations" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['connected', 'error', 'disconnected'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['connected', 'error', 'disconnected']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'integrations' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['connected', 'error', 'disconnected'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['connected', 'error', 'disconnected']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'integrations' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['connected', 'error', 'disconnected'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'integration_sync_runs: status',
      table: 'integration_sync_runs',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "integration_sync_runs" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['running', 'succeeded', 'failed']))
  ), filled AS (
    UPDATE "integration_sync_runs" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['running', 'succeeded', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['running', 'succeeded', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'integration_sync_runs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['running', 'succeeded', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['running', 'succeeded', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'integration_sync_runs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['running', 'succeeded', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'webhook_endpoints: status',
      table: 'webhook_endpoints',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "webhook_endpoints" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['active', 'failing', 'disabled']))
  ), filled AS (
    UPDATE "webhook_endpoints" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['active', 'failing', 'disabled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['active', 'failing', 'disabled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'webhook_endpoints' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['active', 'failing', 'disabled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['active', 'failing', 'disabled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'webhook_endpoints' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['active', 'failing', 'disabled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'reports: status',
      table: 'reports',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "reports" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['queued', 'generating', 'ready', 'failed']))
  ), filled AS (
    UPDATE "reports" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['queued', 'generating', 'ready', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'generating', 'ready', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'reports' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'generating', 'ready', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'generating', 'ready', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'reports' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'generating', 'ready', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'support_tickets: status',
      table: 'support_tickets',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "support_tickets" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['open', 'pending', 'resolved', 'closed']))
  ), filled AS (
    UPDATE "support_tickets" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['open', 'pending', 'resolved', 'closed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['open', 'pending', 'resolved', 'closed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'support_tickets' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['open', 'pending', 'resolved', 'closed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['open', 'pending', 'resolved', 'closed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'support_tickets' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['open', 'pending', 'resolved', 'closed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'campaigns: status',
      table: 'campaigns',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "campaigns" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled']))
  ), filled AS (
    UPDATE "campaigns" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'campaigns' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'campaigns' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'active', 'paused', 'completed', 'cancelled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'backlinks: status',
      table: 'backlinks',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "backlinks" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'live', 'lost', 'rejected']))
  ), filled AS (
    UPDATE "backlinks" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'live', 'lost', 'rejected'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'live', 'lost', 'rejected']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'backlinks' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'live', 'lost', 'rejected'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'live', 'lost', 'rejected']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'backlinks' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'live', 'lost', 'rejected'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'outreach_targets: status',
      table: 'outreach_targets',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "outreach_targets" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped']))
  ), filled AS (
    UPDATE "outreach_targets" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'outreach_targets' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'outreach_targets' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['new', 'contacted', 'replied', 'won', 'lost', 'skipped'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'rag_datasets: status',
      table: 'rag_datasets',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "rag_datasets" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['empty', 'indexing', 'ready', 'failed']))
  ), filled AS (
    UPDATE "rag_datasets" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['empty', 'indexing', 'ready', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['empty', 'indexing', 'ready', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'rag_datasets' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['empty', 'indexing', 'ready', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['empty', 'indexing', 'ready', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'rag_datasets' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['empty', 'indexing', 'ready', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'rag_ingest_jobs: status',
      table: 'rag_ingest_jobs',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "rag_ingest_jobs" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled']))
  ), filled AS (
    UPDATE "rag_ingest_jobs" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'rag_ingest_jobs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'rag_ingest_jobs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'keywords: status',
      table: 'keywords',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "keywords" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['suggested', 'tracked', 'paused', 'archived']))
  ), filled AS (
    UPDATE "keywords" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['suggested', 'tracked', 'paused', 'archived'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['suggested', 'tracked', 'paused', 'archived']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'keywords' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['suggested', 'tracked', 'paused', 'archived'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['suggested', 'tracked', 'paused', 'archived']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'keywords' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['suggested', 'tracked', 'paused', 'archived'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'site_audits: status',
      table: 'site_audits',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "site_audits" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['queued', 'running', 'completed', 'failed']))
  ), filled AS (
    UPDATE "site_audits" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['queued', 'running', 'completed', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'running', 'completed', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'site_audits' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'running', 'completed', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'running', 'completed', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'site_audits' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'running', 'completed', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'client_contexts: status',
      table: 'client_contexts',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "client_contexts" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']))
  ), filled AS (
    UPDATE "client_contexts" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'client_contexts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'client_contexts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'strategies: status',
      table: 'strategies',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "strategies" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']))
  ), filled AS (
    UPDATE "strategies" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'strategies' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'strategies' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'deliverables: status',
      table: 'deliverables',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "deliverables" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']))
  ), filled AS (
    UPDATE "deliverables" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deliverables' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deliverables' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'tenants: status',
      table: 'tenants',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "tenants" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed']))
  ), filled AS (
    UPDATE "tenants" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'tenants' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'tenants' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['trial', 'active', 'past_due', 'suspended', 'closed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'users: status',
      table: 'users',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "users" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['invited', 'active', 'disabled']))
  ), filled AS (
    UPDATE "users" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['invited', 'active', 'disabled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['invited', 'active', 'disabled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'users' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['invited', 'active', 'disabled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['invited', 'active', 'disabled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'users' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['invited', 'active', 'disabled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'tenant_members: status',
      table: 'tenant_members',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "tenant_members" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['active', 'suspended', 'removed']))
  ), filled AS (
    UPDATE "tenant_members" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['active', 'suspended', 'removed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['active', 'suspended', 'removed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'tenant_members' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['active', 'suspended', 'removed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['active', 'suspended', 'removed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'tenant_members' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['active', 'suspended', 'removed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'invitations: status',
      table: 'invitations',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "invitations" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'accepted', 'expired', 'revoked']))
  ), filled AS (
    UPDATE "invitations" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'accepted', 'expired', 'revoked'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'accepted', 'expired', 'revoked']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'invitations' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'accepted', 'expired', 'revoked'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'accepted', 'expired', 'revoked']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'invitations' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'accepted', 'expired', 'revoked'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'tenant_deletions: status',
      table: 'tenant_deletions',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "tenant_deletions" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled']))
  ), filled AS (
    UPDATE "tenant_deletions" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'tenant_deletions' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'tenant_deletions' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['requested', 'scheduled', 'purging', 'completed', 'cancelled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'web_crawl_jobs: status',
      table: 'web_crawl_jobs',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "web_crawl_jobs" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled']))
  ), filled AS (
    UPDATE "web_crawl_jobs" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'web_crawl_jobs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'web_crawl_jobs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'running', 'completed', 'failed', 'cancelled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'leads: status',
      table: 'leads',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "leads" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam']))
  ), filled AS (
    UPDATE "leads" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'leads' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'leads' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['new', 'contacted', 'qualified', 'converted', 'lost', 'spam'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'activities: status',
      table: 'activities',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "activities" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled']))
  ), filled AS (
    UPDATE "activities" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'activities' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'activities' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'social_posts: status',
      table: 'social_posts',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "social_posts" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed']))
  ), filled AS (
    UPDATE "social_posts" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'social_posts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'social_posts' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'scheduled', 'publishing', 'published', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'rag_documents: status',
      table: 'rag_documents',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "rag_documents" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed']))
  ), filled AS (
    UPDATE "rag_documents" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'rag_documents' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'rag_documents' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'chunked', 'embedded', 'failed', 'removed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'outreach_emails: status',
      table: 'outreach_emails',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "outreach_emails" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed']))
  ), filled AS (
    UPDATE "outreach_emails" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'outreach_emails' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'outreach_emails' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'client_context_logs: fromStatus and toStatus',
      table: 'client_context_logs',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."fromStatus", t."toStatus"
      FROM "client_context_logs" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."fromStatus" <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) OR t."toStatus" <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']))
  ), filled AS (
    UPDATE "client_context_logs" t SET "fromStatus" = t."fromStatus", "toStatus" = t."toStatus"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."fromStatus" IS NOT NULL AND t."fromStatus_enum" IS NULL) OR t."fromStatus" <> t."fromStatus_enum"::text OR (t."toStatus" IS NOT NULL AND t."toStatus_enum" IS NULL) OR t."toStatus" <> t."toStatus_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."fromStatus" <> lower(btrim(r."fromStatus")) AND lower(btrim(r."fromStatus")) = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])) + count(*) FILTER (WHERE r."toStatus" <> lower(btrim(r."toStatus")) AND lower(btrim(r."toStatus")) = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."fromStatus")) <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'client_context_logs' AND m."columnName" = 'fromStatus' AND m."fromValue" = lower(btrim(r."fromStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) OR m."toValue" IS NULL))) + count(*) FILTER (WHERE lower(btrim(r."toStatus")) <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'client_context_logs' AND m."columnName" = 'toStatus' AND m."fromValue" = lower(btrim(r."toStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) OR m."toValue" IS NULL))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."fromStatus")) <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'client_context_logs' AND m."columnName" = 'fromStatus' AND m."fromValue" = lower(btrim(r."fromStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) OR m."toValue" IS NULL))) + count(*) FILTER (WHERE lower(btrim(r."toStatus")) <> ALL (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'client_context_logs' AND m."columnName" = 'toStatus' AND m."fromValue" = lower(btrim(r."toStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'ready', 'stale', 'failed']) OR m."toValue" IS NULL))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'deliverable_plan_logs: fromStatus and toStatus',
      table: 'deliverable_plan_logs',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."fromStatus", t."toStatus"
      FROM "deliverable_plan_logs" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."fromStatus" <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) OR t."toStatus" <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']))
  ), filled AS (
    UPDATE "deliverable_plan_logs" t SET "fromStatus" = t."fromStatus", "toStatus" = t."toStatus"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."fromStatus" IS NOT NULL AND t."fromStatus_enum" IS NULL) OR t."fromStatus" <> t."fromStatus_enum"::text OR (t."toStatus" IS NOT NULL AND t."toStatus_enum" IS NULL) OR t."toStatus" <> t."toStatus_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."fromStatus" <> lower(btrim(r."fromStatus")) AND lower(btrim(r."fromStatus")) = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])) + count(*) FILTER (WHERE r."toStatus" <> lower(btrim(r."toStatus")) AND lower(btrim(r."toStatus")) = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."fromStatus")) <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deliverable_plan_logs' AND m."columnName" = 'fromStatus' AND m."fromValue" = lower(btrim(r."fromStatus"))
                    AND (m."toValue" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) OR m."toValue" IS NULL))) + count(*) FILTER (WHERE lower(btrim(r."toStatus")) <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deliverable_plan_logs' AND m."columnName" = 'toStatus' AND m."fromValue" = lower(btrim(r."toStatus"))
                    AND (m."toValue" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) OR m."toValue" IS NULL))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."fromStatus")) <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deliverable_plan_logs' AND m."columnName" = 'fromStatus' AND m."fromValue" = lower(btrim(r."fromStatus"))
                    AND (m."toValue" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) OR m."toValue" IS NULL))) + count(*) FILTER (WHERE lower(btrim(r."toStatus")) <> ALL (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'deliverable_plan_logs' AND m."columnName" = 'toStatus' AND m."fromValue" = lower(btrim(r."toStatus"))
                    AND (m."toValue" = ANY (ARRAY['planned', 'in_progress', 'delivered', 'skipped', 'cancelled']) OR m."toValue" IS NULL))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'strategy_logs: fromStatus and toStatus',
      table: 'strategy_logs',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."fromStatus", t."toStatus"
      FROM "strategy_logs" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."fromStatus" <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) OR t."toStatus" <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']))
  ), filled AS (
    UPDATE "strategy_logs" t SET "fromStatus" = t."fromStatus", "toStatus" = t."toStatus"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."fromStatus" IS NOT NULL AND t."fromStatus_enum" IS NULL) OR t."fromStatus" <> t."fromStatus_enum"::text OR (t."toStatus" IS NOT NULL AND t."toStatus_enum" IS NULL) OR t."toStatus" <> t."toStatus_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."fromStatus" <> lower(btrim(r."fromStatus")) AND lower(btrim(r."fromStatus")) = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])) + count(*) FILTER (WHERE r."toStatus" <> lower(btrim(r."toStatus")) AND lower(btrim(r."toStatus")) = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."fromStatus")) <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'strategy_logs' AND m."columnName" = 'fromStatus' AND m."fromValue" = lower(btrim(r."fromStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) OR m."toValue" IS NULL))) + count(*) FILTER (WHERE lower(btrim(r."toStatus")) <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'strategy_logs' AND m."columnName" = 'toStatus' AND m."fromValue" = lower(btrim(r."toStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) OR m."toValue" IS NULL))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."fromStatus")) <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'strategy_logs' AND m."columnName" = 'fromStatus' AND m."fromValue" = lower(btrim(r."fromStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) OR m."toValue" IS NULL))) + count(*) FILTER (WHERE lower(btrim(r."toStatus")) <> ALL (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'strategy_logs' AND m."columnName" = 'toStatus' AND m."fromValue" = lower(btrim(r."toStatus"))
                    AND (m."toValue" = ANY (ARRAY['draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed']) OR m."toValue" IS NULL))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'webhook_deliveries: status',
      table: 'webhook_deliveries',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "webhook_deliveries" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'delivered', 'failed', 'retrying']))
  ), filled AS (
    UPDATE "webhook_deliveries" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'delivered', 'failed', 'retrying'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'delivered', 'failed', 'retrying']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'webhook_deliveries' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'delivered', 'failed', 'retrying'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'delivered', 'failed', 'retrying']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'webhook_deliveries' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'delivered', 'failed', 'retrying'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'newsletter_sends: status',
      table: 'newsletter_sends',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "newsletter_sends" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed']))
  ), filled AS (
    UPDATE "newsletter_sends" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'newsletter_sends' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'newsletter_sends' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'sent', 'delivered', 'opened', 'bounced', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'agent_tool_calls: status',
      table: 'agent_tool_calls',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "agent_tool_calls" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'succeeded', 'failed']))
  ), filled AS (
    UPDATE "agent_tool_calls" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'succeeded', 'failed'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'succeeded', 'failed']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'agent_tool_calls' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'succeeded', 'failed'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'succeeded', 'failed']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'agent_tool_calls' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'succeeded', 'failed'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'agent_run_steps: status',
      table: 'agent_run_steps',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "agent_run_steps" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped']))
  ), filled AS (
    UPDATE "agent_run_steps" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'agent_run_steps' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'agent_run_steps' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['pending', 'running', 'succeeded', 'failed', 'skipped'])))))::int AS unmapped
    FROM range r`,
    },
    {
      label: 'agent_runs: status',
      table: 'agent_runs',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT t."id", t."status"
      FROM "agent_runs" t
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND (t."status" <> ALL (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out']))
  ), filled AS (
    UPDATE "agent_runs" t SET "status" = t."status"
     WHERE ($1::text IS NULL OR t."id" > $1::text) AND t."id" <= $2::text AND ((t."status" IS NOT NULL AND t."status_enum" IS NULL) OR t."status" <> t."status_enum"::text)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM filled)::int AS filled,
         (count(*) FILTER (WHERE r."status" <> lower(btrim(r."status")) AND lower(btrim(r."status")) = ANY (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'])))::int AS normalised,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out']) AND EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'agent_runs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'])))))::int AS mapped,
         (count(*) FILTER (WHERE lower(btrim(r."status")) <> ALL (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out']) AND NOT EXISTS (SELECT 1 FROM "migration_value_mapping" m
                  WHERE m."tableName" = 'agent_runs' AND m."columnName" = 'status' AND m."fromValue" = lower(btrim(r."status"))
                    AND (m."toValue" = ANY (ARRAY['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out'])))))::int AS unmapped
    FROM range r`,
    },
  ],
  finishSql: `SELECT "migration_stop_on_unmapped"('20261129000016_f16_status_enums', unmapped)
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
${SETTLE_LATE}
DO $$
DECLARE
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
BEGIN
  RAISE NOTICE '%: % rows written; % status values normalised to their label and % placed by the value mapping (originals in migration_quarantine), in the legacy columns and their enum twins alike; every value outside the enum is covered by the mapping',
    '${MIGRATION}', coalesce((counts->>'filled')::integer, 0), coalesce((counts->>'normalised')::integer, 0),
    coalesce((counts->>'mapped')::integer, 0);
END $$;`,
};

export default backfill;
