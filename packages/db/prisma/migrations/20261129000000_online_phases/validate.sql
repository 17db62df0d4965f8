-- A contract that ran before its backfill finished or before it was released.
SELECT "expandFolder", 'contracted before its backfill finished or before release' AS problem
  FROM "online_migration"."phase"
 WHERE "contractedAt" IS NOT NULL AND ("backfilledAt" IS NULL OR "releasedAt" IS NULL);

-- A release without a finished backfill.
SELECT "expandFolder", 'released before its backfill finished' AS problem
  FROM "online_migration"."phase"
 WHERE "releasedAt" IS NOT NULL AND "backfilledAt" IS NULL;
