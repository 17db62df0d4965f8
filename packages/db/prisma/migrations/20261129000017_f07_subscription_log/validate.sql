-- Rows only when finding 7 does not hold after this folder: the JSON column survived, a log row has no
-- target status, the ledger lacks one of its anomaly entries, or fewer log rows exist than it says
-- were inserted.
SELECT 'subscriptions.statusChangeLogs still exists' AS problem, NULL::text AS detail
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.subscriptions'::regclass AND a.attname = 'statusChangeLogs' AND NOT a.attisdropped)
UNION ALL
SELECT 'ledger entry missing or repeated', kind
  FROM unnest(ARRAY['subscription_log_entries', 'subscription_log_malformed']) AS kind
 WHERE (SELECT count(*) FROM "migration_ledger" l
         WHERE l."migration" = '20261129000017_f07_subscription_log' AND l."anomaly" = kind) <> 1
UNION ALL
SELECT 'fewer subscription_logs rows than the ledger inserted',
       (SELECT count(*) FROM "subscription_logs") || ' rows, ledger says ' || l."rows"
  FROM "migration_ledger" l
 WHERE l."migration" = '20261129000017_f07_subscription_log' AND l."anomaly" = 'subscription_log_entries'
   AND (SELECT count(*) FROM "subscription_logs") < l."rows"
UNION ALL
SELECT 'quarantined log entry not owned by the subscription''s tenant', q."id"::text
  FROM "migration_quarantine" q JOIN "subscriptions" s ON s."id" = q."rowId"
 WHERE q."migration" = '20261129000017_f07_subscription_log' AND q."tenantId" IS DISTINCT FROM s."tenantId";
