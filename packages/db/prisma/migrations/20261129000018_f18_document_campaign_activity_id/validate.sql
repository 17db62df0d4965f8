-- A row when the column carries no word on being a deliberate soft reference.
SELECT 'campaigns."activityId" is not documented as a soft reference' AS problem, col_description(to_regclass('public.campaigns'), a.attnum) AS detail
  FROM pg_attribute a
 WHERE a.attrelid = to_regclass('public.campaigns') AND a.attname = 'activityId'
   AND coalesce(col_description(a.attrelid, a.attnum), '') NOT ILIKE '%soft reference%';
