-- Rows when finding 7's new structures are missing: the log table, its keys to the subscription and the
-- actor, or (while the JSON column is still there) a trigger that keeps the rows in step with legacy
-- writes. Holds after the expand step and after the contract step alike.
SELECT 'table subscription_logs missing' AS problem, NULL::text AS detail
 WHERE to_regclass('public.subscription_logs') IS NULL
UNION ALL
SELECT 'key of subscription_logs missing', k.name
  FROM (VALUES ('subscription_logs_subscriptionId_fkey', 'c'), ('subscription_logs_actorId_fkey', 'n')) AS k(name, on_delete)
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = k.name AND c.contype = 'f' AND c.confdeltype = k.on_delete::"char")
UNION ALL
SELECT 'converting trigger missing while subscriptions.statusChangeLogs exists', t.name
  FROM (VALUES ('online_f07_subscription_log_rows_on_insert'), ('online_f07_subscription_log_rows_on_update')) AS t(name)
 WHERE EXISTS (SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = 'public.subscriptions'::regclass AND a.attname = 'statusChangeLogs' AND NOT a.attisdropped)
   AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgname = t.name AND g.tgrelid = 'public.subscriptions'::regclass);
