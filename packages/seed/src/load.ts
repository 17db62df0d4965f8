/**
 * Loads a run into PostgreSQL: COPY FROM STDIN table by table in foreign-key order, inside one transaction, with
 * every constraint on. Either the whole seed is there or none of it is.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BOOKKEEPING_TABLES } from '@leadmetrics/db/migrations/ledger.js';
import { correctedSchemaDir } from '@leadmetrics/db/paths.js';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { quoteIdent } from './copy.js';
import type { DeferredUpdate } from './generator.js';
import type { Manifest } from './manifest.js';
import { prepare, run, type EncodedTable, type GenerateOptions, type TableProgress } from './run.js';
import { SeedRefusedError, assertLocal, redact } from './safety.js';
import { LEGACY_SCHEMA_PATH, loadSchema } from './schema/load.js';
import type { SchemaInfo } from './schema/types.js';

export interface SeedDatabaseOptions extends GenerateOptions {
  databaseUrl: string;
  /** Empty every table of the schema first (TRUNCATE ... CASCADE) instead of refusing a database that holds rows. */
  reset?: boolean;
  /** Allow a host other than this machine. */
  allowRemote?: boolean;
  /**
   * Drop the schema's keys and indexes for the load and recreate them (validating every row) before COMMIT, as
   * pg_restore does. Much faster at scale; the database ends with exactly the same constraints and indexes.
   * Default: on from 100,000 planned rows.
   */
  deferConstraints?: boolean;
  /** Directory to write manifest.json into. */
  outDir?: string;
  onProgress?: (progress: SeedProgress) => void;
}

export type SeedProgress =
  | ({ phase: 'generate' } & TableProgress)
  | { phase: 'copy'; table: string; rowsDone: number; rowsPlanned: number; tablesDone: number; tablesTotal: number }
  | { phase: 'finish'; step: string };

/** Tables of the schema that exist in the database, and those that are missing. */
async function inspect(client: pg.Client, schema: SchemaInfo): Promise<{ missing: string[]; nonEmpty: string[] }> {
  const tables = schema.models.map((m) => m.table).filter((t) => !BOOKKEEPING_TABLES.includes(t));
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
       WHERE c.relkind IN ('r', 'p')
         AND c.relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY (current_schemas(false)))
         AND c.relname = ANY ($1)`,
    [tables],
  );
  const present = new Set(rows.map((r) => r.name));
  const missing = tables.filter((t) => !present.has(t));
  const existing = tables.filter((t) => present.has(t));
  let nonEmpty: string[] = [];
  if (existing.length > 0) {
    const probe = existing.map((t) => `(SELECT ${pg.escapeLiteral(t)} AS name FROM ${quoteIdent(t)} LIMIT 1)`).join(' UNION ALL ');
    nonEmpty = (await client.query<{ name: string }>(probe)).rows.map((r) => r.name);
  }
  return { missing, nonEmpty };
}

/** COPY one table's rows (its COPY text chunks) into the database, in the client's current transaction. */
export async function copyTable(client: pg.Client, table: Pick<EncodedTable, 'model' | 'columns' | 'chunks'>): Promise<void> {
  const columns = table.columns.map((c) => quoteIdent(c.column)).join(', ');
  const stream = client.query(copyFrom(`COPY ${quoteIdent(table.model.table)} (${columns}) FROM STDIN`));
  // A deep read-ahead lets the generator produce the next rows while PostgreSQL is still parsing the last ones.
  await pipeline(Readable.from(table.chunks(), { objectMode: false, highWaterMark: 8 * 1024 * 1024 }), stream);
}

async function applyDeferred(client: pg.Client, update: DeferredUpdate): Promise<void> {
  const table = quoteIdent(update.model.table);
  const key = quoteIdent(update.keyField.column);
  const cols = update.fields.map((f) => quoteIdent(f.column));
  // A temporary table with the target's own column types, filled by COPY, then one UPDATE ... FROM.
  await client.query(`CREATE TEMP TABLE seed_deferred ON COMMIT DROP AS SELECT ${key}, ${cols.join(', ')} FROM ${table} WITH NO DATA`);
  const lines = update.rows.map((r) => r.map((v) => (v === null || v === undefined ? '\\N' : String(v))).join('\t') + '\n');
  const stream = client.query(copyFrom(`COPY seed_deferred FROM STDIN`));
  await pipeline(Readable.from([lines.join('')]), stream);
  await client.query(
    `UPDATE ${table} t SET ${cols.map((c) => `${c} = d.${c}`).join(', ')} FROM seed_deferred d WHERE t.${key} = d.${key}`,
  );
  await client.query('DROP TABLE seed_deferred');
}

export interface SavedDefinition {
  table: string;
  name: string;
  sql: string;
}

export interface DroppedConstraints {
  primaryKeys: SavedDefinition[];
  foreignKeys: SavedDefinition[];
  indexes: SavedDefinition[];
}

/**
 * Drops the schema's foreign keys (and any other table's key pointing into it), its indexes and its primary keys,
 * returning what recreates them. Building an index once over loaded rows is much cheaper than keeping it up to date
 * row by row, above all for primary keys of random cuids.
 */
export async function dropConstraints(client: pg.Client, schema: SchemaInfo): Promise<DroppedConstraints> {
  const tables = schema.models.map((m) => m.table);
  const inSchema = (alias: string) =>
    `(SELECT oid FROM pg_class ${alias} WHERE ${alias}.relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY (current_schemas(false))) AND ${alias}.relname = ANY ($1))`;
  const constraints = (type: 'p' | 'f') =>
    client.query<SavedDefinition>(
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS sql
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.contype = '${type}' AND (k.conrelid IN ${inSchema('a')}${type === 'f' ? ` OR k.confrelid IN ${inSchema('b')}` : ''})
        ORDER BY c.relname, k.conname`,
      [tables],
    );
  const foreignKeys = (await constraints('f')).rows;
  const primaryKeys = (await constraints('p')).rows;
  const indexes = (
    await client.query<SavedDefinition>(
      `SELECT c.relname AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS sql
         FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid IN ${inSchema('a')} AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
        ORDER BY c.relname, i.relname`,
      [tables],
    )
  ).rows;
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
  for (const ix of indexes) await client.query(`DROP INDEX ${quoteIdent(ix.name)}`);
  for (const pk of primaryKeys) await client.query(`ALTER TABLE ${quoteIdent(pk.table)} DROP CONSTRAINT ${quoteIdent(pk.name)}`);
  return { primaryKeys, foreignKeys, indexes };
}

