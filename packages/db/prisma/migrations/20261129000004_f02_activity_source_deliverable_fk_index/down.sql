DROP INDEX CONCURRENTLY IF EXISTS "activities_sourceDeliverableId_idx";
