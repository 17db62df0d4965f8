// After `prisma migrate deploy` was killed or failed (Prisma then refuses with P3009 until the
// failed migration is resolved): decide for each unfinished migration whether its transaction
// committed, and record that with `prisma migrate resolve`. The decision rests on evidence the
// folder itself leaves in the same transaction, never on a guess:
//   - Prisma logged an error               -> the transaction rolled back;
//   - an expand folder                     -> its online_migration.phase row exists;
//   - a contract folder                    -> its phase row says contracted (the last contract folder of
//                                             a finding; an earlier one is judged like any folder);
//   - a single CREATE/DROP INDEX CONCURRENTLY -> the index is there and valid (an invalid one left by
//                                             a killed build is dropped, so the folder can run again);
//   - a folder that writes the ledger      -> it has ledger entries;
//   - a folder that adds constraints       -> the last one it adds exists;
//   - a contract folder that drops a table -> the last one it drops is gone.
// Anything else is left to the operator, with the exact commands to run.
import type pg from 'pg';
import { listMigrationFolders, readMigrationFolder, type MigrationFolder } from '../migrations/folders.js';
import { concurrentIndexStatement, splitSqlStatements } from '../migrations/sql-statements.js';
import { migrationsDir } from '../paths.js';
import { runPrisma } from '../prisma-cli.js';
import { quoteIdentifier as quote, withPgClient } from '../provision.js';
import { OnlineRefusedError } from './errors.js';
import { sleep } from './retry.js';

export interface RecoveryAction {
  folder: string;
  decision: 'applied' | 'rolled-back';
  evidence: string;
}

export interface RecoverOptions {
  dir?: string;
  /** How long to wait for a still-running migration statement of a killed deploy to end. */
  waitMs?: number;
  log?: (line: string) => void;
}

async function unfinishedMigrations(client: pg.ClientBase): Promise<{ name: string; logs: string | null }[]> {
  const present = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  if (!present.rows[0].present) return [];
  const rows = await client.query<{ migration_name: string; logs: string | null }>(
    `SELECT migration_name, logs FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at`,
  );
  return rows.rows.map((row) => ({ name: row.migration_name, logs: row.logs }));
}

/** Waits until no other session runs the folder's SQL (a killed client's statement may still be running on the server). */
async function waitForOrphans(client: pg.ClientBase, folder: MigrationFolder, waitMs: number, log: (line: string) => void): Promise<void> {
  const prefix = folder.sql.trim().slice(0, 200);
  const deadline = Date.now() + waitMs;
  for (let said = false; ; said = true) {
    const running = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND left(ltrim(query), $2) = $1`,
      [prefix, prefix.length],
    );
    if (running.rows.length === 0) return;
    if (Date.now() > deadline) {
      throw new OnlineRefusedError(
        `${folder.name} is still running in server process(es) ${running.rows.map((r) => r.pid).join(', ')}; wait for it to end ` +
          `(or end it with SELECT pg_terminate_backend(<pid>) if its deploy is surely dead), then run recover again`,
      );
    }
    if (!said) log(`${folder.name}: waiting for server process(es) ${running.rows.map((r) => r.pid).join(', ')} still running it`);
    await sleep(250);
  }
}

/** The first table or schema a folder creates, whose existence says whether its transaction committed. */
function createdObject(sql: string): { kind: 'table' | 'schema'; name: string } | null {
  // IF NOT EXISTS proves nothing: the object may have been there before.
  const match = /^\s*CREATE\s+(TABLE|SCHEMA)\s+(?!IF\s)"([^"]+)"(?:\."([^"]+)")?/im.exec(sql);
  if (!match) return null;
  if (match[1]!.toUpperCase() === 'SCHEMA') return { kind: 'schema', name: match[2]! };
  return { kind: 'table', name: match[3] ? `${quote(match[2]!)}.${quote(match[3])}` : quote(match[2]!) };
}

/**
 * The constraint a folder adds last (ALTER TABLE ... ADD CONSTRAINT "name"), when it never drops one:
 * then it exists exactly when the folder committed.
 */
function lastAddedConstraint(sql: string): string | null {
  if (/\bDROP\s+CONSTRAINT\b/i.test(sql)) return null;
  const added = [...sql.matchAll(/^\s*ALTER\s+TABLE\s+"[^"]+"\s+ADD\s+CONSTRAINT\s+"([^"]+)"/gim)];
  return added.at(-1)?.[1] ?? null;
}

/**
 * The table a folder drops last (DROP TABLE [IF EXISTS] "name" or "schema"."name"), when it never
 * creates one: a table its dependencies created, so it is gone exactly when the folder committed.
 */
function lastDroppedTable(sql: string): string | null {
  if (/^\s*CREATE\s+(TEMP(ORARY)?\s+)?TABLE\b(?![^;]*\bON\s+COMMIT\s+DROP\b)/im.test(sql)) return null;
  const dropped = [...sql.matchAll(/^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?"([^"]+)"(?:\."([^"]+)")?/gim)];
  const last = dropped.at(-1);
  if (!last) return null;
  return last[2] ? `${quote(last[1]!)}.${quote(last[2])}` : quote(last[1]!);
}

/** Whether the table the folder drops last is gone; null when the folder drops none (or also creates one). */
async function droppedTableEvidence(client: pg.ClientBase, folder: MigrationFolder): Promise<RecoveryAction | null> {
  const table = lastDroppedTable(folder.sql);
  if (!table) return null;
  const present = await client.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [table]);
  const done = !present.rows[0]!.present;
  return {
    folder: folder.name,
    decision: done ? 'applied' : 'rolled-back',
    evidence: `table ${table} ${done ? 'no longer exists' : 'still exists'}`,
  };
}

/** Whether the last constraint the folder adds exists; null when the folder adds none (or also drops one). */
async function constraintEvidence(client: pg.ClientBase, folder: MigrationFolder): Promise<RecoveryAction | null> {
  const constraint = lastAddedConstraint(folder.sql);
  if (!constraint) return null;
  const present = await client.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = $1) AS present`, [
    constraint,
  ]);
  const done = present.rows[0]!.present;
  return {
    folder: folder.name,
    decision: done ? 'applied' : 'rolled-back',
    evidence: `constraint ${constraint} ${done ? 'exists' : 'does not exist'}`,
  };
}

