-- Drop the column again. The backfilled dates are derived from other tables, so nothing is lost;
-- the creation dates of balances opened after the migration are.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "credit_balances" DROP COLUMN "createdAt";
DELETE FROM "migration_ledger" WHERE "migration" = '20261129000013_f15_credit_balance_created_at';
