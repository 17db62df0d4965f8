// A catalog read on PostgreSQL 15 and the same catalog read on 18 must compare equal: the preflight reference is
// measured on one server and checked on whichever the tests (a Docker image of the machine's 15, or the embedded
// 18) or an operator use. Views are where the two print differently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeCatalogSnapshot, unqualifyOneTableView } from './catalog-snapshot.js';
import { withPgClient } from './provision.js';
import { createTestDatabase } from './test-database.js';

describe('view definitions', () => {
  it('drop the table prefix PostgreSQL 15 writes before the columns of a one-table view', () => {
    const fifteen = 'SELECT jobs.id,\n    jobs."tenantId",\n    jobs.status\n   FROM jobs;';
    const eighteen = 'SELECT id,\n    "tenantId",\n    status\n   FROM jobs;';
    expect(unqualifyOneTableView(fifteen)).toBe(eighteen);
    expect(unqualifyOneTableView(eighteen)).toBe(eighteen);
    expect(unqualifyOneTableView('SELECT "Job"."id"\n   FROM public."Job";')).toBe('SELECT "id"\n   FROM public."Job";');
  });

  it('leave a view over several tables as the server wrote it', () => {
    const joined = 'SELECT a.id,\n    b.id AS other\n   FROM a\n     JOIN b ON b.id = a.id;';
    expect(unqualifyOneTableView(joined)).toBe(joined);
  });

  describe('read from a real server', () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    beforeAll(async () => {
      db = await createTestDatabase('lm_snapshot_views');
      await withPgClient(db.url, (c) =>
        c.query(`CREATE TABLE "jobs" ("id" text PRIMARY KEY, "tenantId" text, "status" text);
                 CREATE VIEW "job_list" AS SELECT "jobs"."id", "jobs"."tenantId", "jobs"."status" FROM "jobs";`),
      );
    }, 120_000);
    afterAll(async () => {
      await db?.dispose();
    });

    it('whatever its version, as PostgreSQL 16 and later print it', async () => {
      const snapshot = await takeCatalogSnapshot(db.url);
      expect(snapshot.views['public.job_list']).toBe('SELECT id,\n    "tenantId",\n    status\n   FROM jobs;');
    });
  });
});
