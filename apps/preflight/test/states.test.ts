// Preflight on databases that are not a plain legacy schema: empty, not ours at all, a legacy schema that
// drifted (an extra column, a missing index), and the baselining of a legacy database Prisma does not know:
// preflight shows the catalog matches, `prisma migrate resolve --applied 0_baseline`, then
// `prisma migrate deploy` applies only the fixes.
import { runPrisma, withPgClient } from '@leadmetrics/db';
import { BASELINE_FOLDER, listMigrationFolders, readMigrationFolder } from '@leadmetrics/db/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPreflight, type PreflightResult } from '../src/index.js';
import { cloneDatabase, emptyDatabase, legacyDatabase, query, type TestDb } from './helpers.js';

const folders = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);
/** The folder that replaces keywords_tenantId_idx (finding 12), found by what it does, not by name. */
const keywordFolder = folders.find((f) =>
  /DROP INDEX (CONCURRENTLY )?(IF EXISTS )?"keywords_tenantId_idx"/.test(readMigrationFolder(f).sql),
)!;
/** A folder that changes invoices but not its "paidVia"-free columns: the one that drops remindersSent. */
const invoiceFolder = folders.find((f) => /ALTER TABLE "invoices" DROP COLUMN "remindersSent"/.test(readMigrationFolder(f).sql))!;

let legacy: TestDb;
beforeAll(async () => {
  legacy = await legacyDatabase('lm_pf_states');
});
afterAll(async () => {
  await legacy?.dispose();
});

describe('an empty database', () => {
  let db: TestDb;
  let result: PreflightResult;
  beforeAll(async () => {
    db = await emptyDatabase();
    result = await runPreflight({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('is recognised as empty, every folder blocked, nothing to baseline', () => {
    expect(result.state.stage).toBe('empty');
    expect(result.state.baselining.needed).toBe(false);
    expect(result.plan.map((e) => e.folder)).toEqual(folders);
    for (const entry of result.plan) expect(entry.verdict, entry.folder).toBe('blocked');
    expect(result.ok).toBe(false);
    expect(result.batches).toEqual([]);
  });
});

describe('a database of something else', () => {
  let db: TestDb;
  let result: PreflightResult;
  beforeAll(async () => {
    db = await emptyDatabase('lm_pf_other');
    await query(db.url, 'CREATE TABLE orders (id int PRIMARY KEY); CREATE TABLE customers (id int PRIMARY KEY)');
    result = await runPreflight({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('is not taken for a legacy database', () => {
    expect(result.state.stage).toBe('unknown');
    expect(result.state.differencesFromLegacy).toEqual(expect.arrayContaining(['table "orders" exists only in this database']));
    expect(result.ok).toBe(false);
  });
});

describe('a legacy database with drift', () => {
  let db: TestDb;
  let result: PreflightResult;
  beforeAll(async () => {
    db = await cloneDatabase(legacy, 'lm_pf_drift');
    await query(db.url, 'ALTER TABLE invoices ADD COLUMN "paidVia" text');
    await query(db.url, 'DROP INDEX "keywords_tenantId_idx"');
    result = await runPreflight({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('names both differences from the legacy schema', () => {
    expect(result.state.stage).toBe('legacy');
    expect(result.state.matchesExpected).toBe(false);
    const differences = result.state.differencesFromLegacy;
    expect(differences).toHaveLength(2);
    expect(
      differences.find((d) => d.includes('"invoices"') && d.includes('column "paidVia"') && d.includes('only in this database')),
    ).toBeDefined();
    expect(
      differences.find(
        (d) => d.includes('"keywords"') && d.includes('index "keywords_tenantId_idx"') && d.includes('only in the legacy schema'),
      ),
    ).toBeDefined();
    expect(result.state.summary).toMatch(/differs from 0_baseline in 2 place/);
  });

  it('blocks the folder that changes the missing index, and everything after it waits', () => {
    const entry = result.plan.find((e) => e.folder === keywordFolder)!;
    expect(entry.verdict).toBe('blocked');
    expect(entry.reasons.join('\n')).toMatch(/index "keywords_tenantId_idx".*missing/);
    expect(result.waiting[0]).toBe(keywordFolder);
    expect(result.ok).toBe(false);
  });

  it('asks for attention where a folder touches the table with the extra column', () => {
    const entry = result.plan.find((e) => e.folder === invoiceFolder)!;
    expect(entry.verdict).toBe('needs attention');
    expect(entry.reasons.join('\n')).toContain('column "paidVia"');
  });

  it('leaves the other folders alone', () => {
    // A folder that depends on the blocked one waits for it, and says so.
    const waitsForKeywords = (e: { reasons: string[] }) =>
      e.reasons.length > 0 && e.reasons.every((r) => r.includes(`depends on ${keywordFolder}`));
    const untouched = result.plan.filter((e) => e.folder !== keywordFolder && e.folder !== invoiceFolder && !waitsForKeywords(e));
    for (const entry of untouched) expect(entry.verdict, `${entry.folder}: ${entry.reasons.join('; ')}`).not.toBe('blocked');
  });

  it('refuses to baseline until the drift is resolved', () => {
    expect(result.state.baselining).toMatchObject({ needed: true, allowed: false, commands: [] });
  });
});

describe('baselining a legacy database Prisma does not know', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await cloneDatabase(legacy, 'lm_pf_baseline');
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const history = () =>
    withPgClient(
      db.url,
      async (client) =>
        (
          await client.query<{ name: string; steps: number }>(
            `SELECT migration_name AS name, applied_steps_count AS steps FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
          )
        ).rows,
    );

  it('preflight, migrate resolve --applied 0_baseline, migrate deploy: only the fixes are applied', async () => {
    const first = await runPreflight({ databaseUrl: db.url });
    expect(first.state.stage).toBe('legacy');
    expect(first.state.history.table).toBe(false);
    expect(first.state.baselining).toMatchObject({ needed: true, allowed: true });
    expect(first.state.baselining.commands).toEqual([expect.stringContaining(`prisma migrate resolve --applied ${BASELINE_FOLDER}`)]);

    const resolved = await runPrisma(['migrate', 'resolve', '--applied', BASELINE_FOLDER], { databaseUrl: db.url });
    expect(resolved.code, resolved.stdout + resolved.stderr).toBe(0);
    expect(await history()).toEqual([{ name: BASELINE_FOLDER, steps: 0 }]);

    const second = await runPreflight({ databaseUrl: db.url });
    expect(second.state.history).toMatchObject({ table: true, source: 'prisma-migrations', baselineRecorded: true });
    expect(second.state.baselining.needed).toBe(false);
    expect(second.state.pending).toEqual(folders);

    const deployed = await runPrisma(['migrate', 'deploy'], { databaseUrl: db.url, timeoutMs: 300_000 });
    expect(deployed.code, deployed.stdout + deployed.stderr).toBe(0);
    const rows = await history();
    // 0_baseline was only recorded (0 steps: its SQL never ran again); every fix ran.
    expect(rows.map((r) => r.name)).toEqual([BASELINE_FOLDER, ...folders]);
    expect(rows.find((r) => r.name === BASELINE_FOLDER)!.steps).toBe(0);

    const last = await runPreflight({ databaseUrl: db.url });
    expect(last.state.stage).toBe('fully-migrated');
    expect(last.state.matchesExpected, last.state.unexpectedDifferences.join('\n')).toBe(true);
  });
});
