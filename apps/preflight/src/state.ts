// Where a database stands: which migration folders it has, and how its catalog differs from what that
// set of folders should have produced.
//
// Applied folders come from Prisma's _prisma_migrations when the table exists. Without it they are
// inferred from the catalog: going through the folders in order, a folder counts as applied when every
// catalog object only it changes (its exclusive keys in the reference) looks the way it leaves them. The
// expected catalog is then the baseline with the applied folders' deltas, and every difference between
// it and the database is reported as a sentence; so are the differences from the legacy schema.
import { BASELINE_FOLDER, readMigrationFolder } from '@leadmetrics/db/migrations';
import { describeKey, diffCatalogs, flatten, sameValue, tableOfKey, type Catalog, type FlatCatalog } from './catalog/flat.js';
import { readCatalog } from './catalog/read.js';
import type { ReadOnlySession, ReadOnlySessions } from './read-only.js';
import type { Reference } from './reference/reference.js';

export type Stage = 'empty' | 'legacy' | 'partly-migrated' | 'fully-migrated' | 'unknown';

export interface HistoryRow {
  name: string;
  checksum: string;
  startedAt: string;
  finishedAt: string | null;
  rolledBackAt: string | null;
  appliedStepsCount: number;
  logs: string | null;
}

export interface FolderInference {
  folder: string;
  /** applied: every exclusive key as the folder leaves it; pending: every one as before it; mixed: neither. */
  looks: 'applied' | 'pending' | 'mixed';
  /** Keys that match neither side (the mixed case), as words. */
  odd: string[];
}

export interface DatabaseState {
  stage: Stage;
  /** The catalog is exactly what the applied folders produce from the baseline. */
  matchesExpected: boolean;
  /** One line saying where the database stands. */
  summary: string;
  history: {
    /** _prisma_migrations exists. */
    table: boolean;
    /** Where `applied` comes from. */
    source: 'prisma-migrations' | 'catalog';
    /** 0_baseline is recorded as applied. */
    baselineRecorded: boolean;
    /** Attempts Prisma recorded as started and never finished or rolled back: Prisma refuses to deploy. */
    failed: { name: string; startedAt: string; logs: string | null }[];
    /** Names recorded as applied that are not folders of this repository. */
    unknown: string[];
    /** Recorded checksum differs from the folder's migration.sql. */
    checksumMismatch: string[];
  };
  /** Folders applied (without 0_baseline), in Prisma's order. */
  applied: string[];
  /** Folders not applied yet, in the order they would be applied. */
  pending: string[];
  /** Per folder, what the catalog says (also computed when the history exists, to cross-check it). */
  inference: FolderInference[];
  /** The history and the catalog disagree about these folders, in words. */
  historyDisagreements: string[];
  /** Every difference between this database and a fresh 0_baseline, as sentences. */
  differencesFromLegacy: string[];
  /** Every difference between this database and what its applied folders should have produced. */
  unexpectedDifferences: string[];
  /** Keys (flat catalog) where this database differs from what is expected; used for verdicts. */
  unexpectedKeys: string[];
  /** The reference does not describe the current migration.sql of these folders. */
  staleReference: string[];
  baselining: {
    /** The database has the legacy schema but Prisma does not know it: `migrate resolve --applied 0_baseline` first. */
    needed: boolean;
    /** Preflight has shown the catalog equals the baseline's (only then may it be resolved). */
    allowed: boolean;
    reason: string;
    /** What to run, in order (the applied folders inferred from the catalog are resolved too). */
    commands: string[];
  };
}

export interface LiveState {
  state: DatabaseState;
  catalog: Catalog;
  flat: FlatCatalog;
  expectedFlat: FlatCatalog;
}

const LABELS = ['this database', 'the legacy schema'] as const;
const EXPECTED_LABELS = ['this database', 'the expected schema'] as const;

