/**
 * The migrations bench: every migration folder, in chain order, on one database seeded at the
 * `medium` scale (about a million rows), with the backfill and its release at the pause before the
 * contract folders, as RUNBOOK.md adopts them. For each folder it prints
 *   - its time, beside the time of a bare COPY of the tables it touches (every table it locked
 *     more strongly than a plain read: written, altered or locked against writes) - copy out with
 *     COPY TO STDOUT and straight back into an empty copy of the table with COPY FROM STDIN - and
 *     the ratio of the two, measured side by side in this one run;
 *   - the longest ACCESS EXCLUSIVE lock it held on a table of more than 100,000 rows: pg_locks is
 *     polled from a second connection every 20 ms while the folder runs (when each lock was first
 *     taken), and read on the folder's own connection just before COMMIT (every lock it holds -
 *     all are held until commit). So each lock is measured to within one poll (20 ms).
 * Target: no such lock held over 1 s unless the folder's README justifies it. The bench
 * prints the targets beside the numbers and does not fail on them.
 *
 * `pnpm bench` runs it through bench/index.ts; alone: `tsx bench/migrations.ts [--scale demo]`.
 */
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createThrowawayDatabase, provisionPostgres, quoteIdentifier, withPgClient } from '@leadmetrics/db';
import { applyFolders, BASELINE_FOLDER, countTableRows, listMigrationFolders, type TableCounts } from '@leadmetrics/db/migrations';
import { releaseContracts, runBackfill, splitAtPause } from '@leadmetrics/db/online';
import { loadDemoMapping, seedDatabase, type ScaleName } from '@leadmetrics/seed';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

const POLL_MS = 20;
const BIG_TABLE_ROWS = 100_000;
const LOCK_TARGET_MS = 1_000;
/** The accounting tables every folder writes to; they are bookkeeping, not data the folder migrates. */
const BOOKKEEPING = new Set(['migration_ledger', 'migration_quarantine', '_prisma_migrations']);

export interface MigrationBenchOptions {
  scale?: ScaleName;
  seed?: number;
  /** Where the lines go; default console.log. */
  log?: (line: string) => void;
}

export interface MigrationBenchRow {
  folder: string;
  migrationMs: number;
  /** Tables the folder locked more strongly than ACCESS SHARE, with their row counts before it ran. */
  touched: { table: string; rows: number }[];
  copyMs: number;
  /** The longest ACCESS EXCLUSIVE lock on a table of more than 100,000 rows, if any was seen. */
  longestExclusive: { table: string; rows: number; ms: number } | null;
  /** The longest ACCESS EXCLUSIVE lock seen on any table, whatever its size. */
  longestExclusiveAnyTable: { table: string; rows: number; ms: number } | null;
}

interface LockWatch {
  /** Relations (by OID) locked in a mode stronger than ACCESS SHARE. */
  touched: Set<number>;
  /** OID -> [first, last] time an ACCESS EXCLUSIVE lock on it was seen. */
  exclusive: Map<number, [number, number]>;
  /** Begin polling the locks of backend `pid`. */
  start(pid: number): void;
  stop(): Promise<void>;
}

/**
 * A second connection, opened before the migration starts, that polls pg_locks for the locks a
 * backend holds on ordinary tables from start(pid) until stop().
 */
