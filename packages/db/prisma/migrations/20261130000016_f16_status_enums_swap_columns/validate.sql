-- 20261130000016_f16_status_enums_swap_columns (after the swap; the quarantine rows carry the expand folder's name): every query returns rows only when something is wrong.

-- 1. A status column that is not of its enum type, or whose default differs from the schema.
SELECT e."tableName", e."columnName", e."enumName" AS expected_type, c.udt_name AS actual_type,
       e."defaultValue" AS expected_default, c.column_default AS actual_default
FROM (VALUES
    ('agent_runs', 'status', 'AgentRunStatus', 'queued'),
    ('agent_run_steps', 'status', 'AgentRunStepStatus', 'pending'),
    ('agent_tool_calls', 'status', 'AgentToolCallStatus', 'pending'),
    ('plans', 'status', 'PlanStatus', 'active'),
    ('subscriptions', 'status', 'SubscriptionStatus', 'trialing'),
    ('invoices', 'status', 'InvoiceStatus', 'draft'),
    ('payments', 'status', 'PaymentStatus', 'pending'),
    ('refunds', 'status', 'RefundStatus', 'pending'),
    ('activities', 'status', 'ActivityStatus', 'draft'),
    ('approval_requests', 'status', 'ApprovalRequestStatus', 'pending'),
    ('blog_posts', 'status', 'BlogPostStatus', 'draft'),
    ('content_ideas', 'status', 'ContentIdeaStatus', 'new'),
    ('websites', 'status', 'WebsiteStatus', 'pending'),
    ('social_accounts', 'status', 'SocialAccountStatus', 'connected'),
    ('social_posts', 'status', 'SocialPostStatus', 'draft'),
    ('newsletter_issues', 'status', 'NewsletterIssueStatus', 'draft'),
    ('newsletter_subscribers', 'status', 'NewsletterSubscriberStatus', 'subscribed'),
    ('newsletter_sends', 'status', 'NewsletterSendStatus', 'queued'),
    ('landing_pages', 'status', 'LandingPageStatus', 'draft'),
    ('credit_purchases', 'status', 'CreditPurchaseStatus', 'pending'),
    ('leads', 'status', 'LeadStatus', 'new'),
    ('deals', 'status', 'DealStatus', 'open'),
    ('help_articles', 'status', 'HelpArticleStatus', 'draft'),
    ('announcements', 'status', 'AnnouncementStatus', 'draft'),
    ('integrations', 'status', 'IntegrationStatus', 'connected'),
    ('integration_sync_runs', 'status', 'IntegrationSyncRunStatus', 'running'),
    ('webhook_endpoints', 'status', 'WebhookEndpointStatus', 'active'),
    ('webhook_deliveries', 'status', 'WebhookDeliveryStatus', 'pending'),
    ('reports', 'status', 'ReportStatus', 'queued'),
    ('support_tickets', 'status', 'SupportTicketStatus', 'open'),
    ('campaigns', 'status', 'CampaignStatus', 'draft'),
    ('backlinks', 'status', 'BacklinkStatus', 'pending'),
    ('outreach_targets', 'status', 'OutreachTargetStatus', 'new'),
    ('outreach_emails', 'status', 'OutreachEmailStatus', 'draft'),
    ('rag_datasets', 'status', 'RagDatasetStatus', 'empty'),
    ('rag_ingest_jobs', 'status', 'RagIngestJobStatus', 'queued'),
    ('rag_documents', 'status', 'RagDocumentStatus', 'pending'),
    ('keywords', 'status', 'KeywordStatus', 'tracked'),
    ('site_audits', 'status', 'SiteAuditStatus', 'queued'),
    ('client_contexts', 'status', 'ClientContextStatus', 'draft'),
    ('client_context_logs', 'fromStatus', 'ClientContextStatus', NULL),
    ('client_context_logs', 'toStatus', 'ClientContextStatus', NULL),
    ('strategies', 'status', 'StrategyStatus', 'draft'),
    ('strategy_logs', 'fromStatus', 'StrategyStatus', NULL),
    ('strategy_logs', 'toStatus', 'StrategyStatus', NULL),
    ('deliverables', 'status', 'DeliverableStatus', 'planned'),
    ('deliverable_plan_logs', 'fromStatus', 'DeliverableStatus', NULL),
    ('deliverable_plan_logs', 'toStatus', 'DeliverableStatus', NULL),
    ('tenants', 'status', 'TenantStatus', 'trial'),
    ('users', 'status', 'UserStatus', 'active'),
    ('tenant_members', 'status', 'TenantMemberStatus', 'active'),
    ('invitations', 'status', 'InvitationStatus', 'pending'),
    ('tenant_deletions', 'status', 'TenantDeletionStatus', 'requested'),
    ('web_crawl_jobs', 'status', 'WebCrawlJobStatus', 'queued')
) AS e("tableName", "columnName", "enumName", "defaultValue")
LEFT JOIN information_schema.columns c
  ON c.table_schema = current_schema() AND c.table_name = e."tableName" AND c.column_name = e."columnName"
WHERE c.udt_name IS DISTINCT FROM e."enumName"
   OR c.column_default IS DISTINCT FROM
      (CASE WHEN e."defaultValue" IS NULL THEN NULL ELSE quote_literal(e."defaultValue") || '::"' || e."enumName" || '"' END);

-- 2. An enum type whose members differ from the schema (order included).
SELECT x."enumName", x."members" AS expected, string_agg(en.enumlabel, ',' ORDER BY en.enumsortorder) AS actual
FROM (VALUES
    ('AgentRunStatus', 'queued,running,succeeded,failed,cancelled,timed_out'),
    ('AgentRunStepStatus', 'pending,running,succeeded,failed,skipped'),
    ('AgentToolCallStatus', 'pending,succeeded,failed'),
    ('PlanStatus', 'active,legacy,retired'),
    ('SubscriptionStatus', 'trialing,active,past_due,cancelled,expired'),
    ('InvoiceStatus', 'draft,open,paid,void,uncollectible'),
    ('PaymentStatus', 'pending,succeeded,failed,refunded'),
    ('RefundStatus', 'pending,succeeded,failed'),
    ('ActivityStatus', 'draft,in_progress,in_review,approved,scheduled,published,failed,cancelled'),
    ('ApprovalRequestStatus', 'pending,approved,changes_requested,rejected,withdrawn'),
    ('BlogPostStatus', 'draft,in_review,scheduled,published,archived'),
    ('ContentIdeaStatus', 'new,accepted,used,rejected'),
    ('WebsiteStatus', 'pending,verifying,active,disconnected'),
    ('SocialAccountStatus', 'connected,expired,disconnected'),
    ('SocialPostStatus', 'draft,scheduled,publishing,published,failed'),
    ('NewsletterIssueStatus', 'draft,scheduled,sending,sent,failed,cancelled'),
    ('NewsletterSubscriberStatus', 'pending,subscribed,unsubscribed,bounced,complained'),
    ('NewsletterSendStatus', 'queued,sent,delivered,opened,bounced,failed'),
    ('LandingPageStatus', 'draft,published,unpublished'),
    ('CreditPurchaseStatus', 'pending,completed,failed,refunded'),
    ('LeadStatus', 'new,contacted,qualified,converted,lost,spam'),
    ('DealStatus', 'open,won,lost,abandoned'),
    ('HelpArticleStatus', 'draft,published,archived'),
    ('AnnouncementStatus', 'draft,live,expired'),
    ('IntegrationStatus', 'connected,error,disconnected'),
    ('IntegrationSyncRunStatus', 'running,succeeded,failed'),
    ('WebhookEndpointStatus', 'active,failing,disabled'),
    ('WebhookDeliveryStatus', 'pending,delivered,failed,retrying'),
    ('ReportStatus', 'queued,generating,ready,failed'),
    ('SupportTicketStatus', 'open,pending,resolved,closed'),
    ('CampaignStatus', 'draft,active,paused,completed,cancelled'),
    ('BacklinkStatus', 'pending,live,lost,rejected'),
    ('OutreachTargetStatus', 'new,contacted,replied,won,lost,skipped'),
    ('OutreachEmailStatus', 'draft,queued,sent,opened,replied,bounced,failed'),
    ('RagDatasetStatus', 'empty,indexing,ready,failed'),
    ('RagIngestJobStatus', 'queued,crawling,embedding,completed,failed,cancelled'),
    ('RagDocumentStatus', 'pending,chunked,embedded,failed,removed'),
    ('KeywordStatus', 'suggested,tracked,paused,archived'),
    ('SiteAuditStatus', 'queued,running,completed,failed'),
    ('ClientContextStatus', 'draft,generating,ready,stale,failed'),
    ('StrategyStatus', 'draft,generating,in_review,approved,active,archived,failed'),
    ('DeliverableStatus', 'planned,in_progress,delivered,skipped,cancelled'),
    ('TenantStatus', 'trial,active,past_due,suspended,closed'),
    ('UserStatus', 'invited,active,disabled'),
    ('TenantMemberStatus', 'active,suspended,removed'),
    ('InvitationStatus', 'pending,accepted,expired,revoked'),
    ('TenantDeletionStatus', 'requested,scheduled,purging,completed,cancelled'),
    ('WebCrawlJobStatus', 'queued,running,completed,failed,cancelled')
) AS x("enumName", "members")
LEFT JOIN pg_type ty ON ty.typname = x."enumName" AND ty.typnamespace = current_schema()::regnamespace
LEFT JOIN pg_enum en ON en.enumtypid = ty.oid
GROUP BY x."enumName", x."members"
HAVING string_agg(en.enumlabel, ',' ORDER BY en.enumsortorder) IS DISTINCT FROM x."members";

-- 3. The ledger disagrees with itself or with the quarantine: exactly one total per anomaly kind, each
--    equal to the sum of its detail rows, and every quarantined detail backed by quarantine rows.
SELECT 'ledger total' AS problem, k.kind, (SELECT count(*) FROM "migration_ledger" l WHERE l."migration" = '20261129000016_f16_status_enums' AND l."anomaly" = k.kind) AS entries
FROM (VALUES ('status_odd_case'), ('status_invalid')) AS k(kind)
WHERE (SELECT count(*) FROM "migration_ledger" l WHERE l."migration" = '20261129000016_f16_status_enums' AND l."anomaly" = k.kind) <> 1;

SELECT 'normalised total' AS problem, total."rows" AS total, coalesce(detail.n, 0) AS sum_of_details
FROM "migration_ledger" total,
     (SELECT sum("rows") AS n FROM "migration_ledger"
       WHERE "migration" = '20261129000016_f16_status_enums' AND "anomaly" IS NULL AND "action" = 'updated' AND "note" LIKE '%normalised%') detail
WHERE total."migration" = '20261129000016_f16_status_enums' AND total."anomaly" = 'status_odd_case' AND total."rows" <> coalesce(detail.n, 0);

SELECT 'quarantined total' AS problem, total."rows" AS total, coalesce(detail.n, 0) AS sum_of_details, q.n AS in_quarantine
FROM "migration_ledger" total,
     (SELECT sum("rows") AS n FROM "migration_ledger"
       WHERE "migration" = '20261129000016_f16_status_enums' AND "anomaly" IS NULL AND "action" = 'quarantined') detail,
     (SELECT count(*) AS n FROM "migration_quarantine" WHERE "migration" = '20261129000016_f16_status_enums') q
WHERE total."migration" = '20261129000016_f16_status_enums' AND total."anomaly" = 'status_invalid'
  AND (total."rows" <> coalesce(detail.n, 0) OR total."rows" > q.n);

-- 4. A quarantined value that maps to a member after all (it should have been normalised instead), or
--    one whose tenant attribution is missing although its row belongs to a tenant.
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'agent_runs' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "agent_runs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'agent_run_steps' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'running', 'succeeded', 'failed', 'skipped')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "agent_runs" p1 WHERE p1."id" = t."runId") FROM "agent_run_steps" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'agent_tool_calls' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'succeeded', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT (SELECT p2."tenantId" FROM "agent_runs" p2 WHERE p2."id" = p1."runId") FROM "agent_run_steps" p1 WHERE p1."id" = t."stepId") FROM "agent_tool_calls" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'plans' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('active', 'legacy', 'retired'))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'subscriptions' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('trialing', 'active', 'past_due', 'cancelled', 'expired')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "subscriptions" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'invoices' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'open', 'paid', 'void', 'uncollectible')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "invoices" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'payments' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'succeeded', 'failed', 'refunded')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "payments" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'refunds' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'succeeded', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "payments" p1 WHERE p1."id" = t."paymentId") FROM "refunds" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'activities' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'in_progress', 'in_review', 'approved', 'scheduled', 'published', 'failed', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "activities" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'approval_requests' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'approved', 'changes_requested', 'rejected', 'withdrawn')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "approval_requests" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'blog_posts' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'in_review', 'scheduled', 'published', 'archived')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "blog_posts" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'content_ideas' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('new', 'accepted', 'used', 'rejected')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "content_ideas" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'websites' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'verifying', 'active', 'disconnected')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "websites" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'social_accounts' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('connected', 'expired', 'disconnected')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "social_accounts" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'social_posts' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'scheduled', 'publishing', 'published', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "social_posts" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'newsletter_issues' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "newsletters" p1 WHERE p1."id" = t."newsletterId") FROM "newsletter_issues" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'newsletter_subscribers' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'subscribed', 'unsubscribed', 'bounced', 'complained')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "newsletters" p1 WHERE p1."id" = t."newsletterId") FROM "newsletter_subscribers" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'newsletter_sends' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('queued', 'sent', 'delivered', 'opened', 'bounced', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT (SELECT p2."tenantId" FROM "newsletters" p2 WHERE p2."id" = p1."newsletterId") FROM "newsletter_issues" p1 WHERE p1."id" = t."issueId") FROM "newsletter_sends" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'landing_pages' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'published', 'unpublished')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "landing_pages" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'credit_purchases' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'completed', 'failed', 'refunded')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "credit_purchases" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'leads' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('new', 'contacted', 'qualified', 'converted', 'lost', 'spam')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "leads" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deals' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('open', 'won', 'lost', 'abandoned')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "deals" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'help_articles' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'published', 'archived'))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'announcements' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'live', 'expired'))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'integrations' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('connected', 'error', 'disconnected')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "integrations" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'integration_sync_runs' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('running', 'succeeded', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "integrations" p1 WHERE p1."id" = t."integrationId") FROM "integration_sync_runs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'webhook_endpoints' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('active', 'failing', 'disabled')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "webhook_endpoints" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'webhook_deliveries' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'delivered', 'failed', 'retrying')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "webhook_endpoints" p1 WHERE p1."id" = t."endpointId") FROM "webhook_deliveries" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'reports' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('queued', 'generating', 'ready', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "reports" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'support_tickets' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('open', 'pending', 'resolved', 'closed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "support_tickets" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'campaigns' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'active', 'paused', 'completed', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "campaigns" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'backlinks' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'live', 'lost', 'rejected')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "backlinks" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'outreach_targets' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('new', 'contacted', 'replied', 'won', 'lost', 'skipped')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "outreach_targets" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'outreach_emails' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'queued', 'sent', 'opened', 'replied', 'bounced', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "outreach_emails" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'rag_datasets' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('empty', 'indexing', 'ready', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "rag_datasets" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'rag_ingest_jobs' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('queued', 'crawling', 'embedding', 'completed', 'failed', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "rag_ingest_jobs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'rag_documents' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'chunked', 'embedded', 'failed', 'removed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "rag_datasets" p1 WHERE p1."id" = t."datasetId") FROM "rag_documents" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'keywords' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('suggested', 'tracked', 'paused', 'archived')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "keywords" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'site_audits' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('queued', 'running', 'completed', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "site_audits" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'client_contexts' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'generating', 'ready', 'stale', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "client_contexts" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'client_context_logs' AND q."columnName" = 'fromStatus'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'generating', 'ready', 'stale', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "client_contexts" p1 WHERE p1."id" = t."clientContextId") FROM "client_context_logs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'client_context_logs' AND q."columnName" = 'toStatus'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'generating', 'ready', 'stale', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "client_contexts" p1 WHERE p1."id" = t."clientContextId") FROM "client_context_logs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'strategies' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "strategies" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'strategy_logs' AND q."columnName" = 'fromStatus'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "strategies" p1 WHERE p1."id" = t."strategyId") FROM "strategy_logs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'strategy_logs' AND q."columnName" = 'toStatus'
  AND (lower(btrim(q."value" #>> '{}')) IN ('draft', 'generating', 'in_review', 'approved', 'active', 'archived', 'failed')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "strategies" p1 WHERE p1."id" = t."strategyId") FROM "strategy_logs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deliverables' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "deliverables" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deliverable_plan_logs' AND q."columnName" = 'fromStatus'
  AND (lower(btrim(q."value" #>> '{}')) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "deliverables" p1 WHERE p1."id" = t."deliverableId") FROM "deliverable_plan_logs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'deliverable_plan_logs' AND q."columnName" = 'toStatus'
  AND (lower(btrim(q."value" #>> '{}')) IN ('planned', 'in_progress', 'delivered', 'skipped', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT (SELECT p1."tenantId" FROM "deliverables" p1 WHERE p1."id" = t."deliverableId") FROM "deliverable_plan_logs" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'tenants' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('trial', 'active', 'past_due', 'suspended', 'closed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."id" FROM "tenants" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'users' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('invited', 'active', 'disabled'))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'tenant_members' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('active', 'suspended', 'removed')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "tenant_members" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'invitations' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('pending', 'accepted', 'expired', 'revoked')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "invitations" t WHERE t."id" = q."rowId"))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'tenant_deletions' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('requested', 'scheduled', 'purging', 'completed', 'cancelled'))
UNION ALL
SELECT q."id" AS quarantine_id, q."tableName", q."columnName", q."value"
FROM "migration_quarantine" q
WHERE q."migration" = '20261129000016_f16_status_enums' AND q."tableName" = 'web_crawl_jobs' AND q."columnName" = 'status'
  AND (lower(btrim(q."value" #>> '{}')) IN ('queued', 'running', 'completed', 'failed', 'cancelled')
       OR q."tenantId" IS DISTINCT FROM (SELECT t."tenantId" FROM "web_crawl_jobs" t WHERE t."id" = q."rowId"));
