-- Infrastructure for zero-downtime adoption (prisma/ONLINE.md): where each phased finding stands
-- between its expand folder, its backfill and its contract folder. It lives in a schema of its own,
-- beside the application's tables, so the corrected schema (which Prisma compares with "public")
-- never sees it.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

CREATE SCHEMA IF NOT EXISTS "online_migration";

-- One row per expand folder that has been applied. The expand folder writes it in its own
-- transaction, so the row exists exactly when the expand step committed. The backfill command keeps
-- its progress here (each batch updates the row in the batch's own transaction, so a crash loses
-- nothing and repeats nothing); the contract folder checks it before it changes anything.
CREATE TABLE "online_migration"."phase" (
    "expandFolder"      TEXT        NOT NULL PRIMARY KEY,
    "finding"           INTEGER,
    "expandedAt"        TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Which step of the folder's backfill runs now (0-based), and the last key it finished.
    "backfillStep"      INTEGER     NOT NULL DEFAULT 0,
    "backfillKey"       TEXT,
    "backfillRows"      BIGINT      NOT NULL DEFAULT 0,
    -- Counts the batches reported (summed), written to the ledger when the backfill finishes.
    "backfillCounts"    JSONB       NOT NULL DEFAULT '{}',
    "backfillStartedAt" TIMESTAMPTZ,
    "backfilledAt"      TIMESTAMPTZ,
    -- Set by `backfill release` once the application that reads the new structures is deployed.
    "releasedAt"        TIMESTAMPTZ,
    "contractedAt"      TIMESTAMPTZ
);

-- Called as the last statement of every expand folder. A database without a single row in its
-- application tables (a fresh database, or the shadow database Prisma replays the migrations on)
-- has nothing to backfill and no running application to keep working, so its phase is recorded as
-- backfilled and released at once and the chain runs straight through. Only the first row of each
-- table is looked for, so this costs one short read per table.
CREATE FUNCTION "online_migration"."expanded"(expand_folder TEXT, finding INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  t regclass;
  holds_rows boolean := false;
BEGIN
  FOR t IN SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
              AND c.relname NOT IN ('_prisma_migrations', 'migration_ledger', 'migration_quarantine') LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s)', t) INTO holds_rows;
    EXIT WHEN holds_rows;
  END LOOP;
  INSERT INTO "online_migration"."phase" ("expandFolder", "finding", "backfilledAt", "releasedAt")
  VALUES (expand_folder, finding, CASE WHEN holds_rows THEN NULL ELSE now() END, CASE WHEN holds_rows THEN NULL ELSE now() END)
  ON CONFLICT ("expandFolder") DO NOTHING;
END $$;

-- Called as the first statement of every contract folder: refuses (and so rolls back the whole
-- folder before it changed anything) until the backfill finished and the operator released the
-- contract. The message is what the operator sees in `prisma migrate deploy`'s output.
CREATE FUNCTION "online_migration"."require_released"(expand_folder TEXT, contract_folder TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  p "online_migration"."phase"%ROWTYPE;
BEGIN
  SELECT * INTO p FROM "online_migration"."phase" WHERE "expandFolder" = expand_folder;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'online pause: % refused: its expand folder % is not applied', contract_folder, expand_folder
      USING HINT = 'apply the expand folders first (prisma migrate deploy), then run the backfill';
  END IF;
  IF p."backfilledAt" IS NULL THEN
    RAISE EXCEPTION 'online pause: % refused: the backfill of % is not finished (% rows so far)', contract_folder, expand_folder, p."backfillRows"
      USING HINT = 'run `pnpm backfill --database-url <url>`, deploy the application that reads the new structures, run `pnpm backfill release --database-url <url>`, then prisma migrate deploy again (see RUNBOOK.md)';
  END IF;
  IF p."releasedAt" IS NULL THEN
    RAISE EXCEPTION 'online pause: % refused: the backfill of % is finished but the contract is not released', contract_folder, expand_folder
      USING HINT = 'deploy the application that reads the new structures, then run `pnpm backfill release --database-url <url>` and prisma migrate deploy again (see RUNBOOK.md)';
  END IF;
END $$;

-- Called as the last statement of every contract folder.
CREATE FUNCTION "online_migration"."contracted"(expand_folder TEXT) RETURNS void
LANGUAGE sql AS $$
  UPDATE "online_migration"."phase" SET "contractedAt" = now() WHERE "expandFolder" = expand_folder;
$$;
