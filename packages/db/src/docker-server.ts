// A PostgreSQL server in a Docker container, started through testcontainers.
//
// The image comes from LEADMETRICS_POSTGRES_IMAGE (default: the official image). It must follow the
// official image's contract: POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB create the role and
// database, the server listens on PGPORT (default 5432), and `pg_isready` is on its PATH.
// LEADMETRICS_DOCKER_NETWORK=host runs it on the host's network (on a free port, never 5432),
// for engines whose bridge network cannot be reached from the host; the default maps a port.
//
// testcontainers' own reaper container is an image to pull; we clean up ourselves instead (stop(),
// process exit and Ctrl-C, see exit-cleanup.ts), so machines without registry access work.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { findFreePort } from './embedded-server.js';
import { cleanUpOnExit } from './exit-cleanup.js';

export const DEFAULT_POSTGRES_IMAGE = 'postgres:18-alpine';

/** Raised when Docker answers but cannot give us a server; the message is one line. */
export class DockerServerError extends Error {
  override name = 'DockerServerError';
}

export interface DockerServer {
  url: string;
  image: string;
  containerId: string;
  stop(): Promise<void>;
}

interface DockerTarget {
  socketPath?: string;
  host?: string;
  port?: number;
}

function dockerTarget(env: NodeJS.ProcessEnv): DockerTarget | undefined {
  const dockerHost = env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  if (dockerHost.startsWith('tcp://')) {
    const parsed = new URL(dockerHost.replace(/^tcp:/, 'http:'));
    return { host: parsed.hostname, port: Number(parsed.port || 2375) };
  }
  return undefined;
}

/** One request to the Docker engine's API; resolves with the status code, or undefined when nobody answers. */
function dockerRequest(env: NodeJS.ProcessEnv, method: string, apiPath: string, timeoutMs: number): Promise<number | undefined> {
  const target = dockerTarget(env);
  if (!target) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const request = http.request({ ...target, method, path: apiPath, timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
    request.end();
  });
}

/** Does a Docker engine answer `/_ping` within `timeoutMs`? Never throws, never hangs. */
export async function dockerEngineAnswers(env: NodeJS.ProcessEnv = process.env, timeoutMs = 1_000): Promise<boolean> {
  // A TLS-protected engine (DOCKER_TLS_VERIFY) would need certificates: leave those to testcontainers.
  if (env.DOCKER_HOST?.startsWith('tcp://') && env.DOCKER_TLS_VERIFY) return true;
  return (await dockerRequest(env, 'GET', '/_ping', timeoutMs)) === 200;
}

/** Is `image` present in the engine's local image store? */
export async function dockerImageIsLocal(image: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return (await dockerRequest(env, 'GET', `/images/${encodeURIComponent(image)}/json`, 5_000)) === 200;
}

/** Removes a container synchronously (usable on exit): a child process makes the API call. */
function removeContainerNow(env: NodeJS.ProcessEnv, containerId: string): void {
  const target = JSON.stringify(dockerTarget(env) ?? {});
  const script = `require('http').request({...${target}, method: 'DELETE', path: '/containers/${containerId}?force=true', timeout: 10000}, (r) => r.resume()).on('error', () => {}).end()`;
  spawnSync(process.execPath, ['-e', script], { stdio: 'ignore', timeout: 15_000 });
}

export async function startDockerServer(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<DockerServer> {
  const image = env.LEADMETRICS_POSTGRES_IMAGE?.trim() || DEFAULT_POSTGRES_IMAGE;
  process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
  if (env.DOCKER_HOST) process.env.DOCKER_HOST ??= env.DOCKER_HOST;
  const { GenericContainer, PullPolicy, Wait } = await import('testcontainers');
  const hostNetwork = env.LEADMETRICS_DOCKER_NETWORK === 'host';
  const port = hostNetwork ? await findFreePort() : 5432;
  const password = randomBytes(12).toString('hex');
  const local = await dockerImageIsLocal(image, env);
  log(`starting ${image} with testcontainers (${local ? 'local image' : 'pulling it'}${hostNetwork ? ', host network' : ''})`);
  let container = new GenericContainer(image)
    .withEnvironment({ POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: password, POSTGRES_DB: 'postgres', PGPORT: String(port) })
    .withCommand(['postgres', '-c', 'fsync=off', '-c', 'listen_addresses=*'])
    .withHealthCheck({ test: ['CMD-SHELL', `pg_isready -h 127.0.0.1 -p ${port} -U postgres`], interval: 250, timeout: 2_000, retries: 240 })
    .withWaitStrategy(Wait.forHealthCheck())
    .withStartupTimeout(90_000);
  container = hostNetwork ? container.withNetworkMode('host') : container.withExposedPorts(5432);
  if (local) container = container.withPullPolicy({ shouldPull: () => false });
  else container = container.withPullPolicy(PullPolicy.defaultPolicy());
  let started;
  try {
    started = await container.start();
  } catch (error) {
    const reason = ((error as Error).message || String(error)).split('\n')[0]!.slice(0, 300);
    throw new DockerServerError(
      local
        ? `the Docker container from ${image} did not start: ${reason}`
        : `the image ${image} is not on this Docker engine and could not be pulled (${reason}); build or load it, or name a local image in LEADMETRICS_POSTGRES_IMAGE`,
    );
  }
  const containerId = started.getId();
  const forget = cleanUpOnExit(() => removeContainerNow(env, containerId));
  let stopped = false;
  const hostPort = hostNetwork ? port : started.getMappedPort(5432);
  const host = hostNetwork ? '127.0.0.1' : started.getHost();
  return {
    url: `postgresql://postgres:${password}@${host}:${hostPort}/postgres`,
    image,
    containerId,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      forget();
      await started.stop({ remove: true, timeout: 5_000 }).catch(() => removeContainerNow(env, containerId));
    },
  };
}
