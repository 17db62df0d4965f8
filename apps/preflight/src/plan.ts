// The plan: for every pending folder, what it will meet in this database, what it touches and locks,
// how long it should take, and a verdict - safe, needs attention (why), blocked (why) - plus the batches
// to apply them in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_FOLDER, readMigrationFolder, type MigrationFolder } from '@leadmetrics/db/migrations';
import { BOOKKEEPING_TABLES } from '@leadmetrics/db/migrations';
import { bareTableName, ident, probesFor, type ProbeContext } from '@leadmetrics/db/migrations';
import { deltaKeys, describeKey, sameValue, tableOfKey, type FlatCatalog } from './catalog/flat.js';
import { estimateDuration, formatDuration, readTableSizes, type CostsData, type Estimate, type TableSize } from './estimate.js';
import { durationSettingMs, tableRenamesIn, tablesNamedIn, timeoutsSetIn } from './migration-sql.js';
import {
  mergeParts,
  probeParts,
  runProbePart,
  type AnomalyCount,
  type BlockerCount,
  type FolderCounts,
  type PartResult,
} from './probes/run.js';
import type { ReadOnlySession, ReadOnlySessions } from './read-only.js';
import type { Reference } from './reference/reference.js';
import type { LiveState } from './state.js';
import { findValuesOfFolders, unmappedReason, type FolderValues } from './values.js';
import type { ValueMappingEntry } from '@leadmetrics/db/migrations';

export type Verdict = 'safe' | 'needs attention' | 'blocked';

export interface TableTouched {
  /** Name when the folder runs. */
  name: string;
  /** Name in the database now (differs when an earlier pending folder renames it). */
  liveName: string;
  rows: number | null;
  sizeSource: TableSize['source'] | null;
  /** The folder writes to or alters it (else it only reads it). */
  changed: boolean;
}

export interface MigrationPlanEntry {
  folder: string;
  finding: number | null;
  title: string;
  risk: string;
  dependsOn: string[];
  /** Locks the folder takes, from its README's front matter. */
  locks: string;
  rollback: string;
  /** As the migration.sql sets them for itself. */
  lockTimeout: string | null;
  statementTimeout: string | null;
  tables: TableTouched[];
  rowsTouched: number;
  estimate: Estimate;
  anomalies: AnomalyCount[];
  blockers: BlockerCount[];
  /** Values its new type cannot hold and what of them the operator's mapping leaves open (folders converting values only). */
  values?: FolderValues;
  verdict: Verdict;
  reasons: string[];
  /** Time its probe queries took (summed over parts counted side by side). */
  probeMs: number;
}

export interface Batch {
  folders: string[];
  estimateMs: number;
  /** Why the batch ends where it does. */
  note: string;
}

/** Over this, a folder gets a batch (and a maintenance window) of its own. */
export const LONG_MIGRATION_MS = 30_000;
const ATTENTION_ACTIONS = new Set(['quarantined', 'deleted', 'merged', 'nulled']);

