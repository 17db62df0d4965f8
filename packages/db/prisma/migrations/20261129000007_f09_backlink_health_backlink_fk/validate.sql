-- Rows when a health row is linked to the wrong backlink, or an unambiguous match was left out.
SELECT 'linked backlink is of another campaign or another url' AS problem, h."id" AS detail
  FROM "backlink_health" h JOIN "backlinks" b ON b."id" = h."backlinkId"
 WHERE b."campaignId" <> h."campaignId" OR b."tenantId" <> h."tenantId" OR b."sourceUrl" <> h."url"
UNION ALL
SELECT 'unambiguous match left unlinked', h."id"
  FROM "backlink_health" h
 WHERE h."backlinkId" IS NULL
   AND (SELECT count(*) FROM "backlinks" b
         WHERE b."campaignId" = h."campaignId" AND b."tenantId" = h."tenantId" AND b."sourceUrl" = h."url") = 1
   AND (SELECT count(*) FROM "backlink_health" o
         WHERE o."campaignId" = h."campaignId" AND o."tenantId" = h."tenantId" AND o."url" = h."url") = 1;
