-- Rows only when finding 7 does not hold after the contract step: the JSON column or a converting
-- trigger survived, the ledger lacks one of its anomaly entries, fewer log rows exist than it says were
-- inserted, or a quarantined entry is not owned by its subscription's tenant.
SELECT 'subscriptions.statusChangeLogs still exists' AS problem, NULL::text AS detail
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.subscriptions'::regclass AND a.attname = 'statusChangeLogs' AND NOT a.attisdropped)
UNION ALL
SELECT 'converting trigger still present', t.tgname::text
  FROM pg_trigger t WHERE t.tgname LIKE 'online\_f07\_%'
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