function frontMatterOf(
  folder: string,
  dir: string,
): { meta: Pick<MigrationFolder, 'finding' | 'title' | 'risk' | 'dependsOn' | 'locks' | 'rollback' | 'sql'>; error?: string } {
  try {
    return { meta: readMigrationFolder(folder, dir) };
  } catch (error) {
    // A README still being written must not hide what the SQL itself says.
    const sqlFile = path.join(dir, folder, 'migration.sql');
    return {
      meta: {
        finding: null,
        title: folder,
        risk: 'data-dependent',
        dependsOn: [],
        locks: 'unknown (README front matter unreadable)',
        rollback: 'unknown (README front matter unreadable)',
        sql: existsSync(sqlFile) ? readFileSync(sqlFile, 'utf8') : '',
      },
      error: (error as Error).message,
    };
  }
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}`;
}

export interface PlanInput {
  session: ReadOnlySessions;
  reference: Reference;
  live: LiveState;
  costs: CostsData | null;
  exactCounts?: boolean;
  /** Only these pending folders (default: all). */
  only?: readonly string[];
  /** The operator's value mapping as the database holds it (default: none). */
  valueMapping?: readonly ValueMappingEntry[];
}

/** A pending folder as the catalog alone shows it: which tables it touches, under which live names, and what stands in its way. */
interface Draft {
  folder: string;
  meta: ReturnType<typeof frontMatterOf>['meta'];
  frontMatterError?: string;
  ctx: ProbeContext;
  tables: Omit<TableTouched, 'rows' | 'sizeSource'>[];
  missing: string[];
  conflicts: string[];
  driftSentences: string[];
}

/** A folder's README front matter and what its migration.sql says about tables and timeouts, read once. */
type FolderFiles = ReturnType<typeof frontMatterOf> & {
  renames: ReturnType<typeof tableRenamesIn>;
  named: ReturnType<typeof tablesNamedIn>;
  timeouts: ReturnType<typeof timeoutsSetIn>;
};

type ProbedFolders = Map<string, { counts: FolderCounts; ms: number }>;

/** Each pending folder's files, read and scanned once (f16's migration.sql alone is tens of kilobytes). */
function readPendingFolders(pending: readonly string[], dir: string): Map<string, FolderFiles> {
  return new Map(
    pending.map((folder): [string, FolderFiles] => {
      const read = frontMatterOf(folder, dir);
      return [
        folder,
        { ...read, renames: tableRenamesIn(read.meta.sql), named: tablesNamedIn(read.meta.sql), timeouts: timeoutsSetIn(read.meta.sql) },
      ];
    }),
  );
}

export async function planPendingMigrations({
  session,
  reference,
  live,
  costs,
  exactCounts,
  only,
  valueMapping = [],
}: PlanInput): Promise<MigrationPlanEntry[]> {
  const { state } = live;
  const notALegacyDatabase = state.stage === 'empty' || state.stage === 'unknown';
  const files = readPendingFolders(state.pending, reference.dir);
  const drafts = draftFolders(session, reference, live, files);

  const allTables = [...new Set(drafts.flatMap((d) => d.tables.map((t) => t.liveName)))].filter(
    (name) => `table|public.${name}` in live.flat,
  );
  const sizes = notALegacyDatabase ? new Map<string, TableSize>() : await readTableSizes(session, allTables, exactCounts);

  const probing = notALegacyDatabase
    ? []
    : drafts.filter(
        (d) =>
          probesFor(d.folder) &&
          d.missing.length === 0 &&
          !state.history.failed.some((f) => f.name === d.folder) &&
          (!only || only.includes(d.folder)),
      );
  const probed = await probeFolders(session, probing, sizes);
  const values = await findValuesOfFolders(session, probing, valueMapping);

  const entries: MigrationPlanEntry[] = [];
  const verdicts = new Map<string, Verdict>();
  for (const draft of drafts) {
    const { folder, meta } = draft;
    const tables: TableTouched[] = draft.tables.map((t) => {
      const size = sizes.get(t.liveName);
      return { ...t, rows: size?.rows ?? null, sizeSource: size?.source ?? null };
    });
    const rowsTouched = tables.reduce((sum, t) => sum + (t.rows ?? 0), 0);
    const estimate = estimateDuration(folder, rowsTouched, costs);
    const timeouts = files.get(folder)!.timeouts;
    const result = probed.get(folder);
    const folderValues = values.get(folder);
    const reasons = {
      blocked: blockingReasons(draft, live, verdicts, result?.counts, folderValues),
      attention: [] as string[],
    };
    if (result) reasons.attention.push(...anomalyReasons(result.counts.anomalies));
    reasons.attention.push(...attentionReasons(draft, live, estimate, timeouts));

    const verdict: Verdict = reasons.blocked.length > 0 ? 'blocked' : reasons.attention.length > 0 ? 'needs attention' : 'safe';
    verdicts.set(folder, verdict);
    if (only && !only.includes(folder)) continue;
    entries.push({
      folder,
      finding: meta.finding,
      title: meta.title,
      risk: meta.risk,
      dependsOn: meta.dependsOn,
      locks: meta.locks,
      rollback: meta.rollback,
      lockTimeout: timeouts.lockTimeout,
      statementTimeout: timeouts.statementTimeout,
      tables,
      rowsTouched,
      estimate,
      anomalies: result?.counts.anomalies ?? [],
      blockers: result?.counts.blockers ?? [],
      ...(folderValues ? { values: folderValues } : {}),
      verdict,
      reasons: verdict === 'blocked' ? reasons.blocked : reasons.attention,
      probeMs: result?.ms ?? 0,
    });
  }
  return entries;
}

/**
 * First pass, catalog only: for each pending folder, the tables it touches under their live names, the
 * ones missing, the catalog keys it changes that are not as expected, and the drift on its tables.
 */
function draftFolders(session: ReadOnlySessions, reference: Reference, live: LiveState, files: ReadonlyMap<string, FolderFiles>): Draft[] {
  const { state } = live;
  const drafts: Draft[] = [];
  // The database and the expected catalog, both as they will be when each folder runs: the pending
  // folders before it applied on top. One overlay of the keys those folders change serves both, so no
  // catalog is copied per folder.
  const overlay = new Map<string, unknown>();
  const expectedApplied = reference.expectedFlat(state.applied);
  const at = (base: FlatCatalog, key: string) => (overlay.has(key) ? overlay.get(key) : base[key]);
  const projected = (key: string) => at(live.flat, key);
  const expectedBefore = (key: string) => at(expectedApplied, key);
  const before: string[] = [];
  for (const folder of state.pending) {
    const { meta, error, named } = files.get(folder)!;
    // Earlier pending folders rename tables; undo those renames to find a table in the database as it is.
    const renames = before.flatMap((name) => files.get(name)!.renames).reverse();
    const liveName = (name: string) => renames.reduce((n, r) => (r.to === n ? r.from : n), name);
    const ctx = probeContextOf(session, reference, liveName);
    // The ledger and quarantine are the record of a migration, not data it works on.
    const tables = [...named.changed.map((name) => ({ name, changed: true })), ...named.read.map((name) => ({ name, changed: false }))]
      .filter((t) => expectedBefore(`table|public.${t.name}`) !== undefined && !BOOKKEEPING_TABLES.includes(t.name))
      .map((t) => ({ ...t, liveName: liveName(t.name) }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const missing = tables.filter((t) => projected(`table|public.${t.name}`) === undefined).map((t) => t.liveName);
    const conflicts = deltaKeys(reference.delta(folder))
      .filter((key) => !sameValue(projected(key), expectedBefore(key)))
      .filter((key) => {
        const table = tableOfKey(key);
        return !table || !missing.includes(bareTableName(table));
      })
      .map((key) => {
        if (projected(key) === undefined) return `${describeKey(key)} is missing`;
        if (expectedBefore(key) === undefined) return `${describeKey(key)} exists already`;
        return `${describeKey(key)} is not as the legacy schema defines it`;
      });
    const touched = new Set(tables.map((t) => t.liveName));
    const driftSentences = state.unexpectedDifferences.filter((sentence) => {
      const match = /^table "([^"]+)"/.exec(sentence);
      return match !== null && touched.has(match[1]!);
    });
    drafts.push({ folder, meta, ...(error ? { frontMatterError: error } : {}), ctx, tables, missing, conflicts, driftSentences });
    const delta = reference.delta(folder);
    for (const [key, value] of Object.entries(delta.set)) overlay.set(key, value);
    for (const key of delta.remove) overlay.set(key, undefined);
    before.push(folder);
  }
  return drafts;
}

/** What a folder's probes work with: its tables under their live names and the reference's enum labels. */
function probeContextOf(session: ReadOnlySessions, reference: Reference, liveName: (name: string) => string): ProbeContext {
  return {
    reference,
    connections: session.connections,
    table: (name) => ident(liveName(name)),
    enumLabels: (name) => {
      const labels = reference.enumLabels(name);
      if (!labels) throw new Error(`the reference catalog has no enum "${name}"`);
      return labels;
    },
  };
}

/** The data probes of all folders, part by part, side by side on the sessions that share one snapshot. */
async function probeFolders(
  session: ReadOnlySessions,
  probing: readonly Draft[],
  sizes: ReadonlyMap<string, TableSize>,
): Promise<ProbedFolders> {
  const tasks = probing.flatMap((draft) => {
    const probes = probesFor(draft.folder)!;
    let parts: string[];
    try {
      parts = probeParts(probes, draft.ctx);
    } catch (error) {
      // The query could not even be written (the reference lacks something it needs): report, don't crash.
      const failed: PartResult = { error: (error as Error).message, blockers: [], ms: 0 };
      return [{ folder: draft.folder, rows: Infinity, run: async () => failed }];
    }
    // Rows to read (weighted by the module's costPerRow) as a cost guess, so the biggest tasks start
    // first and the small ones fill the gaps.
    const rows = ((probes.costPerRow ?? 1) * draft.tables.reduce((sum, t) => sum + (sizes.get(t.liveName)?.rows ?? 0), 0)) / parts.length;
    return parts.map((sql, i) => ({
      folder: draft.folder,
      rows,
      run: (worker: ReadOnlySession) => runProbePart(worker, draft.ctx, probes, sql, i === 0),
    }));
  });
  tasks.sort((a, b) => b.rows - a.rows);
  const results = await session.parallel(tasks.map((task) => task.run));
  const probed: ProbedFolders = new Map();
  for (const draft of probing) {
    const parts = results.filter((_, i) => tasks[i]!.folder === draft.folder);
    probed.set(draft.folder, { counts: mergeParts(probesFor(draft.folder)!, parts), ms: parts.reduce((sum, p) => sum + p.ms, 0) });
  }
  return probed;
}

/** Why a folder cannot be applied now: the database, its history, the catalog, its dependencies, its probes and its values. */
function blockingReasons(
  draft: Draft,
  live: LiveState,
  verdicts: ReadonlyMap<string, Verdict>,
  counts: FolderCounts | undefined,
  folderValues: FolderValues | undefined,
): string[] {
  const { state } = live;
  const { folder, meta } = draft;
  const notALegacyDatabase = state.stage === 'empty' || state.stage === 'unknown';
  const blocked: string[] = [];
  if (notALegacyDatabase)
    blocked.push(`the database is not a Leadmetrics database (${state.stage}); apply 0_baseline only to a new, empty database`);
  const failed = state.history.failed.find((f) => f.name === folder);
  if (failed) {
    blocked.push(
      `Prisma recorded a failed attempt (started ${failed.startedAt}); the folder runs in one transaction, so nothing of it stayed - find the cause in the logs, then run \`pnpm --filter @leadmetrics/db prisma migrate resolve --rolled-back ${folder}\``,
    );
  }
  if (!notALegacyDatabase) {
    for (const name of draft.missing)
      blocked.push(
        `table "${name}", which it ${draft.tables.find((t) => t.liveName === name)?.changed ? 'changes' : 'reads'}, does not exist`,
      );
    for (const conflict of draft.conflicts) blocked.push(`${conflict}, and the folder changes it`);
  }
  for (const dependency of meta.dependsOn.filter((d) => d !== BASELINE_FOLDER)) {
    if (verdicts.get(dependency) === 'blocked') blocked.push(`it depends on ${dependency}, which is blocked`);
  }
  if (counts) {
    if (counts.prepareError) blocked.push(`preparing its probes failed: ${counts.prepareError}`);
    const failedCount = counts.anomalies.find((a) => a.error);
    if (failedCount) blocked.push(`counting what it will meet failed, so the migration would probably fail too: ${failedCount.error}`);
    for (const b of counts.blockers) {
      if (b.error) blocked.push(`checking for ${b.what} failed: ${b.error}`);
      else if (b.count! > 0) blocked.push(`${plural(b.count!, 'row(s)')}: ${b.what} (e.g. ${b.sampleIds.join(', ')}); ${b.fix}`);
    }
  }
  if (folderValues?.error) blocked.push(`listing the values its new type cannot hold failed: ${folderValues.error}`);
  else if (folderValues && folderValues.unmapped.length > 0) blocked.push(unmappedReason(folderValues));
  return blocked;
}

