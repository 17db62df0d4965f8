// Preflight and the migrations cannot disagree: on a seeded legacy database, each folder is applied right
// after preflight has counted what it will meet, and every count must equal the rows of the folder's own
// ledger entry for that kind, booked under the same action. Between the steps the database is partly
// migrated, and preflight must say exactly which folders are applied and find the catalog exactly as its
// committed reference predicts (which is how the reference is checked against the real migrations).
// At the end it is fully migrated. A cherry-picked database without _prisma_migrations is recognised
// from its catalog alone.
import { withPgClient } from '@leadmetrics/db';
import { loadFindingsCatalog } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations';
import { BASELINE_FOLDER, dependencyClosure, listMigrationFolders, readMigrationFolder } from '@leadmetrics/db/migrations';
import { readLedger } from '@leadmetrics/db/migrations';
import { phasedFindings, releaseContracts, runBackfill } from '@leadmetrics/db/online';
import type { Manifest } from '@leadmetrics/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGENERATE_COMMAND, runPreflight, type PreflightResult } from '../src/index.js';
import { cloneDatabase, seededLegacyDatabase, type TestDb } from './helpers.js';

const folders = listMigrationFolders().filter((name) => name !== BASELINE_FOLDER);
const stale = `the committed reference does not match the migrations; regenerate it: ${REGENERATE_COMMAND}`;

let seeded: TestDb;
let manifest: Manifest;
beforeAll(async () => {
  ({ db: seeded, manifest } = await seededLegacyDatabase('lm_pf_agree'));
});
afterAll(async () => {
  await seeded?.dispose();
});

describe('applying the chain one folder at a time', () => {
  let db: TestDb;
  const checked: string[] = [];
  let last: PreflightResult;

  beforeAll(async () => {
    db = await cloneDatabase(seeded, 'lm_pf_chain');
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('every count preflight gives equals the ledger entry the folder writes', async () => {
    const applied: string[] = [];
    // A phased finding books its kinds under its expand folder's name, in its backfill or its
    // contract step (prisma/ONLINE.md): its counts are compared once its last folder is applied.
    const phased = phasedFindings();
    const lastFolderOf = new Map(phased.map((p) => [p.expandFolder, p.contractFolders.at(-1) ?? p.expandFolder]));
    const waiting = new Map<string, { folder: string; anomalies: PreflightResult['plan'][number]['anomalies'] }>();
    for (const folder of folders) {
      const before = await runPreflight({ databaseUrl: db.url, only: [folder] });
      // The state between steps: exactly the folders applied so far, and the catalog the reference predicts.
      expect(before.state.applied, `${folder}: applied folders before it`).toEqual(applied);
      expect(before.state.unexpectedDifferences, stale).toEqual([]);
      expect(before.state.historyDisagreements).toEqual([]);
      expect(before.state.stage).toBe(applied.length === 0 ? 'legacy' : 'partly-migrated');
      const [entry] = before.plan;
      expect(entry?.folder).toBe(folder);
      expect(entry!.verdict, entry!.reasons.join('\n')).not.toBe('blocked');

      await applyFolders(db.url, [folder]);
      applied.push(folder);
      const { resolves, phase, finding, backfill } = readMigrationFolder(folder);
      expect(
        entry!.anomalies
          .filter((a) => !a.extra)
          .map((a) => a.kind)
          .sort(),
        `${folder}: kinds counted vs README resolves`,
      ).toEqual([...resolves].sort());
      if (phase === 'expand') {
        await runBackfill(db.url, { only: [finding!], pauseMs: 0 });
        await releaseContracts(db.url, { only: [finding!] });
      }
      if (phase !== 'single') {
        if (phase === 'expand') waiting.set(folder, { folder, anomalies: entry!.anomalies });
        if (lastFolderOf.get(backfill!) !== folder) continue;
      }
      const booker = phase === 'contract' ? backfill! : folder;
      const counts = waiting.get(booker)?.anomalies ?? entry!.anomalies;
      const ledger = (await readLedger(db.url)).filter((e) => e.migration === booker);
      for (const counted of counts.filter((a) => !a.extra)) {
        const booked = ledger.filter((e) => e.anomaly === counted.kind);
        expect(booked, `${booker} books "${counted.kind}" once`).toHaveLength(1);
        expect({ kind: counted.kind, rows: counted.count, action: counted.action }).toEqual({
          kind: counted.kind,
          rows: booked[0]!.rows,
          action: booked[0]!.action,
        });
        checked.push(counted.kind);
      }
    }
    last = await runPreflight({ databaseUrl: db.url });
  });

  it('checked every anomaly kind of the catalog on the way', () => {
    const kinds = loadFindingsCatalog().findings.flatMap((f) => f.anomalies);
    expect([...new Set(checked)].sort()).toEqual([...new Set(kinds)].sort());
    // The seed planted something of each, so no equality above was 0 = 0 by default.
    for (const kind of kinds) expect(manifest.anomalies[kind]!.count, kind).toBeGreaterThan(0);
  });

  it('ends fully migrated, with nothing left to plan', () => {
    expect(last.state.stage).toBe('fully-migrated');
    expect(last.state.matchesExpected, [stale, ...last.state.unexpectedDifferences].join('\n')).toBe(true);
    expect(last.state.pending).toEqual([]);
    expect(last.plan).toEqual([]);
    expect(last.ok).toBe(true);
    // What differs from the legacy schema now is what the migrations changed.
    expect(last.state.differencesFromLegacy.length).toBeGreaterThan(folders.length);
  });
});

describe('a cherry-picked database without _prisma_migrations', () => {
  const picked = '20261129000017_f07_subscription_log';
  let db: TestDb;
  let result: PreflightResult;
  let closure: string[];

  beforeAll(async () => {
    db = await cloneDatabase(seeded, 'lm_pf_picked');
    closure = dependencyClosure([picked]).filter((f) => f !== BASELINE_FOLDER);
    await applyFolders(db.url, closure);
    await withPgClient(db.url, (client) => client.query('DROP TABLE "_prisma_migrations"'));
    result = await runPreflight({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('infers the applied folders from the catalog', () => {
    expect(result.state.history.source).toBe('catalog');
    expect(result.state.stage).toBe('partly-migrated');
    expect(result.state.applied).toEqual(closure);
    expect(result.state.unexpectedDifferences, stale).toEqual([]);
    expect(result.state.pending).toEqual(folders.filter((f) => !closure.includes(f)));
  });

  it('still counts what the pending folders will meet as the seed planted it', () => {
    const resolvedByApplied = new Set(closure.flatMap((f) => readMigrationFolder(f).resolves));
    const pendingKinds = loadFindingsCatalog()
      .findings.flatMap((f) => f.anomalies)
      .filter((k) => !resolvedByApplied.has(k));
    expect(pendingKinds.length).toBeGreaterThan(0);
    const counted = new Map(result.plan.flatMap((e) => e.anomalies).map((a) => [a.kind, a.count]));
    for (const kind of pendingKinds) expect(counted.get(kind), kind).toBe(manifest.anomalies[kind]!.count);
  });

  it('says how to record the folders applied by hand along with the baseline', () => {
    expect(result.state.baselining.allowed).toBe(true);
    expect(result.state.baselining.commands).toHaveLength(1 + closure.length);
    for (const folder of [BASELINE_FOLDER, ...closure])
      expect(result.state.baselining.commands.join('\n')).toContain(`--applied ${folder}`);
  });
});
