// Applying, reverting and validating migration folders on a live database.
//
// Two ways to apply, with the same bookkeeping:
//   'prisma' - the real thing: the folders are copied into a throw-away Prisma project and
//              `prisma migrate deploy` applies them (through the offline engine bridge). Slow to
//              start (the CLI), but it is exactly what a user runs.
//   'sql'    - each migration.sql sent with pg as one transaction, the way Prisma sends it, and
//              recorded in _prisma_migrations with Prisma's checksum. Fast, and it reports the
//              RAISE NOTICE lines and the line of a failing statement. A database migrated this
//              way can be carried on with `prisma migrate deploy`, which sees the same history.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { migrationsDir } from '../paths.js';
import { runPrisma } from '../prisma-cli.js';
import { withPgClient } from '../provision.js';
import { listMigrationFolders, readMigrationFolder } from './folders.js';
import { concurrentIndexStatement, splitSqlStatements } from './sql-statements.js';

export interface ApplyOptions {
  via?: 'prisma' | 'sql';
  /** The migrations folder to read from; defaults to packages/db/prisma/migrations. */
  dir?: string;
  /** Called with every NOTICE a migration raises ('sql' only; Prisma does not pass them on). */
  onNotice?: (folder: string, message: string) => void;
  /** Kill `prisma migrate deploy` after this long ('prisma' only; default 10 minutes). */
  timeoutMs?: number;
  /**
   * Called with the backend pid of the connection that runs the migrations ('sql' only), e.g. to
   * watch its locks in pg_locks from another connection.
   */
  onBackendPid?: (pid: number) => void;
  /**
   * Called inside each folder's transaction right before COMMIT ('sql' only), on the migration's
   * own connection: every lock the folder took is still held then, so pg_locks shows them all.
   */
  beforeCommit?: (client: pg.Client, folder: string) => Promise<void>;
}

export interface AppliedFolder {
  name: string;
  /** Time the folder's migration.sql took (from _prisma_migrations for 'prisma'). */
  durationMs: number;
  /** RAISE NOTICE messages, in order ('sql' only). */
  notices: string[];
  /** True when the database had already applied this folder, which was then left alone (as Prisma does). */
  skipped: boolean;
}

/** A migration file that failed; `line` is the line of migration.sql PostgreSQL pointed at, when it did. */
export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError';
  constructor(
    readonly folder: string,
    readonly file: string,
    readonly line: number | null,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

// Prisma's own bookkeeping table, as its schema engine creates it, so both apply paths share one history.
const CREATE_PRISMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The checksum Prisma stores for a migration: sha256 of the file's bytes, hex. */
export function prismaChecksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** Names of the folders the database records as applied (finished, not rolled back), in application order. */
export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return [];
  const rows = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
  return rows.rows.map((row) => row.migration_name);
}

function lineOfPosition(sql: string, position: unknown): number | null {
  const offset = Number(position);
  if (!Number.isInteger(offset) || offset < 1) return null;
  return sql.slice(0, offset - 1).split('\n').length;
}

/** A pg error raised by one statement of a script, with the line that statement starts on. */
class StatementError extends Error {
  constructor(
    readonly line: number,
    override readonly cause: unknown,
  ) {
    super((cause as Error).message);
  }
}

/**
 * Runs the statements of `script` one after the other on `client` (inside the caller's
 * transaction), so a failure can be placed on its line. Returns the result of each statement.
 */
async function runScript(client: pg.Client, script: string): Promise<pg.QueryResult[]> {
  const results: pg.QueryResult[] = [];
  for (const statement of splitSqlStatements(script)) {
    try {
      results.push(await client.query(statement.text));
    } catch (error) {
      // A syntax error carries a position inside the statement; anything else, the statement's first line.
      const within = lineOfPosition(statement.text, (error as pg.DatabaseError).position);
      throw new StatementError(statement.line + (within ?? 1) - 1, error);
    }
  }
  return results;
}