/** The anomalies the folder will meet and quarantine, delete, merge or blank, each with how many rows. */
function anomalyReasons(anomalies: readonly AnomalyCount[]): string[] {
  const attention: string[] = [];
  for (const a of anomalies) {
    if (a.error) continue;
    else if (a.count! > 0 && ATTENTION_ACTIONS.has(a.action)) attention.push(`${a.kind}: ${plural(a.count!, a.unit)}, ${a.effect}`);
  }
  return attention;
}

/** What the operator should read before applying the folder: its README, its reference, its risk, drift, and its duration. */
function attentionReasons(draft: Draft, live: LiveState, estimate: Estimate, timeouts: FolderFiles['timeouts']): string[] {
  const { folder, meta } = draft;
  const attention: string[] = [];
  if (draft.frontMatterError) attention.push(`its README front matter cannot be read: ${draft.frontMatterError}`);
  if (live.state.staleReference.includes(folder)) {
    attention.push(
      "preflight's reference catalog was measured from an older migration.sql of this folder: the catalog checks above may be wrong (regenerate the reference)",
    );
  }
  if (meta.risk === 'destructive' || meta.risk === 'backward-incompatible') {
    attention.push(
      `${meta.risk}: application code that still uses what it removes or renames breaks; deploy the code for the corrected schema with it`,
    );
  }
  for (const sentence of draft.driftSentences) attention.push(`a table it touches differs from what is expected: ${sentence}`);
  const statementTimeoutMs = durationSettingMs(timeouts.statementTimeout);
  if (statementTimeoutMs !== null && estimate.ms > statementTimeoutMs * 0.5) {
    attention.push(
      `estimated ${formatDuration(estimate.ms)}, close to or over the statement_timeout of ${timeouts.statementTimeout} it sets for itself; raise that SET LOCAL for this run or it will stop and roll back`,
    );
  } else if (estimate.ms > LONG_MIGRATION_MS) {
    attention.push(`estimated ${formatDuration(estimate.ms)} while it holds: ${meta.locks}; plan a quiet window`);
  }
  return attention;
}

