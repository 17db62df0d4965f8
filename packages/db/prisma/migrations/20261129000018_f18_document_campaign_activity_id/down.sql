SET LOCAL lock_timeout = '5s';
COMMENT ON COLUMN "campaigns"."activityId" IS NULL;
