// Preflight on a seeded legacy database: it recognises the legacy schema, counts every anomaly kind as the
// seed planted it (expectations from the seed's manifest and the findings catalog, never literals), writes
// its plan, cannot write to the database, and predicts the data a migration will stop on.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeCatalogSnapshot } from '@leadmetrics/db';
import { loadFindingsCatalog } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations';
import { BASELINE_FOLDER, dependencyClosure, listMigrationFolders } from '@leadmetrics/db/migrations';
import { countTableRows, readLedger } from '@leadmetrics/db/migrations';
import type { Manifest } from '@leadmetrics/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackfill } from '@leadmetrics/db/online';
import { REPORT_BASENAME, runPreflight, withReadOnlySession, writePreflightReports, type PreflightResult } from '../src/index.js';
import { cloneDatabase, query, seededLegacyDatabase, type TestDb } from './helpers.js';

const folders = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);
const catalogKinds = loadFindingsCatalog().findings.flatMap((f) => f.anomalies);

let seeded: TestDb;
let manifest: Manifest;
let result: PreflightResult;

beforeAll(async () => {
  ({ db: seeded, manifest } = await seededLegacyDatabase());
  result = await runPreflight({ databaseUrl: seeded.url });
});
afterAll(async () => {
  await seeded?.dispose();
});

function anomaly(r: PreflightResult, kind: string) {
  const found = r.plan.flatMap((entry) => entry.anomalies.map((a) => ({ ...a, folder: entry.folder }))).filter((a) => a.kind === kind);
  expect(found, `exactly one pending folder counts "${kind}"`).toHaveLength(1);
  return found[0]!;
}

