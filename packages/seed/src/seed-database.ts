/**
 * Loads a run into PostgreSQL: COPY FROM STDIN table by table in foreign-key order, and every key, unique index and
 * foreign key checked by PostgreSQL over the loaded rows. Either the whole seed is there or none of it is
 * (loadDatabase says how, for each way of loading).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BOOKKEEPING_TABLES } from '@leadmetrics/db/migrations';
import { correctedSchemaDir } from '@leadmetrics/db';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  SEARCH_PATH_SCHEMAS,
  dropConstraints,
  keyedTables,
  keyUnit,
  restoreConstraints,
  restoreForeignKeys,
  undoLoad,
  type DroppedConstraints,
} from './constraints.js';
import { quoteIdentifier } from '@leadmetrics/db';
import type { DeferredUpdate } from './generator.js';
import type { Manifest } from './manifest.js';
import { planSeed, produceSeed, type EncodedTable, type GenerateOptions, type TableProgress } from './seed-run.js';
import { SeedRefusedError, assertLocal, redact } from './safety.js';
import { LEGACY_SCHEMA_PATH, loadSchema } from './schema/read-schema.js';
import type { SchemaInfo } from './schema/types.js';
import { WorkQueue } from './work-queue.js';

export interface SeedDatabaseOptions extends GenerateOptions {
  databaseUrl: string;
  /** Empty every table of the schema first (TRUNCATE ... CASCADE) instead of refusing a database that holds rows. */
  reset?: boolean;
  /** Allow a host other than this machine. */
  allowRemote?: boolean;
  /**
   * Drop the schema's keys and indexes for the load and recreate them (validating every row) after it, as
   * pg_restore does. Much faster at scale; the database ends with exactly the same constraints and indexes.
   * Default: on from DEFER_CONSTRAINTS_FROM_ROWS planned rows.
   */
  deferConstraints?: boolean;
  /** Directory to write manifest.json into. */
  outDir?: string;
  onProgress?: (progress: SeedProgress) => void;
  /**
   * Stops the load between two tables (the CLI aborts it on Ctrl-C) and undoes it as after any failure: the
   * database is left as it was.
   */
  signal?: AbortSignal;
}

export type SeedProgress = ({ phase: 'generate' } & TableProgress) | { phase: 'finish'; step: string };

/** The tables of the schema the seed fills (the migrations' own bookkeeping tables are theirs, never seeded). */
function seededTables(schema: SchemaInfo): string[] {
  return schema.models.map((m) => m.table).filter((t) => !BOOKKEEPING_TABLES.includes(t));
}

/** Tables of the schema that exist in the database, and those that are missing. */
async function inspect(client: pg.Client, schema: SchemaInfo): Promise<{ missing: string[]; existing: string[] }> {
  const tables = seededTables(schema);
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
       WHERE c.relkind IN ('r', 'p')
         AND c.relnamespace IN ${SEARCH_PATH_SCHEMAS}
         AND c.relname = ANY ($1)`,
    [tables],
  );
  const present = new Set(rows.map((r) => r.name));
  return { missing: tables.filter((t) => !present.has(t)), existing: tables.filter((t) => present.has(t)) };
}

/** Which of `tables` hold at least one row. */
async function nonEmptyTables(client: pg.Client, tables: string[]): Promise<string[]> {
  if (tables.length === 0) return [];
  const probe = tables.map((t) => `(SELECT ${pg.escapeLiteral(t)} AS name FROM ${quoteIdentifier(t)} LIMIT 1)`).join(' UNION ALL ');
  return (await client.query<{ name: string }>(probe)).rows.map((r) => r.name);
}

/**
 * COPY one table's rows (its COPY text chunks) into the database, in the client's current transaction. `freeze`
 * (allowed only when this transaction emptied the table) writes the rows already frozen: nothing has to set their
 * hint bits or freeze them later, which would otherwise rewrite every page once more (and, with data checksums, log
 * each page in full) on the first read after the load.
 */
async function copyTable(client: pg.Client, table: Pick<EncodedTable, 'model' | 'columns' | 'chunks'>, freeze = false): Promise<void> {
  const columns = table.columns.map((c) => quoteIdentifier(c.column)).join(', ');
  const stream = client.query(
    copyFrom(`COPY ${quoteIdentifier(table.model.table)} (${columns}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`),
  );
  // A deep read-ahead lets the generator produce the next rows while PostgreSQL is still parsing the last ones.
  await pipeline(Readable.from(table.chunks(), { objectMode: false, highWaterMark: 8 * 1024 * 1024 }), stream);
}

async function applyDeferred(client: pg.Client, update: DeferredUpdate): Promise<void> {
  const table = quoteIdentifier(update.model.table);
  const key = quoteIdentifier(update.keyField.column);
  const cols = update.fields.map((f) => quoteIdentifier(f.column));
  // A temporary table with the target's own column types, filled by COPY, then one UPDATE ... FROM.
  await client.query(`CREATE TEMP TABLE seed_deferred ON COMMIT DROP AS SELECT ${key}, ${cols.join(', ')} FROM ${table} WITH NO DATA`);
  const lines = update.rows.map((r) => r.map((v) => (v === null || v === undefined ? '\\N' : String(v))).join('\t') + '\n');
  const stream = client.query(copyFrom(`COPY seed_deferred FROM STDIN`));
  await pipeline(Readable.from([lines.join('')]), stream);
  await client.query(`UPDATE ${table} t SET ${cols.map((c) => `${c} = d.${c}`).join(', ')} FROM seed_deferred d WHERE t.${key} = d.${key}`);
  await client.query('DROP TABLE seed_deferred');
}

/** Moves sequences of autoincrement columns past the ids the seed wrote, so later inserts do not collide. */
async function advanceSequences(client: pg.Client, schema: SchemaInfo): Promise<void> {
  for (const m of schema.models) {
    for (const f of m.fields) {
      const def = f.default as { name?: string } | undefined;
      if (def?.name !== 'autoincrement') continue;
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(1, (SELECT COALESCE(MAX(${quoteIdentifier(f.column)}), 0) FROM ${quoteIdentifier(m.table)})))`,
        [quoteIdentifier(m.table), f.column],
      );
    }
  }
}

