-- A row when the column carries no word on being a snapshot.
SELECT 'agent_runs."tenantName" is not documented as a snapshot' AS problem, col_description(to_regclass('public.agent_runs'), a.attnum) AS detail
  FROM pg_attribute a
 WHERE a.attrelid = to_regclass('public.agent_runs') AND a.attname = 'tenantName'
   AND coalesce(col_description(a.attrelid, a.attnum), '') NOT ILIKE '%snapshot%';