describe('preflight on a seeded legacy database', () => {
  it('recognises the untouched legacy schema and plans every folder', () => {
    expect(result.state.stage).toBe('legacy');
    expect(result.state.matchesExpected).toBe(true);
    expect(result.state.differencesFromLegacy).toEqual([]);
    expect(result.state.history.table).toBe(false);
    expect(result.state.applied).toEqual([]);
    expect(result.plan.map((e) => e.folder)).toEqual(folders);
    expect(result.state.staleReference).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('says the database may be baselined, with the command', () => {
    expect(result.state.baselining).toMatchObject({ needed: true, allowed: true });
    expect(result.state.baselining.commands).toEqual([expect.stringContaining(`migrate resolve --applied ${BASELINE_FOLDER}`)]);
  });

  it.each(catalogKinds)('counts %s exactly as the seed planted it', (kind) => {
    const planted = manifest.anomalies[kind];
    expect(planted, `the manifest has no "${kind}"`).toBeDefined();
    const counted = anomaly(result, kind);
    expect(counted.error).toBeUndefined();
    expect(counted.count).toBe(planted!.count);
    if (counted.count! > 0) expect(counted.sampleIds.length).toBeGreaterThan(0);
    expect(counted.sampleIds.length).toBeLessThanOrEqual(Math.min(5, counted.count!));
    const ids = new Set(planted!.ids);
    for (const id of counted.sampleIds) expect(ids.has(id), `sample id ${id} of ${kind} is not one the seed planted`).toBe(true);
  });

  it('attaches each counted kind to the folder whose README says it resolves it', () => {
    for (const entry of result.plan) {
      for (const a of entry.anomalies.filter((x) => !x.extra)) {
        const finding = loadFindingsCatalog().findings.find((f) => f.anomalies.includes(a.kind));
        expect(finding, `${a.kind} is not a kind of the findings catalog`).toBeDefined();
        expect(entry.finding).toBe(finding!.id);
      }
    }
  });

  it('gives each folder a verdict with its reasons, rows, locks and an estimate', () => {
    for (const entry of result.plan) {
      expect(['safe', 'needs attention', 'blocked']).toContain(entry.verdict);
      if (entry.verdict === 'safe') expect(entry.reasons).toEqual([]);
      else expect(entry.reasons.length, entry.folder).toBeGreaterThan(0);
      expect(entry.locks.length).toBeGreaterThan(0);
      expect(entry.estimate.ms).toBeGreaterThan(0);
      for (const table of entry.tables)
        expect(table.rows, `${entry.folder}: ${table.liveName}`).toBe(manifest.tables[table.liveName]?.rows ?? table.rows);
    }
    // Whatever a folder quarantines, deletes or merges makes it need attention.
    const quarantining = result.plan.filter((e) =>
      e.anomalies.some((a) => (a.count ?? 0) > 0 && ['quarantined', 'deleted', 'merged', 'nulled'].includes(a.action)),
    );
    expect(quarantining.length).toBeGreaterThan(0);
    for (const entry of quarantining) expect(entry.verdict).toBe('needs attention');
    expect(result.batches.flatMap((b) => b.folders)).toEqual(folders);
  });

  it('writes the plan as Markdown and JSON', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-preflight-'));
    try {
      const files = await writePreflightReports(result, dir);
      expect(JSON.parse(await readFile(files.json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(result)));
      const markdown = await readFile(files.markdown, 'utf8');
      for (const entry of result.plan) expect(markdown).toContain(`\`${entry.folder}\``);
      expect(markdown).toContain(result.state.summary);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('read-only', () => {
  it('refuses every write through its connection', async () => {
    await withReadOnlySession(seeded.url, async (session) => {
      const attempts = [
        `INSERT INTO tenants (id, name, slug, "updatedAt") VALUES ('x', 'x', 'x', now())`,
        `UPDATE tenants SET name = name`,
        `DELETE FROM help_page_ratings`,
        `CREATE TABLE preflight_was_here (id int)`,
        `TRUNCATE help_page_ratings`,
        `COMMENT ON TABLE tenants IS 'preflight was here'`,
      ];
      for (const sql of attempts) {
        await expect(
          session.guarded(() => session.query(sql)),
          sql,
        ).rejects.toMatchObject({ code: '25006' });
      }
      // Even after ending the read-only transaction, the session default keeps the next one read-only.
      await session.query('COMMIT');
      await expect(session.query('CREATE TABLE preflight_was_here (id int)')).rejects.toMatchObject({ code: '25006' });
    });
  });

  it('refuses writes on the further connections that share its snapshot too', async () => {
    await withReadOnlySession(
      seeded.url,
      async (sessions) => {
        // No task ends before all three have started, so each connection holds one: the first does not
        // get through the list while the others are still logging in, and every connection is tried.
        let started = 0;
        let allStarted!: () => void;
        const barrier = new Promise<void>((resolve) => (allStarted = resolve));
        const seen = await sessions.parallel(
          [1, 2, 3].map(() => async (session) => {
            if (++started === 3) allStarted();
            await barrier;
            const pid = (await session.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
            await expect(session.guarded(() => session.query('DELETE FROM tenants'))).rejects.toMatchObject({ code: '25006' });
            return pid;
          }),
        );
        expect(new Set(seen).size).toBe(3);
      },
      { jobs: 3 },
    );
  });

  it('leaves the catalog and every table as they were', async () => {
    const before = { catalog: await takeCatalogSnapshot(seeded.url), rows: await countTableRows(seeded.url) };
    await runPreflight({ databaseUrl: seeded.url });
    expect(await takeCatalogSnapshot(seeded.url)).toEqual(before.catalog);
    expect(await countTableRows(seeded.url)).toEqual(before.rows);
  });
});

describe('the command line', () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

  it('writes both reports and exits 0 when nothing is blocked', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-preflight-cli-'));
    try {
      const out = run(['--database-url', seeded.url, '--report', dir, '--json']);
      expect(out.status, out.stderr).toBe(0);
      const printed = JSON.parse(out.stdout) as PreflightResult;
      expect(printed.state.stage).toBe('legacy');
      const written = JSON.parse(await readFile(path.join(dir, `${REPORT_BASENAME}.json`), 'utf8')) as PreflightResult;
      expect(written.plan.map((e) => e.folder)).toEqual(folders);
      expect(await readFile(path.join(dir, `${REPORT_BASENAME}.md`), 'utf8')).toContain('## Plan');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a usage error and on an unreachable database', () => {
    expect(run([]).status).toBe(2);
    const unreachable = run(['--database-url', 'postgresql://nobody@127.0.0.1:1/none']);
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr).toMatch(/127\.0\.0\.1:1/);
  });
});

describe('data a migration will stop on, or treat in a way the seed never plants', () => {
  let db: TestDb;
  let leadContactId: string;
  let activityId: string;
  let after: PreflightResult;

  beforeAll(async () => {
    db = await cloneDatabase(seeded, 'lm_pf_unexpected');
    // An entry filed under another tenant than its lead's: f08 refuses to guess whose person it is.
    [{ id: leadContactId }] = await query<{ id: string }>(
      db.url,
      `UPDATE lead_contacts SET "tenantId" = (SELECT t.id FROM tenants t WHERE t.id <> lead_contacts."tenantId" ORDER BY t.id LIMIT 1)
        WHERE id = (SELECT min(id) FROM lead_contacts) RETURNING id`,
    );
    // An activity whose source deliverable belongs to another tenant: f02 quarantines it too.
    [{ id: activityId }] = await query<{ id: string }>(
      db.url,
      `UPDATE activities a SET "sourceDeliverableId" = (SELECT d.id FROM deliverables d WHERE d."tenantId" <> a."tenantId" ORDER BY d.id LIMIT 1)
        WHERE a.id = (SELECT min(id) FROM activities WHERE "sourceDeliverableId" IS NULL) RETURNING a.id`,
    );
    after = await runPreflight({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('marks the folder blocked, naming the rows, and the migration indeed stops on them', async () => {
    const f08 = after.plan.find((e) => e.folder.includes('_f08_'))!;
    expect(f08.verdict).toBe('blocked');
    expect(f08.blockers[0]).toMatchObject({ count: 1, sampleIds: [leadContactId] });
    expect(f08.reasons.join('\n')).toContain(leadContactId);
    expect(after.ok).toBe(false);
    expect(after.waiting[0]).toBe(f08.folder);
    await applyFolders(
      db.url,
      dependencyClosure([f08.folder]).filter((f) => f !== f08.folder && f !== BASELINE_FOLDER),
    );
    // The expand step only adds; the backfill's first step (read only) stops on the entry and names it.
    await applyFolders(db.url, [f08.folder]);
    await expect(runBackfill(db.url, { pauseMs: 0 })).rejects.toThrow(leadContactId);
  });

  it('counts the extra kinds and the migration books them the same', async () => {
    const f02 = after.plan.find((e) => e.folder.includes('_f02_'))!;
    const crossTenant = f02.anomalies.find((a) => a.kind === 'source_deliverable_of_other_tenant')!;
    expect(crossTenant).toMatchObject({ count: 1, sampleIds: [activityId], extra: true });
    expect(f02.verdict).toBe('needs attention');
    await applyFolders(
      db.url,
      dependencyClosure([f02.folder]).filter((f) => f !== BASELINE_FOLDER),
    );
    // A phased finding quarantines the rows already there in its backfill (prisma/ONLINE.md).
    await runBackfill(db.url, { only: [2], pauseMs: 0 });
    const quarantined = await query<{ rowId: string }>(
      db.url,
      `SELECT "rowId" FROM migration_quarantine WHERE migration = $1 AND reason LIKE 'deliverable belongs to tenant%'`,
      [f02.folder],
    );
    expect(quarantined.map((q) => q.rowId)).toEqual([activityId]);
    const ledger = (await readLedger(db.url)).filter(
      (e) => e.migration === f02.folder && e.action === crossTenant.action && e.anomaly === null,
    );
    expect(ledger.map((e) => e.rows)).toContain(crossTenant.count);
  });
});
