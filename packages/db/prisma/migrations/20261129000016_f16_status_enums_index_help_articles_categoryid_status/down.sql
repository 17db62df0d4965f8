DROP INDEX CONCURRENTLY IF EXISTS "help_articles_categoryId_status_enum_idx";
