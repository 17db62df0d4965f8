DROP INDEX CONCURRENTLY IF EXISTS "backlinks_campaignId_status_enum_idx";
