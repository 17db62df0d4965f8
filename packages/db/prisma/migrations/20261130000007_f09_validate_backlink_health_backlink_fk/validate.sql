-- Rows when the key is still not validated or the transition trigger is still there.
SELECT 'key not validated' AS problem, 'backlink_health_backlinkId_fkey' AS detail
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = 'backlink_health_backlinkId_fkey' AND c.convalidated AND c.confdeltype = 'n')
UNION ALL
SELECT 'transition trigger still present', t.tgname::text
  FROM pg_trigger t WHERE t.tgname = 'online_f09_link_backlink_health';