async function readHistory(session: ReadOnlySession): Promise<HistoryRow[] | null> {
  const exists = await session.query<{ present: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0]!.present) return null;
  const { rows } = await session.query<HistoryRow>(
    `SELECT migration_name AS "name", checksum, started_at::text AS "startedAt", finished_at::text AS "finishedAt",
            rolled_back_at::text AS "rolledBackAt", applied_steps_count AS "appliedStepsCount", logs
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return rows;
}

/** The folders a folder's README declares it depends on; none when the folder cannot be read here. */
function declaredDependencies(folder: string): string[] {
  try {
    return readMigrationFolder(folder).dependsOn;
  } catch {
    return [];
  }
}

/**
 * Walks the folders in order and says, from the catalog alone, which look applied. A folder whose
 * declared dependencies do not all look applied cannot have run (see requireDependencies).
 */
export function inferApplied(
  reference: Reference,
  live: FlatCatalog,
  dependenciesOf: (folder: string) => string[] = declaredDependencies,
): FolderInference[] {
  const applied: string[] = [];
  const out: FolderInference[] = [];
  for (const folder of reference.folders) {
    const expected = reference.expectedFlat(applied);
    const after = reference.expectedFlat([...applied, folder]);
    const keys = reference.exclusiveKeys(folder);
    // An object the folder removes is only evidence when its table is there: in a database without the
    // table (an empty one) the index is "gone" too, but not because the folder ran.
    const asAfter = keys.filter((key) => {
      if (!sameValue(live[key], after[key])) return false;
      const table = after[key] === undefined ? tableOfKey(key) : null;
      return !table || !(`table|${table}` in after) || `table|${table}` in live;
    });
    const asBefore = keys.filter((key) => sameValue(live[key], expected[key]));
    let looks: FolderInference['looks'];
    // A folder that only removes what the folders before it (as far as they look applied) would not have
    // made shows nothing of itself: a contract step dropping the view its expand step created, on a
    // database where the expand step never ran.
    const leavesATrace = keys.some((key) => after[key] !== undefined || expected[key] !== undefined);
    if (keys.length > 0 && asAfter.length === keys.length && leavesATrace) looks = 'applied';
    else if (asBefore.length === keys.length) looks = 'pending';
    else looks = 'mixed';
    const odd = looks === 'mixed' ? keys.filter((key) => !asAfter.includes(key)).map(describeKey) : [];
    out.push({ folder, looks, odd });
    if (looks === 'applied') applied.push(folder);
  }
  const reconsidered = reconsiderRemovedLater(reference, live, reconsiderOverwritten(reference, live, out), dependenciesOf);
  return requireDependencies(reference, live, reconsidered, dependenciesOf);
}

/**
 * The folders that look applied must make one consistent history: each one's dependencies look
 * applied too, and the catalog shows each one's objects as that whole set leaves them. A folder whose
 * only evidence is the absence of an object its own finding adds and removes again (a transition
 * trigger, a queue) looks applied on a database that never had the object; without its
 * dependencies it cannot have run. Such folders are taken out until the set is consistent; they
 * then look pending when the catalog is as before them, else mixed.
 */
function requireDependencies(
  reference: Reference,
  live: FlatCatalog,
  inferred: FolderInference[],
  dependenciesOf: (folder: string) => string[],
): FolderInference[] {
  const applied = new Set(inferred.filter((i) => i.looks === 'applied').map((i) => i.folder));
  const ordered = () => reference.folders.filter((f) => applied.has(f));
  for (let changed = true; changed;) {
    changed = false;
    const expected = reference.expectedFlat(ordered());
    for (const folder of ordered()) {
      const missing = dependenciesOf(folder).some((d) => reference.folders.includes(d) && !applied.has(d));
      const shown = reference.exclusiveKeys(folder).every((key) => sameValue(live[key], expected[key]));
      if (missing || !shown) {
        applied.delete(folder);
        changed = true;
        break;
      }
    }
  }
  return inferred.map((item) => {
    if (item.looks !== 'applied' || applied.has(item.folder)) return item;
    const before = reference.expectedFlat(ordered());
    const unchanged = reference.exclusiveKeys(item.folder).every((key) => sameValue(live[key], before[key]));
    return { folder: item.folder, looks: unchanged ? 'pending' : 'mixed', odd: [] };
  });
}

/**
 * A later folder may change again what an earlier one changed (a contract step validates the key
 * its expand step added NOT VALID, or drops the column it commented: prisma/ONLINE.md). Then the
 * earlier folder's objects no longer look as it left them, yet it was applied: it counts as applied
 * when the catalog matches every folder that looks applied with it added.
 */
function reconsiderOverwritten(reference: Reference, live: FlatCatalog, inferred: FolderInference[]): FolderInference[] {
  const applied = inferred.filter((i) => i.looks === 'applied').map((i) => i.folder);
  return inferred.map((item) => {
    if (item.looks === 'applied') return item;
    const position = reference.folders.indexOf(item.folder);
    const overwrittenLater = applied.some(
      (later) =>
        reference.folders.indexOf(later) > position &&
        reference.exclusiveKeys(item.folder).some((key) => deltaTouches(reference, later, key)),
    );
    if (!overwrittenLater) return item;
    const withIt = reference.expectedFlat([...applied, item.folder]);
    const keys = reference.exclusiveKeys(item.folder);
    return keys.every((key) => sameValue(live[key], withIt[key])) ? { folder: item.folder, looks: 'applied', odd: [] } : item;
  });
}

function deltaTouches(reference: Reference, folder: string, key: string): boolean {
  const delta = reference.delta(folder);
  return key in delta.set || delta.remove.includes(key);
}

function tableNames(flat: FlatCatalog): Set<string> {
  return new Set(
    Object.keys(flat)
      .filter((k) => k.startsWith('table|'))
      .map((k) => k.slice('table|'.length)),
  );
}

/** The catalog (several queries) and the history, side by side when there are sessions to spare. */
async function readCatalogAndHistory(session: ReadOnlySession | ReadOnlySessions): Promise<[Catalog, HistoryRow[] | null]> {
  return 'parallel' in session
    ? ((await session.parallel<Catalog | HistoryRow[] | null>([(s) => readCatalog(s.client), (s) => readHistory(s)])) as [
        Catalog,
        HistoryRow[] | null,
      ])
    : [await readCatalog(session.client), await readHistory(session)];
}

/** Whether the database is a Leadmetrics one: at least half as many known tables as the legacy schema has. */
function recogniseTables(flat: FlatCatalog, reference: Reference): { liveTables: number; recognised: number; ours: boolean } {
  const liveTableSet = tableNames(flat);
  const knownTables = new Set([...tableNames(reference.baselineFlat), ...tableNames(reference.expectedFlat(reference.folders))]);
  const recognised = [...liveTableSet].filter((t) => knownTables.has(t)).length;
  const legacyTableCount = tableNames(reference.baselineFlat).size;
  return { liveTables: liveTableSet.size, recognised, ours: liveTableSet.size > 0 && recognised >= legacyTableCount / 2 };
}

/** Folders the history and the catalog disagree about, as sentences. */
function historyDisagreementsOf(inference: FolderInference[], recorded: Set<string>): string[] {
  const disagreements: string[] = [];
  for (const item of inference) {
    const isRecorded = recorded.has(item.folder);
    if (isRecorded && item.looks !== 'applied') {
      disagreements.push(`${item.folder} is recorded in _prisma_migrations as applied, but the catalog does not show its changes`);
    } else if (!isRecorded && item.looks === 'applied') {
      disagreements.push(`${item.folder} is not recorded in _prisma_migrations, but the catalog already shows its changes`);
    }
  }
  return disagreements;
}

function stageOf(liveTables: number, ours: boolean, applied: string[], pending: string[]): Stage {
  if (liveTables === 0) return 'empty';
  if (!ours) return 'unknown';
  if (applied.length === 0) return 'legacy';
  if (pending.length === 0) return 'fully-migrated';
  return 'partly-migrated';
}

/** The one line saying where the database stands. */
function summaryOf(
  stage: Stage,
  facts: { fromHistory: boolean; drift: number; recognised: number; liveTables: number; applied: number; folders: number },
): string {
  const { drift, folders } = facts;
  const from = facts.fromHistory ? 'from _prisma_migrations' : 'inferred from the catalog (no _prisma_migrations table)';
  const driftWords =
    drift === 0
      ? 'and the catalog is exactly as expected'
      : `but the catalog differs from what is expected in ${drift} place(s) (listed below)`;
  return {
    empty: 'empty: the database has no tables in schema "public"; it is not a Leadmetrics database (yet)',
    unknown: `something else: only ${facts.recognised} of its ${facts.liveTables} tables are tables of the legacy or the corrected schema`,
    legacy:
      drift === 0
        ? 'untouched legacy schema: the catalog equals a fresh database with 0_baseline applied'
        : `legacy schema with differences: no migration folder applied (${from}), but the catalog differs from 0_baseline in ${drift} place(s) (listed below)`,
    'partly-migrated': `partly migrated: ${facts.applied} of ${folders} folders applied (${from}), ${driftWords}`,
    'fully-migrated': `fully migrated: all ${folders} folders applied (${from}), ${driftWords}`,
  }[stage];
}

/** Whether Prisma must be told about a database it does not know yet, whether that is safe now, and how. */
function baseliningAdvice(
  stage: Stage,
  baselineRecorded: boolean,
  drift: number,
  applied: string[],
  recorded: Set<string>,
): DatabaseState['baselining'] {
  const resolveCommand = (name: string) => `pnpm --filter @leadmetrics/db prisma migrate resolve --applied ${name}`;
  if (stage === 'empty' || stage === 'unknown') {
    return {
      needed: false,
      allowed: false,
      reason: 'the database does not hold the legacy schema, so there is nothing to baseline',
      commands: [],
    };
  }
  if (baselineRecorded) {
    return { needed: false, allowed: false, reason: '0_baseline is already recorded in _prisma_migrations', commands: [] };
  }
  if (drift > 0) {
    return {
      needed: true,
      allowed: false,
      reason:
        'Prisma does not know this database yet, but its catalog is not what the migrations expect: resolve the differences below first; marking 0_baseline as applied now would let `migrate deploy` run on a schema it was not written for',
      commands: [],
    };
  }
  const alsoApplied = applied.filter((name) => !recorded.has(name));
  return {
    needed: true,
    allowed: true,
    reason:
      alsoApplied.length === 0
        ? 'the catalog equals 0_baseline exactly, so it is safe to record 0_baseline as applied; `prisma migrate deploy` then applies only the fixes'
        : `the catalog equals 0_baseline plus ${alsoApplied.length} folder(s) applied by hand; record them as applied too, then \`prisma migrate deploy\` applies the rest`,
    commands: [BASELINE_FOLDER, ...alsoApplied].map(resolveCommand),
  };
}