/**
 * Recreates what dropConstraints dropped, keys and indexes first, so PostgreSQL checks every row against each
 * primary key, unique index and foreign key.
 */
export async function restoreConstraints(client: pg.Client, saved: DroppedConstraints): Promise<void> {
  for (const pk of saved.primaryKeys) await client.query(`ALTER TABLE ${quoteIdent(pk.table)} ADD CONSTRAINT ${quoteIdent(pk.name)} ${pk.sql}`);
  for (const ix of saved.indexes) await client.query(ix.sql);
  for (const fk of saved.foreignKeys) {
    try {
      await client.query(`ALTER TABLE ${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.sql}`);
    } catch (error) {
      throw new Error(`Seeded rows violate foreign key ${fk.name} on ${fk.table} (${fk.sql}): ${(error as Error).message}`);
    }
  }
}

/** Moves sequences of autoincrement columns past the ids the seed wrote, so later inserts do not collide. */
async function advanceSequences(client: pg.Client, schema: SchemaInfo): Promise<void> {
  for (const m of schema.models) {
    for (const f of m.fields) {
      const def = f.default as { name?: string } | undefined;
      if (def?.name !== 'autoincrement') continue;
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(1, (SELECT COALESCE(MAX(${quoteIdent(f.column)}), 0) FROM ${quoteIdent(m.table)})))`,
        [quoteIdent(m.table), f.column],
      );
    }
  }
}

/**
 * Seeds a database that has the legacy schema (fresh database + the baseline migration) and returns the manifest.
 * Refuses a non-local host unless allowRemote, and a database holding rows unless reset.
 */
export async function seedDatabase(options: SeedDatabaseOptions): Promise<Manifest> {
  assertLocal(options.databaseUrl, options.allowRemote);
  const schema = options.schema ?? loadSchema(options.schemaPath); // parse once; fail before connecting
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to ${redact(options.databaseUrl)}: ${(error as Error).message}`);
  }
  try {
    const { missing, nonEmpty } = await inspect(client, schema);
    if (missing.length > 0) {
      throw new Error(
        `${redact(options.databaseUrl)} lacks ${missing.length} of the ${schema.models.length} tables of ${schema.path} ` +
          `(e.g. ${missing.slice(0, 5).join(', ')}). Apply packages/db/prisma/migrations/0_baseline/migration.sql first.`,
      );
    }
    if (nonEmpty.length > 0 && !options.reset) {
      throw new SeedRefusedError(
        `Refusing to seed ${redact(options.databaseUrl)}: ${nonEmpty.length} table(s) already hold rows ` +
          `(${nonEmpty.slice(0, 5).join(', ')}${nonEmpty.length > 5 ? ', ...' : ''}). ` +
          'Pass --reset (reset: true) to empty every table of the schema first.',
      );
    }
    await client.query('BEGIN');
    if (options.reset) {
      options.onProgress?.({ phase: 'finish', step: 'truncate' });
      const tables = schema.models.filter((m) => !BOOKKEEPING_TABLES.includes(m.table)).map((m) => quoteIdent(m.table));
      await client.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
    }
    const defer = options.deferConstraints ?? prepare({ ...options, schema }).plan.plannedRows >= 100_000;
    // Index builds sort in memory up to this much (the default 64 MB spills the larger tables to disk).
    if (defer) await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const saved = defer ? await dropConstraints(client, schema) : undefined;
    const result = await run(
      { ...options, schema },
      {
        onTable: async (table) => {
          if (table.rowCount > 0) await copyTable(client, table);
        },
        onDeferred: (update) => applyDeferred(client, update),
        onProgress: (p) => options.onProgress?.({ phase: 'generate', ...p }),
      },
    );
    if (saved) {
      options.onProgress?.({ phase: 'finish', step: 'constraints' });
      await restoreConstraints(client, saved);
    }
    options.onProgress?.({ phase: 'finish', step: 'sequences' });
    await advanceSequences(client, schema);
    options.onProgress?.({ phase: 'finish', step: 'commit' });
    await client.query('COMMIT');
    options.onProgress?.({ phase: 'finish', step: 'analyze' });
    await client.query('ANALYZE');
    if (options.outDir) await writeManifest(result.manifest, options.outDir);
    return result.manifest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
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
    throw new Error(`Cannot connect to ${redact(databaseUrl)}: ${(error as Error).message}`);
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
