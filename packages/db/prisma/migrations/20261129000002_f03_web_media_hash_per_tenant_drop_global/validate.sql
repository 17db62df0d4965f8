-- Rows when the platform-wide unique on contentHash is still there.
SELECT 'global unique on contentHash still present' AS problem, NULL::text AS detail
 WHERE to_regclass('public."web_media_contentHash_key"') IS NOT NULL;
