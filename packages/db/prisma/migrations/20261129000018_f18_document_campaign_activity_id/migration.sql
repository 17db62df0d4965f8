-- Finding 18: campaigns."activityId" is an id with no foreign key and no word on whether that is
-- on purpose. It is: activities are deleted on their own schedule and a campaign must outlive the
-- activity it was started from, so the id may point at nothing. The schema's doc comment says so;
-- this puts the same words on the column. A comment is catalog metadata: no row is touched.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10s';

COMMENT ON COLUMN "campaigns"."activityId" IS 'Soft reference to an activity, deliberately without a foreign key: activities are deleted independently of campaigns, so this id may point at nothing.';
