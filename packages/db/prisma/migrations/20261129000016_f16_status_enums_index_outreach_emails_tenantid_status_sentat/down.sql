DROP INDEX CONCURRENTLY IF EXISTS "outreach_emails_tenantId_status_enum_sentAt_idx";
