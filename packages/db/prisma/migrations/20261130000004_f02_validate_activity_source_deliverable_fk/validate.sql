-- Rows when the key is still not validated, the trigger is still there, or the ledger does not
-- account for every quarantined id.
SELECT 'key not validated' AS problem, 'activities_sourceDeliverableId_fkey' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = 'activities_sourceDeliverableId_fkey' AND c.convalidated)
UNION ALL
SELECT 'transition trigger still present', t.tgname::text
  FROM pg_trigger t WHERE t.tgname = 'online_f02_source_deliverable_same_tenant'
UNION ALL
SELECT 'quarantined ids not in the ledger', format('%s quarantined, %s in the ledger', q.n, l.n)
  FROM (SELECT count(*) AS n FROM "migration_quarantine" WHERE "migration" = '20261129000004_f02_activity_source_deliverable_fk') q,
       (SELECT coalesce(sum("rows"), 0) AS n FROM "migration_ledger" WHERE "migration" = '20261129000004_f02_activity_source_deliverable_fk' AND "action" = 'quarantined') l
 WHERE q.n <> l.n;
