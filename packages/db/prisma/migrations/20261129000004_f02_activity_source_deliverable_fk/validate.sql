-- Rows when an activity's source deliverable is missing or belongs to another tenant (after the
-- backfill), or the key is not in place (validated or not: the contract folder validates it).
SELECT 'sourceDeliverableId points at no deliverable' AS problem, a."id" AS detail
  FROM "activities" a
 WHERE a."sourceDeliverableId" IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM "deliverables" d WHERE d."id" = a."sourceDeliverableId")
UNION ALL
SELECT 'sourceDeliverableId points at another tenant''s deliverable', a."id"
  FROM "activities" a JOIN "deliverables" d ON d."id" = a."sourceDeliverableId"
 WHERE d."tenantId" <> a."tenantId"
UNION ALL
SELECT 'key missing or not ON DELETE SET NULL', 'activities_sourceDeliverableId_fkey'
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c
                    WHERE c.conname = 'activities_sourceDeliverableId_fkey' AND c.contype = 'f' AND c.confdeltype = 'n');