/** Turns an error raised while running `file` into one naming the file and line, with PostgreSQL's detail, hint and context. */
function failure(folder: string, file: string, error: unknown): MigrationFailedError {
  const line = error instanceof StatementError ? error.line : null;
  const e = (error instanceof StatementError ? error.cause : error) as pg.DatabaseError;
  const parts = [e.message];
  if (e.detail) parts.push(`detail: ${e.detail}`);
  if (e.hint) parts.push(`hint: ${e.hint}`);
  if (e.where) parts.push(`context: ${e.where.split('\n')[0]}`);
  return new MigrationFailedError(folder, file, line, parts.join('; '), e);
}

/** Runs `sql` in its own transaction on `client`, collecting its NOTICEs; rolls back and rethrows on error. */
async function inTransaction(client: pg.Client, run: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await run();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function applyViaSql(databaseUrl: string, names: string[], options: ApplyOptions): Promise<AppliedFolder[]> {
  const dir = options.dir ?? migrationsDir;
  return withPgClient(databaseUrl, async (client) => {
    let current: { folder: string; notices: string[] } | undefined;
    client.on('notice', (notice) => {
      if (!current) return;
      current.notices.push(notice.message ?? String(notice));
      options.onNotice?.(current.folder, notice.message ?? String(notice));
    });
    if (options.onBackendPid) options.onBackendPid((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
    await client.query(CREATE_PRISMA_MIGRATIONS);
    const applied = new Set(await appliedMigrations(client));
    const results: AppliedFolder[] = [];
    for (const name of names) {
      if (applied.has(name)) {
        results.push({ name, durationMs: 0, notices: [], skipped: true });
        continue;
      }
      const folder = readMigrationFolder(name, dir);
      const file = path.join(folder.dir, 'migration.sql');
      current = { folder: name, notices: [] };
      const started = performance.now();
      const record = () =>
        client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, started_at, finished_at, migration_name, applied_steps_count)
           VALUES (gen_random_uuid()::text, $1, now(), clock_timestamp(), $2, 1)`,
          [prismaChecksum(folder.sql), name],
        );
      try {
        if (concurrentIndexStatement(folder.sql)) {
          // Outside a transaction block, as Prisma sends a one-statement script; recorded after it.
          await runScript(client, folder.sql);
          await record();
        } else {
          await inTransaction(client, async () => {
            await runScript(client, folder.sql);
            await record();
            await options.beforeCommit?.(client, name);
          });
        }
      } catch (error) {
        throw failure(name, file, error);
      }
      results.push({ name, durationMs: performance.now() - started, notices: current.notices, skipped: false });
      current = undefined;
    }
    return results;
  });
}

/** A Prisma project in the temp dir whose migrations folder holds `names` (copies of migration.sql). */
async function temporaryPrismaProject(names: readonly string[], dir: string): Promise<string> {
  const project = await mkdtemp(path.join(os.tmpdir(), 'lm-migrate-'));
  // No imports: the temp dir has no node_modules to resolve `prisma/config` from.
  await writeFile(
    path.join(project, 'prisma.config.ts'),
    `export default {\n  schema: 'schema.prisma',\n  migrations: { path: 'migrations' },\n  datasource: { url: process.env.DATABASE_URL },\n};\n`,
  );
  // migrate deploy only needs the provider; the models are irrelevant to applying SQL files.
  await writeFile(path.join(project, 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n}\n');
  await mkdir(path.join(project, 'migrations'));
  await copyFile(path.join(dir, 'migration_lock.toml'), path.join(project, 'migrations', 'migration_lock.toml'));
  for (const name of names) {
    await mkdir(path.join(project, 'migrations', name));
    await copyFile(path.join(dir, name, 'migration.sql'), path.join(project, 'migrations', name, 'migration.sql'));
  }
  return project;
}

async function applyViaPrisma(databaseUrl: string, names: string[], options: ApplyOptions): Promise<AppliedFolder[]> {
  const dir = options.dir ?? migrationsDir;
  const onDisk = new Set(listMigrationFolders(dir));
  const before = new Set(await withPgClient(databaseUrl, appliedMigrations));
  // Prisma compares the database's history with the folder; give it the folders it already
  // applied too, so it neither complains about unknown history nor re-applies anything.
  const folders = [...new Set([...[...before].filter((name) => onDisk.has(name)), ...names])].sort();
  const project = await temporaryPrismaProject(folders, dir);
  try {
    const result = await runPrisma(['migrate', 'deploy'], { cwd: project, databaseUrl, timeoutMs: options.timeoutMs ?? 600_000 });
    if (result.code !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.trim();
      const failed = /Migration name: (\S+)/.exec(output)?.[1] ?? names.find((name) => !before.has(name)) ?? names[0]!;
      throw new MigrationFailedError(
        failed,
        path.join(dir, failed, 'migration.sql'),
        null,
        `prisma migrate deploy failed (exit ${result.code ?? 'killed'}):\n${output}`,
      );
    }
  } finally {
    await rm(project, { recursive: true, force: true });
  }
  const timings = await withPgClient(databaseUrl, (client) =>
    client.query<{ migration_name: string; ms: number }>(
      `SELECT migration_name, EXTRACT(EPOCH FROM (finished_at - started_at)) * 1000 AS ms FROM "_prisma_migrations" WHERE migration_name = ANY($1::text[])`,
      [names],
    ),
  );
  const durations = new Map(timings.rows.map((row) => [row.migration_name, Number(row.ms)]));
  return names.map((name) => ({
    name,
    durationMs: before.has(name) ? 0 : (durations.get(name) ?? 0),
    notices: [],
    skipped: before.has(name),
  }));
}

/**
 * Applies the folders `names` (in name order, which is Prisma's) to the database. Pass a
 * dependencyClosure() to cherry-pick a folder with what it needs. Folders the database has
 * already applied are skipped. Throws a MigrationFailedError naming the folder (and, via 'sql',
 * the line) when one fails; that folder's changes are rolled back, earlier folders stay applied.
 */
export async function applyFolders(databaseUrl: string, names: readonly string[], options: ApplyOptions = {}): Promise<AppliedFolder[]> {
  const ordered = [...new Set(names)].sort();
  return options.via === 'prisma' ? applyViaPrisma(databaseUrl, ordered, options) : applyViaSql(databaseUrl, ordered, options);
}

/**
 * Runs the folder's down.sql in one transaction and removes the folder from _prisma_migrations,
 * so the database is back where it was before the folder (as far as down.sql can take it).
 */
export async function revertFolder(
  databaseUrl: string,
  name: string,
  options: { dir?: string } = {},
): Promise<{ durationMs: number; notices: string[] }> {
  const folder = readMigrationFolder(name, options.dir);
  if (folder.downSql === null) throw new Error(`${path.join(folder.dir, 'down.sql')}: missing, so "${name}" cannot be reverted`);
  const downSql = folder.downSql;
  return withPgClient(databaseUrl, async (client) => {
    const notices: string[] = [];
    client.on('notice', (notice) => notices.push(notice.message ?? String(notice)));
    const started = performance.now();
    try {
      const forget = async () => {
        const bookkeeping = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
        if (bookkeeping.rows[0].present) await client.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [name]);
      };
      if (concurrentIndexStatement(downSql)) {
        await runScript(client, downSql);
        await forget();
      } else {
        await inTransaction(client, async () => {
          await runScript(client, downSql);
          await forget();
        });
      }
    } catch (error) {
      throw failure(name, path.join(folder.dir, 'down.sql'), error);
    }
    return { durationMs: performance.now() - started, notices };
  });
}

/**
 * Runs the folder's validate.sql and returns every row it produced (each query of the file
 * selects the rows that would prove the migration wrong; none = proven). Read-only: it runs in a
 * transaction that is rolled back.
 */
export async function runValidate(databaseUrl: string, name: string, options: { dir?: string } = {}): Promise<Record<string, unknown>[]> {
  const folder = readMigrationFolder(name, options.dir);
  if (folder.validateSql === null) throw new Error(`${path.join(folder.dir, 'validate.sql')}: missing; every finding's folder needs one`);
  const validateSql = folder.validateSql;
  return withPgClient(databaseUrl, async (client) => {
    await client.query('BEGIN READ ONLY');
    try {
      const results = await runScript(client, validateSql);
      return results.flatMap((r) => r.rows ?? []);
    } catch (error) {
      throw failure(name, path.join(folder.dir, 'validate.sql'), error);
    } finally {
      await client.query('ROLLBACK').catch(() => {});
    }
  });
}
