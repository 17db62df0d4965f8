-- Back to the legacy schema: the accounting tables and their enum go. Whatever the ledger and the
-- quarantine recorded is lost with them, so revert the data migrations that wrote there first.
SET LOCAL lock_timeout = '5s';
DROP FUNCTION "migration_stop_on_unmapped"(text, jsonb);
DROP FUNCTION "migration_unmapped_values"(text, text, text[], boolean);
DROP FUNCTION "migration_mapped_value"(text, text, text);
-- The value mapping is the operator's data, usually loaded before this folder ran: it stays while it
-- holds entries (up -> down then leaves the database as it was); an empty one goes with the rest.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "migration_value_mapping") THEN
    DROP TABLE "migration_value_mapping";
  END IF;
END $$;
DROP TABLE "migration_quarantine";
DROP TABLE "migration_ledger";
DROP TYPE "LedgerAction";
