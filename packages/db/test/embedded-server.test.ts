// The embedded server starts wherever the checkout is: under a folder other users cannot enter
// (a `mktemp -d` folder, root's home), under a path with spaces, as root and as an ordinary user;
// and it leaves no process and no folder behind, after stop() and after Ctrl-C.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedServerError, npmNativeDir, startEmbeddedServer } from '../src/embedded-server.js';
import { DatabaseUnreachableError, withPgClient } from '../src/provision.js';

const isRoot = process.getuid?.() === 0;
const serverModule = fileURLToPath(new URL('../src/embedded-server.ts', import.meta.url));
const provisionModule = fileURLToPath(new URL('../src/provision.ts', import.meta.url));
const tsxLoader = fileURLToPath(import.meta.resolve('tsx'));
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A 0700 folder holding a copy of the server's files at "<folder>/my checkout/native", like a private clone. */
async function privateCheckout(owner?: { uid: number; gid: number }): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'lm-private-checkout-'));
  scratch.push(folder);
  const native = path.join(folder, 'my checkout', 'native');
  cpSync(await npmNativeDir(), native, { recursive: true, verbatimSymlinks: true });
  if (owner) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, folder]);
  chmodSync(folder, 0o700);
  return native;
}

async function answers(url: string): Promise<number> {
  return withPgClient(url, async (client) => (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one);
}

/** Is the process running? (A zombie waiting to be reaped has stopped.) */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

describe('embedded PostgreSQL from a checkout under a 0700 folder with spaces in its path', () => {
  it.runIf(isRoot)('as root: the server runs as another user, from a copy it can reach, and is gone after stop()', async () => {
    const native = await privateCheckout();
    // The layout is what breaks the plain library: the server's user cannot run the binaries in place.
    const inPlace = spawnSync(path.join(native, 'bin', 'postgres'), ['--version'], {
      uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
    });
    expect(inPlace.error ?? inPlace.status).toBeTruthy();

    const lines: string[] = [];
    const server = await startEmbeddedServer({ nativeDir: native, log: (line) => lines.push(line) });
    expect(server.runsAs).not.toBe('root');
    expect(await answers(server.url)).toBe(1);
    expect(lines.join('\n')).toContain('running the server from a copy');
    await server.stop();
    expect(existsSync(server.root)).toBe(false);
    await expect(answers(server.url)).rejects.toThrow(DatabaseUnreachableError);
  });

  // As root, the test becomes `nobody` with setpriv; that user must be able to load this checkout's code
  // (a checkout inside a private folder is not: then only the root case above can run).
  const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'];
  const nobodyReachesCode = isRoot && spawnSync(asNobody[0]!, [...asNobody.slice(1), 'test', '-r', serverModule]).status === 0;
  const ordinaryUser = isRoot ? nobodyReachesCode : true;
  if (isRoot && !nobodyReachesCode)
    console.log('[embedded-server.test] skipped the ordinary-user case: user nobody cannot read this checkout (or setpriv is missing)');
  it.runIf(ordinaryUser)('as an ordinary user: the server runs as that user from the binaries in place', async () => {
    const nobody = { uid: 65534, gid: 65534 };
    const native = await privateCheckout(isRoot ? nobody : undefined);
    const script = [
      `import { startEmbeddedServer } from ${JSON.stringify(serverModule)};`,
      `import { withPgClient } from ${JSON.stringify(provisionModule)};`,
      `const server = await startEmbeddedServer({ nativeDir: ${JSON.stringify(native)} });`,
      `const one = await withPgClient(server.url, async (c) => (await c.query('SELECT 1 AS one')).rows[0].one);`,
      `await server.stop();`,
      `console.log(JSON.stringify({ runsAs: server.runsAs, root: server.root, one, uid: process.getuid() }));`,
      `process.exit(0);`,
    ].join('\n');
    const asUser = isRoot ? asNobody : [];
    const command = [...asUser, process.execPath, '--import', tsxLoader, '--input-type=module', '-e', script];
    const result = spawnSync(command[0]!, command.slice(1), {
      encoding: 'utf8',
      env: { ...process.env, HOME: os.tmpdir() },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    const outcome = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(outcome.one).toBe(1);
    expect(outcome.uid).toBe(isRoot ? nobody.uid : process.getuid?.());
    expect(outcome.runsAs).toBe(isRoot ? 'nobody' : os.userInfo().username);
    expect(existsSync(outcome.root)).toBe(false);
  });
});

describe('embedded PostgreSQL after Ctrl-C', () => {
  it('stops the server and removes its folder when the process gets SIGINT', async () => {
    const script = [
      `import { startEmbeddedServer } from ${JSON.stringify(serverModule)};`,
      `const server = await startEmbeddedServer();`,
      `console.log(JSON.stringify({ url: server.url, root: server.root }));`,
      `setInterval(() => {}, 1000);`,
    ].join('\n');
    const child = spawn(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = await new Promise<{ url: string; root: string }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
      });
      child.on('exit', (code) => reject(new Error(`the child exited (${code}) before its server started`)));
    });
    expect(await answers(started.url)).toBe(1);
    const serverPid = Number(execFileSync('head', ['-1', path.join(started.root, 'data', 'postmaster.pid')]).toString());
    expect(processRuns(serverPid)).toBe(true);

    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(processRuns(serverPid)).toBe(false);
    expect(existsSync(started.root)).toBe(false);
    await expect(answers(started.url)).rejects.toThrow(DatabaseUnreachableError);
  });
});

describe('embedded PostgreSQL that cannot start says why in one line', () => {
  async function expectOneLine(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
    const error = await promise.then(
      async (server) => {
        await (server as { stop(): Promise<void> }).stop();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EmbeddedServerError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(pattern);
    expect(message).toContain('DATABASE_URL');
  }

  it('a shared library the server needs is missing', async () => {
    const native = await privateCheckout();
    // One the npm build brings along in an old version no system has (a system copy would stand in).
    rmSync(path.join(native, 'lib', 'libicuuc.so.60'));
    await expectOneLine(startEmbeddedServer({ nativeDir: native }), /shared library libicuuc\.so\.60 cannot be loaded/);
  });

  it('the server files are not there', async () => {
    const missing = path.join(os.tmpdir(), 'lm-no-such-install', 'native');
    await expectOneLine(startEmbeddedServer({ nativeDir: missing }), /bin\/postgres does not exist: run pnpm install again/);
  });

  it('the temp folder cannot be written', async () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = path.join(os.tmpdir(), 'lm-no-such-tmp', 'deeper');
    try {
      await expectOneLine(
        startEmbeddedServer(),
        /cannot create its folder in .*lm-no-such-tmp.*\(ENOENT\): point TMPDIR at a writable folder/,
      );
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
