-- Rows when the transition trigger is still there.
SELECT 'transition trigger still present' AS problem, t.tgname::text AS detail
  FROM pg_trigger t WHERE t.tgname = 'online_f12_guard_keyword';
