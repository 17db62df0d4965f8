-- The accounting tables every data-touching migration writes to (prisma/MIGRATIONS.md):
-- migration_ledger (what was done to how many rows) and migration_quarantine (values that could
-- not be mapped, kept before they were nulled or removed). Both are new and empty, so creating
-- them blocks nobody; only the foreign key to "tenants" takes a brief lock there.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

-- CreateEnum
CREATE TYPE "LedgerAction" AS ENUM ('inserted', 'deleted', 'updated', 'nulled', 'merged', 'moved', 'quarantined', 'renamed', 'kept');

-- CreateTable
CREATE TABLE "migration_ledger" (
    "id" SERIAL NOT NULL,
    "migration" TEXT NOT NULL,
    "tableName" TEXT NOT NULL,
    "action" "LedgerAction" NOT NULL,
    "rows" INTEGER NOT NULL,
    "anomaly" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "migration_ledger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "migration_quarantine" (
    "id" SERIAL NOT NULL,
    "migration" TEXT NOT NULL,
    "tableName" TEXT NOT NULL,
    "rowId" TEXT,
    "columnName" TEXT,
    "value" JSONB,
    "reason" TEXT NOT NULL,
    "tenantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "migration_quarantine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "migration_ledger_migration_idx" ON "migration_ledger"("migration");

-- CreateIndex
CREATE INDEX "migration_quarantine_migration_tableName_idx" ON "migration_quarantine"("migration", "tableName");

-- CreateIndex
CREATE INDEX "migration_quarantine_tenantId_idx" ON "migration_quarantine"("tenantId");

-- AddForeignKey: the quarantine is empty, so validating at once costs nothing.
ALTER TABLE "migration_quarantine" ADD CONSTRAINT "migration_quarantine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
