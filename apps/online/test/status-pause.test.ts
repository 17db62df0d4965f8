// The CI-scale harness on finding 16 taken alone: a demo-seeded legacy database (it holds statuses in odd
// spellings and values outside the enums, which the demo mapping covers), the legacy application sending
// traffic through expand and backfill, then the application built for the corrected schema deployed at the
// pause, while the status columns are still the legacy text. No corrected request may fail on a status it
// cannot read. (Requests that need another finding's tables fail in a cherry-pick and are not counted here.)
import { DEMO_MAPPING_FILE } from '@leadmetrics/seed';
import { testServer } from '@leadmetrics/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOf, seededTemplate, type Database } from '../src/databases.js';
import { createPrismaClient, readMappingFile, withPgClient, writeValueMapping } from '../src/db.js';
import { runHarness } from '../src/harness.js';
import { phasedChain } from '../src/phased.js';

let server: { url: string };
let template: Database;

beforeAll(async () => {
  server = await testServer();
  template = await seededTemplate(server.url, 'demo');
});

afterAll(async () => {
  await template?.dispose();
});

describe('finding 16 at the pause', () => {
  it('the corrected application reads every status row it asks for while the columns are still text', async () => {
    const copy = await copyOf(server.url, template, 'ci_f16_pause');
    try {
      // The demo data holds rows whose status the corrected client could not read as it was written.
      const [odd] = await withPgClient(
        copy.url,
        async (client) =>
          (
            await client.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM invoices WHERE status <> lower(btrim(status)) OR status NOT IN ('draft', 'open', 'paid', 'void', 'uncollectible')`,
            )
          ).rows,
      );
      expect(odd!.n).toBeGreaterThan(0);
      await writeValueMapping(copy.url, readMappingFile(DEMO_MAPPING_FILE, 'packages/seed/demo-mapping.json'));
      const chain = phasedChain({ findings: [16] });
      // Stop before the release and the contract, and deploy the corrected application after that chain: both
      // applications then run on the legacy columns, as at the pause. (A chain marked partial would keep the
      // legacy application to the end; the corrected one is the point here.)
      const run = await runHarness({
        databaseUrl: copy.url,
        chain: { name: chain.name, description: chain.description, steps: chain.steps.filter((s) => s.phase !== 'contract') },
        workers: 3,
        thinkMs: 2,
        beforeSeconds: 1,
        afterSeconds: 8,
        finalApplication: 'corrected',
        poolSize: 100_000,
      });
      expect(run.chainError).toBeNull();
      const corrected = run.requests.filter((r) => r.app === 'corrected');
      expect(corrected.filter((r) => !r.ok && /not found in enum/.test(r.error ?? '')).map((r) => r.error)).toEqual([]);
      expect(run.requests.filter((r) => r.app === 'legacy' && !r.ok).map((r) => r.error)).toEqual([]);
      expect(corrected.filter((r) => r.op === 'read-invoice').length, 'the corrected application read no invoice').toBeGreaterThan(0);
      // The workload picks rows at random; every row of the tables it reads statuses of, read at once, leaves
      // nothing to chance.
      const client = await createPrismaClient(copy.url);
      try {
        const invoices = await client.invoice.findMany({ select: { id: true, status: true } });
        const subscriptions = await client.subscription.findMany({ select: { id: true, status: true } });
        const leads = await client.lead.findMany({ select: { id: true, status: true } });
        const posts = await client.blogPost.findMany({ select: { id: true, status: true } });
        expect(Math.min(invoices.length, subscriptions.length, leads.length, posts.length)).toBeGreaterThan(0);
      } finally {
        await client.$disconnect();
      }
    } finally {
      await copy.dispose();
    }
  }, 600_000);
});
