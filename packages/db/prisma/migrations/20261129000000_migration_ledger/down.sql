-- Back to the legacy schema: the accounting tables and their enum go. Whatever the ledger and the
-- quarantine recorded is lost with them, so revert the data migrations that wrote there first.
SET LOCAL lock_timeout = '5s';
DROP TABLE "migration_quarantine";
DROP TABLE "migration_ledger";
DROP TYPE "LedgerAction";