export async function readDatabaseState(
  session: ReadOnlySession | ReadOnlySessions,
  reference: Reference,
  migrationChecksums: Map<string, string>,
): Promise<LiveState> {
  const [catalog, history] = await readCatalogAndHistory(session);
  const flat = flatten(catalog);
  const inference = inferApplied(reference, flat);
  const inferred = inference.filter((i) => i.looks === 'applied').map((i) => i.folder);
  const known = new Set([BASELINE_FOLDER, ...reference.folders]);

  const succeeded = (history ?? []).filter((row) => row.finishedAt !== null && row.rolledBackAt === null);
  const recorded = new Set(succeeded.map((row) => row.name));
  const failed = (history ?? [])
    .filter((row) => row.finishedAt === null && row.rolledBackAt === null && !recorded.has(row.name))
    .map((row) => ({ name: row.name, startedAt: row.startedAt, logs: row.logs }));
  const { liveTables, recognised, ours } = recogniseTables(flat, reference);
  // Nothing is inferred about a database that is not ours: an absent object proves nothing there.
  const applied = history ? reference.folders.filter((f) => recorded.has(f)) : ours ? inferred : [];
  const pending = reference.folders.filter((f) => !applied.includes(f));

  const expectedFlat = reference.expectedFlat(applied);
  const expected = reference.expected(applied);
  const legacy = reference.expected([]);
  const differencesFromLegacy = diffCatalogs(catalog, legacy, LABELS);
  const unexpectedDifferences = diffCatalogs(catalog, expected, EXPECTED_LABELS);
  const unexpectedKeys = [...new Set([...Object.keys(flat), ...Object.keys(expectedFlat)])]
    .filter((key) => !sameValue(flat[key], expectedFlat[key]))
    .sort();

  const stage = stageOf(liveTables, ours, applied, pending);
  const drift = unexpectedDifferences.length;
  const baselineRecorded = recorded.has(BASELINE_FOLDER);
  const state: DatabaseState = {
    stage,
    matchesExpected: stage !== 'empty' && stage !== 'unknown' && drift === 0,
    summary: summaryOf(stage, {
      fromHistory: history !== null,
      drift,
      recognised,
      liveTables,
      applied: applied.length,
      folders: reference.folders.length,
    }),
    history: {
      table: history !== null,
      source: history ? 'prisma-migrations' : 'catalog',
      baselineRecorded,
      failed,
      unknown: succeeded.map((row) => row.name).filter((name) => !known.has(name)),
      checksumMismatch: succeeded
        .filter((row) => migrationChecksums.has(row.name) && migrationChecksums.get(row.name) !== row.checksum)
        .map((row) => row.name),
    },
    applied,
    pending,
    inference,
    historyDisagreements: history ? historyDisagreementsOf(inference, recorded) : [],
    differencesFromLegacy,
    unexpectedDifferences,
    unexpectedKeys,
    staleReference: [...(reference.baselineStale ? [BASELINE_FOLDER] : []), ...reference.stale],
    baselining: baseliningAdvice(stage, baselineRecorded, drift, applied, recorded),
  };
  return { state, catalog, flat, expectedFlat };
}

