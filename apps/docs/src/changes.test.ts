import { describe, expect, it } from 'vitest';
import { ddlOf } from './changes.js';

describe('ddlOf', () => {
  it('finds created, altered, indexed, commented, renamed and dropped tables, ignoring comments', () => {
    const sql = `
-- ALTER TABLE "from_a_comment" ADD COLUMN x int;
/* CREATE TABLE "from_a_block_comment" (id int); */
CREATE TABLE "subscription_logs" ("id" TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS public."quarantine" (id int);
ALTER TABLE "invoices" DROP COLUMN "remindersSent";
ALTER TABLE ONLY "leads"
  ADD COLUMN "contactId" TEXT;
CREATE UNIQUE INDEX "keywords_tenantId_keyword_key" ON "keywords"("tenantId", "keyword");
CREATE INDEX ON "activities" ("sourceDeliverableId");
COMMENT ON COLUMN "campaigns"."activityId" IS 'soft reference';
ALTER TABLE "rag_crawl_jobs" RENAME TO "rag_ingest_jobs";
UPDATE "tenants" SET "name" = 'x';
DROP TABLE "lead_contacts";
DROP TABLE IF EXISTS "online_migration"."f08_unplaced";
-- DROP TABLE "from_a_comment_too";
`;
    const ddl = ddlOf(sql);
    expect([...ddl.created].sort()).toEqual(['quarantine', 'subscription_logs']);
    expect([...ddl.touched].sort()).toEqual(
      ['activities', 'campaigns', 'invoices', 'keywords', 'leads', 'quarantine', 'rag_crawl_jobs', 'subscription_logs'].sort(),
    );
    expect([...ddl.renames]).toEqual([['rag_crawl_jobs', 'rag_ingest_jobs']]);
    expect([...ddl.dropped].sort()).toEqual(['f08_unplaced', 'lead_contacts']);
  });
});