/** Decides whether the folder's transaction committed, from what it leaves behind. */
async function decide(client: pg.ClientBase, folder: MigrationFolder, logs: string | null): Promise<RecoveryAction | null> {
  const concurrent = concurrentIndexStatement(folder.sql);
  if (concurrent) {
    const index = await client.query<{ valid: boolean }>(
      `SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = to_regclass($1)`,
      [quote(concurrent.index)],
    );
    const state = index.rows[0];
    if (state && !state.valid) {
      // A killed CREATE or DROP INDEX CONCURRENTLY leaves the index invalid: unusable, yet kept up to
      // date by every write. Dropping it undoes a build and completes a drop.
      await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${quote(concurrent.index)}`);
      return {
        folder: folder.name,
        decision: concurrent.creates ? 'rolled-back' : 'applied',
        evidence: `dropped the invalid index ${concurrent.index} the interrupted ${concurrent.creates ? 'build' : 'drop'} left`,
      };
    }
    const done = concurrent.creates ? Boolean(state) : !state;
    return {
      folder: folder.name,
      decision: done ? 'applied' : 'rolled-back',
      evidence: `index ${concurrent.index} ${state ? 'exists and is valid' : 'is absent'}`,
    };
  }
  if (logs !== null && logs.trim() !== '')
    return { folder: folder.name, decision: 'rolled-back', evidence: 'Prisma recorded an error, so its transaction rolled back' };
  const recordsPhase =
    folder.phase === 'expand' || (folder.phase === 'contract' && folder.sql.includes('"online_migration"."contracted"('));
  if (recordsPhase) {
    const phase = await client
      .query<{ contracted: boolean }>(
        `SELECT "contractedAt" IS NOT NULL AS contracted FROM "online_migration"."phase" WHERE "expandFolder" = $1`,
        [folder.phase === 'expand' ? folder.name : folder.backfill],
      )
      .catch(() => ({ rows: [] as { contracted: boolean }[] }));
    const done = folder.phase === 'expand' ? phase.rows.length > 0 : phase.rows[0]?.contracted === true;
    return {
      folder: folder.name,
      decision: done ? 'applied' : 'rolled-back',
      evidence: `online_migration.phase ${done ? 'records' : 'does not record'} it`,
    };
  }
  // An earlier contract folder of a finding (the last one records the contract in the phase row).
  if (folder.phase === 'contract') {
    const evidence = (await constraintEvidence(client, folder)) ?? (await droppedTableEvidence(client, folder));
    if (evidence) return evidence;
  }
  if (/"migration_ledger"/.test(folder.sql) && folder.sql.includes(folder.name)) {
    const ledger = await client
      .query<{ n: number }>(`SELECT count(*)::int AS n FROM "migration_ledger" WHERE "migration" = $1`, [folder.name])
      .catch(() => ({ rows: [{ n: 0 }] }));
    const done = ledger.rows[0]!.n > 0;
    return {
      folder: folder.name,
      decision: done ? 'applied' : 'rolled-back',
      evidence: `migration_ledger has ${ledger.rows[0]!.n} entries of it`,
    };
  }
  const created = createdObject(folder.sql);
  if (created) {
    const present = await client.query<{ present: boolean }>(
      created.kind === 'schema'
        ? `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS present`
        : `SELECT to_regclass($1) IS NOT NULL AS present`,
      [created.name],
    );
    const done = present.rows[0]!.present;
    return {
      folder: folder.name,
      decision: done ? 'applied' : 'rolled-back',
      evidence: `${created.kind} ${created.name} ${done ? 'exists' : 'does not exist'}`,
    };
  }
  if (splitSqlStatements(folder.sql).every((statement) => /^(COMMENT\s+ON|SET\s)/i.test(statement.text))) {
    return { folder: folder.name, decision: 'rolled-back', evidence: 'only COMMENT ON statements, which are harmless to run again' };
  }
  return null;
}

/**
 * An interrupted concurrent build leaves an INVALID index, and a deploy killed at the wrong moment
 * may leave no record of the folder at all. The concurrent folders say IF NOT EXISTS, so before the
 * next deploy every INVALID index of a concurrent folder not recorded as applied is dropped: the
 * folder then builds it again instead of accepting an unusable one.
 */
async function dropInvalidPendingIndexes(client: pg.ClientBase, dir: string, log: (line: string) => void): Promise<void> {
  const present = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  const applied = new Set(
    present.rows[0].present
      ? (
          await client.query<{ migration_name: string }>(
            `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
        ).rows.map((r) => r.migration_name)
      : [],
  );
  for (const name of listMigrationFolders(dir)) {
    const concurrent = concurrentIndexStatement(readMigrationFolder(name, dir).sql);
    if (!concurrent?.creates || applied.has(name)) continue;
    const index = await client.query<{ valid: boolean }>(`SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass($1)`, [
      quote(concurrent.index),
    ]);
    if (index.rows[0] && !index.rows[0].valid) {
      await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${quote(concurrent.index)}`);
      log(`${name}: dropped the invalid index ${concurrent.index} an interrupted build left`);
    }
  }
}

/**
 * Resolves every migration `prisma migrate deploy` left unfinished, so the next deploy carries on.
 * Throws an OnlineRefusedError (changing nothing more) when it cannot tell what happened.
 */
export async function recoverFailedMigrations(databaseUrl: string, options: RecoverOptions = {}): Promise<RecoveryAction[]> {
  const dir = options.dir ?? migrationsDir;
  const log = options.log ?? (() => {});
  const actions = await withPgClient(databaseUrl, async (client) => {
    const decided: RecoveryAction[] = [];
    for (const { name, logs } of await unfinishedMigrations(client)) {
      const folder = readMigrationFolder(name, dir);
      await waitForOrphans(client, folder, options.waitMs ?? 600_000, log);
      const action = await decide(client, folder, logs);
      if (!action) {
        throw new OnlineRefusedError(
          `${name} did not finish and leaves no evidence of whether it committed; inspect the database, then run ` +
            `\`pnpm --filter @leadmetrics/db prisma migrate resolve --applied ${name}\` or \`... --rolled-back ${name}\``,
        );
      }
      decided.push(action);
    }
    return decided;
  });
  await withPgClient(databaseUrl, (client) => dropInvalidPendingIndexes(client, dir, log));
  for (const action of actions) {
    log(`${action.folder}: ${action.decision} (${action.evidence})`);
    // Prisma's own command, from packages/db (whose prisma.config.ts names the migrations folder).
    const result = await runPrisma(['migrate', 'resolve', action.decision === 'applied' ? '--applied' : '--rolled-back', action.folder], {
      databaseUrl,
    });
    if (result.code !== 0)
      throw new Error(`prisma migrate resolve for ${action.folder} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  return actions;
}