async function lockWatcher(url: string): Promise<LockWatch> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  const watch: LockWatch = {
    touched: new Set(),
    exclusive: new Map(),
    start(pid) {
      running = true;
      loop = (async () => {
        while (running) {
          const now = performance.now();
          const { rows } = await client.query<{ oid: number; mode: string }>(
            `SELECT l.relation::int AS oid, l.mode FROM pg_locks l
               JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE l.pid = $1 AND l.granted AND l.locktype = 'relation' AND c.relkind IN ('r', 'p') AND n.nspname = 'public'`,
            [pid],
          );
          for (const row of rows) {
            if (row.mode !== 'AccessShareLock') watch.touched.add(row.oid);
            if (row.mode === 'AccessExclusiveLock') {
              const seen = watch.exclusive.get(row.oid);
              if (seen) seen[1] = now;
              else watch.exclusive.set(row.oid, [now, now]);
            }
          }
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
      await client.end();
    },
  };
  return watch;
}

/** Time to COPY a table out and into an empty table of the same columns (no indexes); the copy is dropped after. */
async function bareCopyMs(url: string, table: string): Promise<number> {
  const quoted = quoteIdentifier(table);
  const reader = new pg.Client({ connectionString: url });
  const writer = new pg.Client({ connectionString: url });
  await reader.connect();
  await writer.connect();
  try {
    await writer.query(`CREATE TABLE "lm_bench_copy" (LIKE ${quoted})`);
    const started = performance.now();
    await pipeline(reader.query(copyTo(`COPY ${quoted} TO STDOUT`)), writer.query(copyFrom(`COPY "lm_bench_copy" FROM STDIN`)));
    return performance.now() - started;
  } finally {
    await writer.query(`DROP TABLE IF EXISTS "lm_bench_copy"`).catch(() => {});
    await reader.end();
    await writer.end();
  }
}

const seconds = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;

/** Applies one folder on its own connection, watching the locks it takes; the tables it touched and its COPY baseline. */
async function measureFolder(databaseUrl: string, folder: string): Promise<MigrationBenchRow> {
  const countsBefore: TableCounts = await countTableRows(databaseUrl);
  const watch = await lockWatcher(databaseUrl);
  let migrationMs: number;
  // Every lock a folder takes is held until commit, so the locks held just before COMMIT are all
  // of them, however briefly the statement that took them ran; the polling adds since when.
  const heldAtCommit = new Map<number, string[]>();
  let commitAt = 0;
  try {
    const [result] = await applyFolders(databaseUrl, [folder], {
      via: 'sql',
      onBackendPid: (pid) => watch.start(pid),
      beforeCommit: async (client) => {
        const { rows } = await client.query<{ oid: number; mode: string }>(
          `SELECT l.relation::int AS oid, l.mode FROM pg_locks l
               JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE l.pid = pg_backend_pid() AND l.granted AND l.locktype = 'relation' AND c.relkind IN ('r', 'p') AND n.nspname = 'public'`,
        );
        for (const row of rows) heldAtCommit.set(row.oid, [...(heldAtCommit.get(row.oid) ?? []), row.mode]);
        commitAt = performance.now();
      },
    });
    migrationMs = result!.durationMs;
  } finally {
    await watch.stop();
  }
  for (const [oid, modes] of heldAtCommit) {
    if (modes.some((mode) => mode !== 'AccessShareLock')) watch.touched.add(oid);
    if (modes.includes('AccessExclusiveLock')) {
      // Held from when the polling first saw it (or, if it never did, from less than a poll ago) until commit.
      const seen = watch.exclusive.get(oid);
      watch.exclusive.set(oid, [seen ? seen[0] : commitAt, commitAt]);
    }
  }

  // OIDs survive renames, so ask for the current names now.
  const names = await withPgClient(databaseUrl, async (client) => {
    const oids = [...new Set([...watch.touched, ...watch.exclusive.keys()])];
    const { rows } = await client.query<{ oid: number; name: string }>(
      `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c WHERE c.oid = ANY($1::oid[])`,
      [oids],
    );
    return new Map(rows.map((r) => [r.oid, r.name]));
  });
  // A renamed table's count before is under its old name: the ledger's renamed entry says which.
  const renamedFrom = await withPgClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ from: string; to: string }>(
      `SELECT "tableName" AS from, note AS to FROM migration_ledger WHERE migration = $1 AND action = 'renamed'`,
      [folder],
    );
    return new Map(rows.map((r) => [r.to, r.from]));
  });
  const rowsBefore = (table: string) => countsBefore[table] ?? countsBefore[renamedFrom.get(table) ?? ''] ?? 0;

  const touched = [...watch.touched]
    .map((oid) => ({ oid, table: names.get(oid) }))
    .filter((t): t is { oid: number; table: string } => t.table !== undefined && !BOOKKEEPING.has(t.table))
    .map((t) => ({ ...t, rows: rowsBefore(t.table) }))
    .sort((a, b) => b.rows - a.rows);
  // The bare COPY of each touched table, as the table is after the folder (a rename or a new
  // column changes little of what a COPY moves).
  let copyMs = 0;
  for (const t of touched) copyMs += await bareCopyMs(databaseUrl, t.table);

  let longestExclusive: MigrationBenchRow['longestExclusive'] = null;
  let longestExclusiveAnyTable: MigrationBenchRow['longestExclusiveAnyTable'] = null;
  for (const [oid, [first, last]] of watch.exclusive) {
    const table = names.get(oid);
    if (table === undefined || BOOKKEEPING.has(table)) continue;
    const rows = rowsBefore(table);
    // Held from `first` (as seen by the polling, so up to one poll earlier) to `last` (commit).
    const ms = last - first + POLL_MS;
    if (!longestExclusiveAnyTable || ms > longestExclusiveAnyTable.ms) longestExclusiveAnyTable = { table, rows, ms };
    if (rows > BIG_TABLE_ROWS && (!longestExclusive || ms > longestExclusive.ms)) longestExclusive = { table, rows, ms };
  }
  return {
    folder,
    migrationMs,
    touched: touched.map(({ table, rows }) => ({ table, rows })),
    copyMs,
    longestExclusive,
    longestExclusiveAnyTable,
  };
}

