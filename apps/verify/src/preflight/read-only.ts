// The only way preflight talks to a database: one connection that cannot write.
//
// Two locks on the door, so that neither a bug in preflight nor a query it was handed can change data:
//   1. `SET default_transaction_read_only = on` for the session: every transaction on this connection,
//      including one opened after a COMMIT, starts read-only;
//   2. everything runs inside `BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY`, which also
//      gives every count of the report the same snapshot of the data.
// PostgreSQL refuses INSERT, UPDATE, DELETE, DDL, nextval() and the like with SQLSTATE 25006
// (read_only_sql_transaction). Savepoints are allowed, so one failing query (a table that is not there)
// does not end the session.
//
// Good manners on a production server: a short lock_timeout, so preflight never queues behind a
// migration's ACCESS EXCLUSIVE lock (and so never makes other sessions queue behind itself), a
// statement_timeout, and an application_name that shows up in pg_stat_activity.
import pg from 'pg';
import { withPgClient } from '@leadmetrics/db';

export const APPLICATION_NAME = 'leadmetrics-preflight';

export interface ReadOnlySessionOptions {
  /** Per statement; default 5 minutes. */
  statementTimeoutMs?: number;
  /** How long a query may wait for a table lock before it gives up; default 3 seconds. */
  lockTimeoutMs?: number;
}

export interface ReadOnlySession {
  /** Runs a query on the read-only connection. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /**
   * Runs `fn` inside a savepoint: when it throws, the transaction is rolled back to the savepoint (and
   * stays usable) and the error is rethrown.
   */
  guarded<T>(fn: () => Promise<T>): Promise<T>;
  /** `SHOW server_version_num`, e.g. 150004. */
  readonly serverVersionNum: number;
  /** The underlying client, for readers that take one (readCatalogSnapshot). Read-only like the rest. */
  readonly client: pg.Client;
}

/**
 * Opens a read-only session on `url`, runs `fn`, then rolls back and disconnects. Nothing `fn` does can
 * be committed: the transaction is read-only and is never committed anyway.
 */
export async function withReadOnlySession<T>(url: string, fn: (session: ReadOnlySession) => Promise<T>, options: ReadOnlySessionOptions = {}): Promise<T> {
  const target = new URL(url);
  // Shown in pg_stat_activity; a URL that names its own application_name keeps it.
  if (!target.searchParams.has('application_name')) target.searchParams.set('application_name', APPLICATION_NAME);
  return withPgClient(
    target.toString(),
    async (client) => {
      const statementTimeout = Math.max(1, Math.round(options.statementTimeoutMs ?? 300_000));
      const lockTimeout = Math.max(1, Math.round(options.lockTimeoutMs ?? 3_000));
      await client.query('SET default_transaction_read_only = on');
      await client.query(`SET statement_timeout = ${statementTimeout}`);
      await client.query(`SET lock_timeout = ${lockTimeout}`);
      await client.query(`SET idle_in_transaction_session_timeout = ${statementTimeout}`);
      await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const version = Number((await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v);
      let savepoints = 0;
      const session: ReadOnlySession = {
        query: (sql, params) => client.query(sql, params as unknown[] | undefined),
        async guarded(inner) {
          const name = `preflight_${++savepoints}`;
          await client.query(`SAVEPOINT ${name}`);
          try {
            const result = await inner();
            await client.query(`RELEASE SAVEPOINT ${name}`);
            return result;
          } catch (error) {
            await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
            throw error;
          }
        },
        serverVersionNum: version,
        client,
      };
      try {
        return await fn(session);
      } finally {
        await client.query('ROLLBACK').catch(() => {});
      }
    },
    '--database-url',
  );
}
