-- Finding 15: credit_balances has no "createdAt", so nobody can tell when a tenant's balance was
-- opened. The column is added with the schema's default (now) for new rows; existing balances get
-- the best date the data holds: the tenant's earliest credit_ledger entry (credits cannot move
-- before the balance exists), else the tenant's own createdAt (the balance is opened with the tenant).
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- AlterTable: a constant default on PostgreSQL 11+ is stored once in the catalog, no table rewrite.
-- online: keeps ACCESS EXCLUSIVE to the commit: the dates below are written in the same transaction, so
-- no balance is ever read with the placeholder date. credit_balances holds one row per tenant (25,103 in
-- the large online run, held 77 ms); a folder of its own for the column would let the dates go in batches.
ALTER TABLE "credit_balances" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

DO $$
DECLARE
  m CONSTANT text := '20261129000013_f15_credit_balance_created_at';
  from_ledger integer;
  from_tenant integer;
BEGIN
  UPDATE "credit_balances" cb
     SET "createdAt" = l.first_entry
    FROM (SELECT "tenantId", min("createdAt") AS first_entry FROM "credit_ledger" GROUP BY "tenantId") l
   WHERE l."tenantId" = cb."tenantId";
  GET DIAGNOSTICS from_ledger = ROW_COUNT;

  UPDATE "credit_balances" cb
     SET "createdAt" = t."createdAt"
    FROM "tenants" t
   WHERE t."id" = cb."tenantId"
     AND NOT EXISTS (SELECT 1 FROM "credit_ledger" l WHERE l."tenantId" = cb."tenantId");
  GET DIAGNOSTICS from_tenant = ROW_COUNT;

  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'credit_balances', 'updated', from_ledger, 'credit_balance_with_ledger', 'createdAt = the tenant''s earliest credit_ledger entry'),
    (m, 'credit_balances', 'updated', from_tenant, 'credit_balance_without_ledger', 'no ledger entry: createdAt = the tenant''s createdAt');

  RAISE NOTICE '%: credit_balances: createdAt from the first ledger entry for %, from the tenant for %', m, from_ledger, from_tenant;
END $$;
