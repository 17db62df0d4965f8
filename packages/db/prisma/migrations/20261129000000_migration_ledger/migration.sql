-- The accounting tables every data-touching migration writes to (prisma/MIGRATIONS.md):
-- migration_ledger (what was done to how many rows) and migration_quarantine (values that could
-- not be mapped, kept before they were nulled or removed). Both are new and empty, so creating
-- them blocks nobody; only the foreign key to "tenants" takes a brief lock there.
-- Also the operator's value mapping (migration_value_mapping) and the functions every folder asks
-- about a value the new type cannot hold, so the mapping rules live in this one place.
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

-- CreateTable: the operator's decisions for values a new type cannot hold. The table may already be
-- there: the mapping is loaded (`pnpm preflight load-mapping`) before the first folder runs, and the
-- loader creates it with this very statement when it is missing.
CREATE TABLE IF NOT EXISTS "migration_value_mapping" (
    "id" SERIAL NOT NULL,
    "tableName" TEXT NOT NULL,
    "columnName" TEXT NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "migration_value_mapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX IF NOT EXISTS "migration_value_mapping_tableName_columnName_fromValue_key" ON "migration_value_mapping"("tableName", "columnName", "fromValue");

-- The value a mapping gives (NULL when the operator chose "quarantine and set NULL"). A value without
-- a mapping raises: whoever converts a column can never fall through to a default by accident, even
-- when a writer slipped a new value in after the folder checked.
CREATE OR REPLACE FUNCTION "migration_mapped_value"(p_table text, p_column text, p_from text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  mapped text;
BEGIN
  SELECT m."toValue" INTO mapped FROM "migration_value_mapping" m
   WHERE m."tableName" = p_table AND m."columnName" = p_column AND m."fromValue" = p_from;
  IF NOT FOUND THEN
    RAISE EXCEPTION '%.%: the value % has no entry in migration_value_mapping', p_table, p_column, quote_literal(p_from)
      USING HINT = 'Nothing was changed. Add the value to the mapping file and load it (RUNBOOK.md, "Values the new schema cannot hold").';
  END IF;
  RETURN mapped;
END $$;

-- The values of one text column that fold (lower(btrim())) to no member of p_members and that the
-- mapping does not settle, as a JSON array of {table, column, value, rows, problem}. A mapping to a
-- value outside p_members, or to NULL on a required column, settles nothing and is reported too.
CREATE OR REPLACE FUNCTION "migration_unmapped_values"(p_table text, p_column text, p_members text[], p_nullable boolean) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  found jsonb;
BEGIN
  EXECUTE format($q$
    SELECT coalesce(jsonb_agg(jsonb_build_object('table', %1$L, 'column', %2$L, 'value', v."folded", 'rows', v."rows",
             'problem', CASE WHEN m."fromValue" IS NULL THEN 'no mapping'
                             WHEN m."toValue" IS NULL THEN 'mapped to NULL, but the column is required'
                             ELSE 'mapped to ' || quote_literal(m."toValue") || ', which is not one of ' || array_to_string(%3$L::text[], ', ') END)
             ORDER BY v."folded"), '[]'::jsonb)
      FROM (SELECT lower(btrim(t.%4$I)) AS "folded", count(*) AS "rows"
              FROM %5$I t
             WHERE t.%4$I IS NOT NULL AND lower(btrim(t.%4$I)) <> ALL (%3$L::text[])
             GROUP BY 1) v
      LEFT JOIN "migration_value_mapping" m
        ON m."tableName" = %1$L AND m."columnName" = %2$L AND m."fromValue" = v."folded"
     WHERE m."fromValue" IS NULL
        OR (m."toValue" IS NULL AND NOT %6$L::boolean)
        OR (m."toValue" IS NOT NULL AND m."toValue" <> ALL (%3$L::text[]))$q$,
    p_table, p_column, p_members, p_column, p_table, p_nullable)
  INTO found;
  RETURN found;
END $$;

-- Stops the migration when p_unmapped (an array as migration_unmapped_values returns) is not empty:
-- the message names every table, column, value and row count and says how to settle them.
CREATE OR REPLACE FUNCTION "migration_stop_on_unmapped"(p_migration text, p_unmapped jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  lines text;
BEGIN
  IF p_unmapped IS NULL OR jsonb_array_length(p_unmapped) = 0 THEN
    RETURN;
  END IF;
  SELECT string_agg(format('  %s.%s: %s in %s row(s) (%s)', e ->> 'table', e ->> 'column', e ->> 'value', e ->> 'rows', e ->> 'problem'), E'\n')
    INTO lines FROM jsonb_array_elements(p_unmapped) e;
  RAISE EXCEPTION E'%: % value(s) the new type cannot hold, and migration_value_mapping does not say what they mean:\n%\nNothing was changed. Run `pnpm preflight --write-mapping mapping.json`, fill in "to" for each entry, load it with `pnpm preflight load-mapping mapping.json`, then migrate again (RUNBOOK.md, "Values the new schema cannot hold").',
    p_migration, jsonb_array_length(p_unmapped), lines
    USING ERRCODE = 'check_violation';
END $$;