/** Runs the bench and prints its table; returns the measurements. */
export default async function benchMigrations(options: MigrationBenchOptions = {}): Promise<MigrationBenchRow[]> {
  const scale = options.scale ?? 'medium';
  const log = options.log ?? ((line: string) => console.log(line));
  const server = await provisionPostgres();
  const db = await createThrowawayDatabase(server.url, { prefix: 'lm_bench_migrations' });
  const results: MigrationBenchRow[] = [];
  try {
    const started = performance.now();
    await applyFolders(db.url, [BASELINE_FOLDER], { via: 'sql' });
    const manifest = await seedDatabase({ databaseUrl: db.url, scale, seed: options.seed ?? 1 });
    await loadDemoMapping(db.url);
    await withPgClient(db.url, (client) => client.query('ANALYZE'));
    log(
      `${scale} seed: ${manifest.totalRows.toLocaleString('en')} rows in ${seconds(performance.now() - started)} ` +
        `on ${server.provider} (${server.serverVersion.split(' ').slice(0, 2).join(' ')})`,
    );

    // Folders in chain order, as a team adopts them: the contract folders refuse until the backfill
    // has finished and been released, which happens at the pause between the two halves.
    const { beforePause, afterPause } = splitAtPause(listMigrationFolders().filter((name) => name !== BASELINE_FOLDER));
    for (const folder of beforePause) results.push(await measureFolder(db.url, folder));
    if (afterPause.length > 0) {
      const backfillStarted = performance.now();
      await runBackfill(db.url, { pauseMs: 0 });
      await releaseContracts(db.url);
      log(`backfill and release at the pause: ${seconds(performance.now() - backfillStarted)} (row locks of one batch at a time)`);
    }
    for (const folder of afterPause) results.push(await measureFolder(db.url, folder));
  } finally {
    await db.dispose();
    await server.dispose();
  }

  const lockText = (lock: MigrationBenchRow['longestExclusive']) =>
    lock
      ? `${seconds(lock.ms)} ${lock.table} (${lock.rows.toLocaleString('en')})${lock.rows > BIG_TABLE_ROWS && lock.ms > LOCK_TARGET_MS ? ' OVER' : ''}`
      : '-';
  log('');
  log(
    `${'folder'.padEnd(52)}${'time'.padStart(9)}${'COPY'.padStart(10)}${'ratio'.padStart(8)}  ` +
      `${'ACCESS EXCL. >100k rows'.padEnd(34)}${'ACCESS EXCL., any table'.padEnd(44)}tables touched (rows before)`,
  );
  for (const r of results) {
    const ratio = r.copyMs > 0 ? `${(r.migrationMs / r.copyMs).toFixed(2)}x` : '-';
    const tables = r.touched.map((t) => `${t.table} ${t.rows.toLocaleString('en')}`).join(', ') || '-';
    log(
      `${r.folder.padEnd(52)}${seconds(r.migrationMs).padStart(9)}${(r.copyMs > 0 ? seconds(r.copyMs) : '-').padStart(10)}${ratio.padStart(8)}  ` +
        `${lockText(r.longestExclusive).padEnd(34)}${lockText(r.longestExclusiveAnyTable).padEnd(44)}${tables}`,
    );
  }
  log(
    `(lock times: from first seen by polling pg_locks every ${POLL_MS} ms to commit, so within ${POLL_MS} ms; "-" = none taken; target: none over ${seconds(LOCK_TARGET_MS)} on a table > ${BIG_TABLE_ROWS.toLocaleString('en')} rows)`,
  );
  const total = results.reduce((sum, r) => sum + r.migrationMs, 0);
  const over = results.filter((r) => r.longestExclusive && r.longestExclusive.ms > LOCK_TARGET_MS);
  log('');
  log(
    `all folders: ${seconds(total)}; ACCESS EXCLUSIVE over 1 s on a table > 100k rows: ${over.length === 0 ? 'none' : over.map((r) => r.folder).join(', ')}`,
  );
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scaleIndex = process.argv.indexOf('--scale');
  await benchMigrations({ scale: scaleIndex > 0 ? (process.argv[scaleIndex + 1] as ScaleName) : 'medium' });
}
