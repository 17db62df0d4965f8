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
// statement_timeout, and an application_name that shows up in pg_stat_activity. With `jobs` > 1 further
// connections join the first one's snapshot (the way pg_dump -j does), each locked down the same way.
import pg from 'pg';
import { CONNECT_TIMEOUT_MS, withPgClient } from '@leadmetrics/db';

export const APPLICATION_NAME = 'leadmetrics-preflight';

export interface ReadOnlySessionOptions {
  /** Per statement; default 5 minutes. */
  statementTimeoutMs?: number;
  /** How long a query may wait for a table lock before it gives up; default 3 seconds. */
  lockTimeoutMs?: number;
  /**
   * Connections that share the first one's snapshot (pg_export_snapshot / SET TRANSACTION SNAPSHOT, as
   * pg_dump -j does), so independent queries can run side by side and still see the same data. Default 2.
   */
  jobs?: number;
}

export interface ReadOnlySession {
  /** Runs a query on the read-only connection. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /**
   * Runs `fn` inside a savepoint: when it throws, the transaction is rolled back to the savepoint (and
   * stays usable) and the error is rethrown.
   */
  guarded<T>(fn: () => Promise<T>): Promise<T>;
  /** `server_version_num`, e.g. 150004. */
  readonly serverVersionNum: number;
  /** The underlying client, for readers that take one (readCatalogSnapshot). Read-only like the rest. */
  readonly client: pg.Client;
}

export interface ReadOnlySessions extends ReadOnlySession {
  /**
   * Runs every task, each on one of the sessions (this one included), at most `jobs` at a time, all
   * seeing the same snapshot; results come back in the order of `tasks`.
   */
  parallel<T>(tasks: readonly ((session: ReadOnlySession) => Promise<T>)[]): Promise<T[]>;
  /** How many sessions `parallel` uses (the `jobs` option). */
  readonly connections: number;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // a dropped connection surfaces on the next query instead
  await client.connect();
  return client;
}

/** The session settings, then the read-only transaction (on `snapshot` when given). */
async function begin(client: pg.Client, options: ReadOnlySessionOptions, snapshot?: string): Promise<ReadOnlySession> {
  const statementTimeout = Math.max(1, Math.round(options.statementTimeoutMs ?? 300_000));
  const lockTimeout = Math.max(1, Math.round(options.lockTimeoutMs ?? 3_000));
  await client.query('SET default_transaction_read_only = on');
  await client.query(`SET statement_timeout = ${statementTimeout}`);
  await client.query(`SET lock_timeout = ${lockTimeout}`);
  await client.query(`SET idle_in_transaction_session_timeout = ${statementTimeout}`);
  // Sorts and hashes of the probes stay in memory instead of spilling to disk; per query node, per session.
  await client.query(`SET work_mem = '64MB'`);
  await client.query('SET jit = off');
  // A session whose client is gone (Ctrl-C, a killed process) ends within a second even while it waits for a lock,
  // instead of keeping its place in the lock queue until the lock is released.
  await client.query(`SET client_connection_check_interval = '1s'`);
  await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
  if (snapshot) await client.query(`SET TRANSACTION SNAPSHOT '${snapshot.replaceAll("'", "''")}'`);
  const version = Number((await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v);
  let savepoints = 0;
  return {
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
}

/**
 * Opens a read-only session on `url`, runs `fn`, then rolls back and disconnects. Nothing `fn` does can
 * be committed: the transaction is read-only and is never committed anyway.
 */
export async function withReadOnlySession<T>(
  url: string,
  fn: (session: ReadOnlySessions) => Promise<T>,
  options: ReadOnlySessionOptions = {},
): Promise<T> {
  const target = new URL(url);
  // Shown in pg_stat_activity; a URL that names its own application_name keeps it.
  if (!target.searchParams.has('application_name')) target.searchParams.set('application_name', APPLICATION_NAME);
  const jobs = Math.max(1, Math.floor(options.jobs ?? 2));
  return withPgClient(
    target.toString(),
    async (client) => {
      const main = await begin(client, options);
      const helperClients: pg.Client[] = [];
      let opening: Promise<Promise<ReadOnlySession>[]> | undefined;
      // Helpers are opened on first use (most callers never run anything in parallel), all at once, each
      // ready on its own.
      const openHelpers = () =>
        (opening ??= (async () => {
          if (jobs < 2) return [];
          const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id;
          return Array.from({ length: jobs - 1 }, async () => {
            const helper = await connect(target.toString());
            helperClients.push(helper);
            return begin(helper, options, snapshot);
          });
        })());
      const sessions: ReadOnlySessions = {
        ...main,
        connections: jobs,
        async parallel(tasks) {
          const results = new Array(tasks.length);
          let next = 0;
          const work = async (session: ReadOnlySession) => {
            while (next < tasks.length) {
              const index = next++;
              results[index] = await tasks[index]!(session);
            }
          };
          // The snapshot is exported first (its query is queued on this connection before any task's),
          // then this connection starts on the tasks while the helpers connect and log in, and each helper
          // joins in as soon as it is ready, instead of everything waiting for the slowest login.
          const joining = openHelpers().then((helpers) => Promise.all(helpers.map((helper) => helper.then(work))));
          await Promise.all([work(main), joining]);
          return results;
        },
      };
      try {
        return await fn(sessions);
      } finally {
        await client.query('ROLLBACK').catch(() => {});
        // A helper still logging in (fn ended early, on an error) is waited for, so none is left open.
        await Promise.allSettled((await opening?.catch(() => [])) ?? []);
        for (const helper of helperClients) {
          await helper.query('ROLLBACK').catch(() => {});
          await helper.end().catch(() => {});
        }
      }
    },
    '--database-url',
  );
}