/**
 * A later folder may remove what an earlier one added (a contract step drops the queue table its
 * expand step created, or the lookup index an index folder built). Then neither shows on its own: the
 * earlier folder misses its object, and the later one removes something that, without the earlier
 * one, was never there. An earlier folder that looks mixed, or pending while a folder that looks
 * applied depends on it, counts as applied together with its first later removers when the catalog
 * matches the folders that look applied with that group added; of the groups that match, the longest
 * (the most of its removers) is taken. Repeated until nothing more is added.
 */
function reconsiderRemovedLater(
  reference: Reference,
  live: FlatCatalog,
  inferred: FolderInference[],
  dependenciesOf: (folder: string) => string[],
): FolderInference[] {
  const applied = new Set(inferred.filter((i) => i.looks === 'applied').map((i) => i.folder));
  const neededByApplied = (folder: string) => [...applied].some((other) => dependenciesOf(other).includes(folder));
  for (let changed = true; changed;) {
    changed = false;
    for (const item of inferred) {
      if (applied.has(item.folder) || !(item.looks === 'mixed' || neededByApplied(item.folder))) continue;
      const keys = reference.exclusiveKeys(item.folder);
      const position = reference.folders.indexOf(item.folder);
      const removers = reference.folders.filter(
        (later, index) => index > position && !applied.has(later) && keys.some((key) => deltaTouches(reference, later, key)),
      );
      for (let count = removers.length; count > 0 && !applied.has(item.folder); count--) {
        const group = [item.folder, ...removers.slice(0, count)];
        const expected = reference.expectedFlat(reference.folders.filter((f) => applied.has(f) || group.includes(f)));
        if (group.every((folder) => reference.exclusiveKeys(folder).every((key) => sameValue(live[key], expected[key])))) {
          for (const folder of group) applied.add(folder);
          changed = true;
        }
      }
    }
  }
  return inferred.map((item) =>
    applied.has(item.folder) && item.looks !== 'applied' ? { folder: item.folder, looks: 'applied', odd: [] } : item,
  );
}