/** From this many planned rows on, seedDatabase drops the keys and indexes for the load and rebuilds them after. */
export const DEFER_CONSTRAINTS_FROM_ROWS = 100_000;

/**
 * Connections that rebuild keys and indexes and check foreign keys side by side once the rows are committed. Two
 * keep a two-core machine busy without starving the rest of it; more only queue up for the same cores.
 */
const RESTORE_CONNECTIONS = 2;

/** Receives the rows of a load: every table's COPY text (in foreign-key order), then the cycle-closing updates. */
export interface LoadSink {
  table(table: Pick<EncodedTable, 'model' | 'columns' | 'rowCount' | 'chunks'>): Promise<void>;
  deferred(update: DeferredUpdate): Promise<void>;
}

export interface LoadOptions {
  /** Empty every table of the schema first instead of refusing a database that holds rows. */
  reset?: boolean;
  /** Drop keys and indexes for the load and rebuild them after (see SeedDatabaseOptions.deferConstraints). */
  deferConstraints: boolean;
  onStep?: (step: string) => void;
  /** See SeedDatabaseOptions.signal. */
  signal?: AbortSignal;
}

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined); // a dropped connection surfaces on its next query instead
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to ${redact(databaseUrl)}: ${(error as Error).message}`, { cause: error });
  }
  return client;
}

/**
 * Loads into a database with `schema`'s tables whatever `produce` sends to the sink, and returns what `produce`
 * returns. seedDatabase and the benchmark both load through here, so the benchmark measures the seed's own loader.
 *
 * The tables are locked and checked in one transaction: one holding rows is refused unless `reset`. Then:
 *   - small loads keep every constraint on and are that one transaction;
 *   - deferred loads into a database that held rows (a reset) drop the keys and indexes, load and rebuild them in
 *     that one transaction: all or nothing, as with small loads;
 *   - deferred loads into a database whose tables were all empty commit the dropped definitions and then each
 *     table's rows on their own, so that while the next tables are loaded, RESTORE_CONNECTIONS - 1 more
 *     connections already rebuild the loaded tables' keys and indexes, and at the end all of them check the foreign
 *     keys side by side. If anything fails, the tables are emptied and every definition is recreated (undoLoad): the
 *     database is again as it was, empty with all of its constraints. Only if this process dies before the load
 *     ends does it stay half loaded, without some of its keys: recreate it then.
 * Deferred loads write frozen rows (COPY FREEZE), which needs the table emptied in the same transaction: it is, after
 * the check above found it empty or the reset emptied it.
 */
export async function loadDatabase<T>(
  databaseUrl: string,
  schema: SchemaInfo,
  options: LoadOptions,
  produce: (sink: LoadSink) => Promise<T>,
): Promise<T> {
  const client = await connect(databaseUrl);
  const resources: LoadResources = { helpers: [] };
  try {
    const { existing, nonEmpty } = await claimTables(client, databaseUrl, schema, options);
    // Index builds sort in memory up to this much (the default 64 MB spills the larger tables to disk).
    if (options.deferConstraints) await client.query(`SET maintenance_work_mem = '256MB'`);
    const saved = options.deferConstraints ? await dropConstraints(client, schema) : undefined;
    if (!saved || nonEmpty.length > 0) return await loadInOneTransaction(client, schema, options, saved, produce);
    return await loadPipelined(client, databaseUrl, schema, options, { saved, tables: existing }, resources, produce);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (resources.committed) await undoCommittedLoad(client, resources.committed, error);
    throw error;
  } finally {
    await Promise.all([client, ...resources.helpers].map((c) => c.end().catch(() => undefined)));
  }
}

/** A pipelined load's committed state: the definitions it dropped, the tables it empties again on failure. */
interface CommittedLoad {
  saved: DroppedConstraints;
  tables: string[];
  /** Waits until no helper connection is still building a key or index. */
  settle(): Promise<void>;
}

/** What loadDatabase must close or undo whichever way a load ends. */
interface LoadResources {
  helpers: pg.Client[];
  committed?: CommittedLoad;
}

/**
 * Opens the load's transaction and takes the schema's tables: all must exist, they are locked before they are
 * looked at (so no row can arrive between the check and the load), and ones holding rows are refused unless
 * `reset`, which empties them.
 */
async function claimTables(
  client: pg.Client,
  databaseUrl: string,
  schema: SchemaInfo,
  options: LoadOptions,
): Promise<{ existing: string[]; nonEmpty: string[] }> {
  const { missing, existing } = await inspect(client, schema);
  if (missing.length > 0) {
    throw new Error(
      `${redact(databaseUrl)} lacks ${missing.length} of the ${schema.models.length} tables of ${schema.path} ` +
        `(e.g. ${missing.slice(0, 5).join(', ')}). Apply packages/db/prisma/migrations/0_baseline/migration.sql first.`,
    );
  }
  await client.query('BEGIN');
  if (existing.length > 0) await client.query(`LOCK TABLE ${existing.map(quoteIdentifier).join(', ')} IN ACCESS EXCLUSIVE MODE`);
  const nonEmpty = await nonEmptyTables(client, existing);
  if (nonEmpty.length > 0 && !options.reset) {
    throw new SeedRefusedError(
      `Refusing to seed ${redact(databaseUrl)}: ${nonEmpty.length} table(s) already hold rows ` +
        `(${nonEmpty.slice(0, 5).join(', ')}${nonEmpty.length > 5 ? ', ...' : ''}). ` +
        'Pass --reset (reset: true) to empty every table of the schema first.',
    );
  }
  if (options.reset) {
    options.onStep?.('truncate');
    await client.query(`TRUNCATE ${existing.map(quoteIdentifier).join(', ')} RESTART IDENTITY CASCADE`);
  }
  return { existing, nonEmpty };
}

/** The whole load in the transaction claimTables opened, keys and indexes rebuilt in it when they were dropped. */
async function loadInOneTransaction<T>(
  client: pg.Client,
  schema: SchemaInfo,
  options: LoadOptions,
  saved: DroppedConstraints | undefined,
  produce: (sink: LoadSink) => Promise<T>,
): Promise<T> {
  const rows = new Map<string, number>();
  const result = await produce({
    table: async (table) => {
      options.signal?.throwIfAborted();
      rows.set(table.model.table, table.rowCount);
      if (table.rowCount > 0) await copyTable(client, table, options.reset);
    },
    deferred: (update) => {
      options.signal?.throwIfAborted();
      return applyDeferred(client, update);
    },
  });
  if (saved) {
    options.onStep?.('constraints');
    await restoreConstraints([client], saved, (table) => rows.get(table) ?? 0);
  }
  options.onStep?.('sequences');
  await advanceSequences(client, schema);
  options.onStep?.('commit');
  await client.query('COMMIT');
  return result;
}

/**
 * A load into a database that held no rows, its dropped definitions committed first: each table's rows commit on
 * their own while helper connections rebuild the loaded tables' keys and indexes, then every connection checks the
 * foreign keys. Records in `resources` what the caller must undo and close.
 */
async function loadPipelined<T>(
  client: pg.Client,
  databaseUrl: string,
  schema: SchemaInfo,
  options: LoadOptions,
  dropped: { saved: DroppedConstraints; tables: string[] },
  resources: LoadResources,
  produce: (sink: LoadSink) => Promise<T>,
): Promise<T> {
  const { saved } = dropped;
  const rows = new Map<string, number>();
  await client.query('COMMIT');
  const keys = new WorkQueue();
  const workers: Promise<void>[] = [];
  const settle = async () => {
    keys.close();
    await Promise.allSettled(workers);
  };
  resources.committed = { ...dropped, settle };
  for (let i = 1; i < RESTORE_CONNECTIONS; i++) {
    const helper = await connect(databaseUrl);
    resources.helpers.push(helper);
    await helper.query(`SET maintenance_work_mem = '256MB'`);
    workers.push(keys.work(helper));
  }
  const pending = keyedTables(saved);
  const result = await produce({
    table: async (table) => {
      const name = table.model.table;
      rows.set(name, table.rowCount);
      if (keys.failed) throw keys.failed;
      options.signal?.throwIfAborted();
      if (table.rowCount > 0) {
        await client.query(`BEGIN; TRUNCATE ${quoteIdentifier(name)}`);
        await copyTable(client, table, true);
        await client.query('COMMIT');
      }
      if (pending.delete(name)) keys.push(keyUnit(saved, name, table.rowCount));
    },
    deferred: async (update) => {
      options.signal?.throwIfAborted();
      await client.query('BEGIN');
      await applyDeferred(client, update);
      await client.query('COMMIT');
    },
  });
  for (const table of pending) keys.push(keyUnit(saved, table, 0));
  keys.close();
  options.onStep?.('constraints');
  workers.push(keys.work(client));
  await Promise.all(workers);
  if (keys.failed) throw keys.failed;
  await restoreForeignKeys([client, ...resources.helpers], saved, (table) => rows.get(table) ?? 0);
  options.onStep?.('sequences');
  await advanceSequences(client, schema);
  return result;
}

/** After a pipelined load failed: empties its tables and recreates every definition it dropped. */
async function undoCommittedLoad(client: pg.Client, committed: CommittedLoad, error: unknown): Promise<void> {
  // Nobody may still be building an index when the tables are emptied.
  await committed.settle();
  try {
    await undoLoad(client, committed.tables, committed.saved);
  } catch (undoError) {
    throw new Error(
      `${(error as Error).message}\nEmptying the database again failed too (${(undoError as Error).message}): it holds seeded rows ` +
        'without some of its keys or indexes; recreate it from the migrations.',
      { cause: undoError },
    );
  }
}

/** Collects statistics for every seeded table, so queries right after the seed are planned on real numbers. */
async function analyze(databaseUrl: string, schema: SchemaInfo): Promise<void> {
  const clients = await Promise.all(Array.from({ length: RESTORE_CONNECTIONS }, () => connect(databaseUrl)));
  try {
    const tables = seededTables(schema);
    await WorkQueue.run(
      clients,
      tables.map((table, i) => ({ sql: `ANALYZE ${quoteIdentifier(table)}`, weight: tables.length - i, failure: (error) => error })),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

/**
 * Seeds a database that has the legacy schema (fresh database + the baseline migration) and returns the manifest.
 * Refuses a non-local host unless allowRemote, and a database holding rows unless reset.
 */
export async function seedDatabase(options: SeedDatabaseOptions): Promise<Manifest> {
  assertLocal(options.databaseUrl, options.allowRemote);
  const schema = options.schema ?? loadSchema(options.schemaPath); // parse once; fail before connecting
  const deferConstraints = options.deferConstraints ?? planSeed({ ...options, schema }).plan.plannedRows >= DEFER_CONSTRAINTS_FROM_ROWS;
  const result = await loadDatabase(
    options.databaseUrl,
    schema,
    { reset: options.reset, deferConstraints, signal: options.signal, onStep: (step) => options.onProgress?.({ phase: 'finish', step }) },
    (sink) =>
      produceSeed(
        { ...options, schema },
        {
          onTable: (table) => sink.table(table),
          onDeferred: (update) => sink.deferred(update),
          onProgress: (p) => options.onProgress?.({ phase: 'generate', ...p }),
        },
      ),
  );
  options.onProgress?.({ phase: 'finish', step: 'analyze' });
  await analyze(options.databaseUrl, schema);
  if (options.outDir) await writeManifest(result.manifest, options.outDir);
  return result.manifest;
}

/**
 * Which of the project's schemas the database has: 'legacy' (the baseline applied), 'corrected' (every migration
 * applied, as after `prisma migrate reset`), or null (neither, e.g. an empty database).
 */
export async function detectSchema(databaseUrl: string): Promise<'legacy' | 'corrected' | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to ${redact(databaseUrl)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    for (const [name, path] of [
      ['legacy', LEGACY_SCHEMA_PATH],
      ['corrected', correctedSchemaDir],
    ] as const) {
      if ((await inspect(client, loadSchema(path))).missing.length === 0) return name;
    }
    return null;
  } finally {
    await client.end();
  }
}

export async function writeManifest(manifest: Manifest, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, 'manifest.json');
  await writeFile(path, JSON.stringify(manifest, null, 2) + '\n');
  return path;
}
