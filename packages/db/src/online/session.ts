// The backfill's one connection: opened again after a lost connection (a server restart, a
// network cut), always holding the advisory lock that keeps a second runner out.
import pg from 'pg';
import { OnlineRefusedError } from './errors.js';
import { backoffDelay, isConnectionLost, isRetriable, sleep, type RetryPolicy } from './retry.js';

/** The advisory lock every backfill runner of a database takes (one runner per database at a time). */
export const BACKFILL_LOCK_SQL = `hashtext('online_migration.backfill')`;

export interface SessionOptions extends RetryPolicy {
  /** Wait for another runner to finish instead of refusing. */
  wait: boolean;
  /** lock_timeout and statement_timeout of every statement of the session (a batch sets its own too). */
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  signal?: AbortSignal;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

export class BackfillSession {
  private current: pg.Client | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly options: SessionOptions,
  ) {}

  get client(): pg.Client {
    if (!this.current) throw new Error('the backfill session is not connected');
    return this.current;
  }

  /** Connects (retrying while the server is unreachable) and takes the runner lock. */
  async open(): Promise<void> {
    await this.withRetry(() => this.reopen(), { needsClient: false });
  }

  private async takeRunnerLock(client: pg.Client): Promise<void> {
    if (this.options.wait) {
      await client.query(`SELECT pg_advisory_lock(${BACKFILL_LOCK_SQL})`);
      return;
    }
    const taken = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${BACKFILL_LOCK_SQL}) AS ok`);
    if (taken.rows[0]!.ok) return;
    const holder = await client.query<{ pid: number; application_name: string }>(
      `SELECT a.pid, a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objid = (${BACKFILL_LOCK_SQL})::oid AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    const who = holder.rows[0]
      ? ` (server process ${holder.rows[0].pid}, ${holder.rows[0].application_name || 'no application name'})`
      : '';
    throw new OnlineRefusedError(
      `another backfill runner is working on this database${who}; nothing was changed. Let it finish, or start this one with --wait to queue behind it`,
    );
  }

  async close(): Promise<void> {
    const client = this.current;
    this.current = null;
    // Ending the session releases the advisory lock with it.
    await client?.end().catch(() => {});
  }

  /**
   * Runs `work` and, when it fails for a reason that is not the work's own (lock timeout,
   * deadlock, a lost connection, a restarting server), waits with exponential backoff and runs it
   * again, reconnecting first when the connection is gone. `work` must leave nothing behind when it
   * fails (one transaction that rolls back).
   */
  async withRetry<T>(
    work: (client: pg.Client) => Promise<T>,
    options: { needsClient?: boolean; rethrow?: (error: unknown) => boolean } = {},
  ): Promise<T> {
    const needsClient = options.needsClient ?? true;
    for (let attempt = 0; ; attempt++) {
      try {
        if (needsClient && !this.current) await this.reopen();
        return await work(needsClient ? this.client : (null as unknown as pg.Client));
      } catch (error) {
        if (
          error instanceof OnlineRefusedError ||
          !isRetriable(error) ||
          options.rethrow?.(error) ||
          attempt >= this.options.maxRetries ||
          this.options.signal?.aborted
        )
          throw error;
        const delay = backoffDelay(attempt, this.options);
        this.options.onRetry?.(attempt + 1, delay, error);
        if (isConnectionLost(error)) await this.drop();
        await sleep(delay, this.options.signal);
      }
    }
  }

  private async drop(): Promise<void> {
    const client = this.current;
    this.current = null;
    await client?.end().catch(() => {});
  }

  private async reopen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'leadmetrics-backfill' });
    client.on('error', () => {}); // a dropped connection surfaces on the next query, where it is retried
    await client.connect();
    try {
      await this.takeRunnerLock(client);
      // After the lock: --wait may queue on it for longer than any statement should take.
      await client.query(`SET lock_timeout = ${Math.round(this.options.lockTimeoutMs)}`);
      await client.query(`SET statement_timeout = ${Math.round(this.options.statementTimeoutMs)}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    this.current = client;
  }
}
