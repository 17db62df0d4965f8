// The whole chain the way a user runs it - `prisma migrate deploy` over every folder - on the
// seeded legacy database: the accounting of all folders together balances, every validate.sql is
// empty, and the result has exactly the catalog of the corrected schema applied from scratch.
// Prisma's own drift check (`migrate diff --from-migrations ... --exit-code`) agrees.
import {
  beyondPrismaSql,
  correctedSchemaDir,
  diffSnapshots,
  migrationsDir,
  runPrisma,
  takeCatalogSnapshot,
  withPgClient,
  type ThrowawayDatabase,
} from '@leadmetrics/db';
import {
  BASELINE_FOLDER,
  checkAnomalyEntries,
  checkLedgerBalance,
  countTableRows,
  listMigrationFolders,
  readLedger,
  readMigrationFolder,
  runValidate,
} from '@leadmetrics/db/migrations';
import { applyPhasedChain } from '@leadmetrics/db/online';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase as emptyDatabase } from '@leadmetrics/db/testing';
import { buildLegacyDatabase, templateDatabase, type LegacyData, type TemplateDatabase } from './support/databases.js';

const folders = listMigrationFolders();

let legacy: TemplateDatabase<LegacyData>;
let migrated: ThrowawayDatabase;
const disposables: ThrowawayDatabase[] = [];
let countsBefore: Record<string, number>;

beforeAll(async () => {
  legacy = await templateDatabase('lm_mig_chain', buildLegacyDatabase);
  migrated = await legacy.clone('lm_mig_chain_all');
  disposables.push(migrated);
  countsBefore = await countTableRows(migrated.url);
  // The baseline is already applied (and recorded) in the template; Prisma applies the rest, the
  // folders before the pause, then (after the backfill and the release) the contract folders.
  const { expand, contract } = await applyPhasedChain(migrated.url, { via: 'prisma', backfill: { pauseMs: 0 } });
  const applied = [...expand, ...contract];
  expect(applied.filter((f) => !f.skipped).map((f) => f.name)).toEqual(folders.filter((name) => name !== BASELINE_FOLDER));
}, 900_000);

afterAll(async () => {
  for (const db of disposables) await db.dispose();
  await legacy?.dispose();
});

describe('the whole chain through prisma migrate deploy', () => {
  it('balances the accounting of every table over all folders', async () => {
    const result = checkLedgerBalance(countsBefore, await countTableRows(migrated.url), await readLedger(migrated.url));
    expect(result.problems).toEqual([]);
  });

  it('carries exactly one ledger entry per resolved anomaly kind of every folder', async () => {
    // (How many rows each entry reports is compared with the seed per folder in cherry-pick.test.ts;
    // in the chain an earlier folder may legitimately have merged or removed a row a later one
    // would have counted, which verify's accounting step reports.)
    const ledger = await readLedger(migrated.url);
    const problems = folders.flatMap((name) => checkAnomalyEntries(ledger, name, readMigrationFolder(name).resolves).problems);
    expect(problems, problems.join('; ')).toEqual([]);
  });

  it('leaves every validate.sql empty', async () => {
    const offending: string[] = [];
    for (const name of folders.filter((n) => n !== BASELINE_FOLDER)) {
      for (const row of await runValidate(migrated.url, name)) offending.push(`${name}: ${JSON.stringify(row)}`);
    }
    expect(offending, offending.join('; ')).toEqual([]);
  });

  it('ends with the catalog of the corrected schema applied from scratch', async () => {
    const scratch = await emptyDatabase('lm_mig_scratch');
    disposables.push(scratch);
    const diff = await runPrisma(['migrate', 'diff', '--from-empty', '--to-schema', correctedSchemaDir, '--script'], {
      databaseUrl: scratch.url,
    });
    expect(diff.code, diff.stderr).toBe(0);
    await withPgClient(scratch.url, (client) => client.query(diff.stdout));
    await withPgClient(scratch.url, (client) => client.query(beyondPrismaSql()));
    const expected = await takeCatalogSnapshot(scratch.url);
    const actual = await takeCatalogSnapshot(migrated.url);
    expect(diffSnapshots(actual, expected, { labels: ['the migrated database', 'the corrected schema'] })).toEqual([]);
  });

  it('leaves nothing for prisma migrate diff between the migrations and the corrected schema', async () => {
    const main = await emptyDatabase('lm_mig_diff');
    const shadow = await emptyDatabase('lm_mig_shadow');
    disposables.push(main, shadow);
    const result = await runPrisma(
      ['migrate', 'diff', '--from-migrations', migrationsDir, '--to-schema', correctedSchemaDir, '--exit-code'],
      { databaseUrl: main.url, shadowDatabaseUrl: shadow.url },
    );
    // --exit-code: 0 = no difference, 2 = differences (printed on stdout), 1 = error.
    expect(result.code, `${result.stdout}\n${result.stderr}`.trim()).toBe(0);
  });
});