/**
 * Consecutive folders in Prisma's order: safe ones together, each one that needs attention or runs long
 * on its own, and nothing from the first blocked folder on (Prisma applies in order, so everything after
 * it waits until it is fixed).
 */
export function batchesOf(entries: readonly MigrationPlanEntry[]): { batches: Batch[]; waiting: string[] } {
  const batches: Batch[] = [];
  let current: Batch | null = null;
  const blockedAt = entries.findIndex((e) => e.verdict === 'blocked');
  const runnable = blockedAt < 0 ? entries : entries.slice(0, blockedAt);
  for (const entry of runnable) {
    const alone = entry.verdict !== 'safe' || entry.estimate.ms > LONG_MIGRATION_MS;
    if (alone) {
      current = null;
      batches.push({
        folders: [entry.folder],
        estimateMs: entry.estimate.ms,
        note: entry.verdict !== 'safe' ? 'needs attention: on its own, after reading its reasons' : 'long: on its own, in a quiet window',
      });
      continue;
    }
    if (!current) {
      current = { folders: [], estimateMs: 0, note: 'safe folders, applied together' };
      batches.push(current);
    }
    current.folders.push(entry.folder);
    current.estimateMs += entry.estimate.ms;
  }
  return { batches, waiting: blockedAt < 0 ? [] : entries.slice(blockedAt).map((e) => e.folder) };
}
