-- Undo the expand step (revert the contract folder first: it brings blog_post_versions.faqs back).
-- The JSON column was never touched here, so every snapshot is still where it was; what goes is what
-- was made from it: the triggers, the conversion functions, blog_post_version_faqs, this folder's
-- quarantine entries, and the phase record. The live FAQs (blog_post_faqs) were never touched.
SET LOCAL lock_timeout = '5s';
DROP TRIGGER IF EXISTS "online_f13_version_faq_rows_on_insert" ON "blog_post_versions";
DROP TRIGGER IF EXISTS "online_f13_version_faq_rows_on_update" ON "blog_post_versions";
DROP FUNCTION IF EXISTS "online_migration"."f13_keep_version_faq_rows"();
DROP FUNCTION IF EXISTS "online_migration"."f13_backfill_range"(text, text);
DROP FUNCTION IF EXISTS "online_migration"."f13_copy_snapshots"(text[]);
DROP FUNCTION IF EXISTS "online_migration"."f13_entry_position"(jsonb, bigint);
DROP FUNCTION IF EXISTS "online_migration"."f13_entry_problem"(jsonb);
DROP FUNCTION IF EXISTS "online_migration"."f13_row_id"(text, bigint);
DROP TABLE "blog_post_version_faqs";
DELETE FROM "migration_quarantine" WHERE "migration" = '20261129000011_f13_faq_rows_for_versions';
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000011_f13_faq_rows_for_versions';
DELETE FROM "online_migration"."phase" WHERE "expandFolder" = '20261129000011_f13_faq_rows_for_versions';
