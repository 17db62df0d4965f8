// The embedded server starts wherever the checkout is: under a folder other users cannot enter
// (a `mktemp -d` folder, root's home), under a path with spaces, as root and as an ordinary user;
// and it leaves no process and no folder behind, after stop() and after Ctrl-C.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedServerError, npmNativeDir, startEmbeddedServer } from '../src/embedded-server.js';
import { DatabaseUnreachableError, ProvisionSettingError, provisionPostgres, withPgClient } from '../src/provision.js';
import { bundleInto, ordinaryUser, type OrdinaryUser } from './support/ordinary-user.js';

const isRoot = process.getuid?.() === 0;
const serverModule = fileURLToPath(new URL('../src/embedded-server.ts', import.meta.url));
const tsxLoader = fileURLToPath(import.meta.resolve('tsx'));
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A 0700 folder holding a copy of the server's files at "<folder>/my checkout/native", like a private clone. */
async function privateCheckout(): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'lm-private-checkout-'));
  scratch.push(folder);
  const native = path.join(folder, 'my checkout', 'native');
  cpSync(await npmNativeDir(), native, { recursive: true, verbatimSymlinks: true });
  chmodSync(folder, 0o700);
  return native;
}

async function answers(url: string): Promise<number> {
  return withPgClient(url, async (client) => (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
});

// The ordinary user's own run: the test builds a 0700 folder that user owns, with a space in its path, holding a
// copy of the server's files and the code (bundled, so that user needs nothing from this checkout).
const user = ordinaryUser();
if ('reason' in user) console.log(`[embedded-server.test] skipped the ordinary-user cases: ${user.reason}`);
const asOrdinaryUser = 'reason' in user ? undefined : user;

/** What the bundled program reports: the server it started and the query it ran, or the one line it failed with. */
type UserRun =
  { ok: true; one: number; runsAs: string; root: string; uid: number; backendUid: number } | { ok: false; name: string; message: string };

const USER_PROGRAM = `
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startEmbeddedServer } from './embedded-server.ts';

const report = (outcome) => process.stdout.write(JSON.stringify(outcome) + '\\n');
try {
  const server = await startEmbeddedServer({ nativeDir: process.argv[2] });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query('SELECT 1 AS one, pg_backend_pid() AS pid');
  // Who runs the server process that answered: read from the system, not from what the launcher says.
  const status = readFileSync('/proc/' + rows[0].pid + '/status', 'utf8');
  const backendUid = Number(/^Uid:\\s+(\\d+)/m.exec(status)[1]);
  await client.end();
  await server.stop();
  report({ ok: true, one: rows[0].one, runsAs: server.runsAs, root: server.root, uid: process.getuid(), backendUid });
} catch (error) {
  report({ ok: false, name: error.name, message: error.message });
}
process.exit(0);
`;

/** A 0700 folder owned by the ordinary user: "<folder>/my checkout/" with the bundled program, and its own temp folder. */
function userLayout(account: OrdinaryUser): { folder: string; program: string; tmp: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'lm-user-checkout-'));
  scratch.push(folder);
  const checkout = path.join(folder, 'my checkout');
  const tmp = path.join(folder, 'tmp');
  mkdirSync(checkout);
  mkdirSync(tmp);
  const program = path.join(checkout, 'start server.mjs');
  bundleInto(program, USER_PROGRAM);
  chownTree(folder, account);
  chmodSync(folder, 0o700);
  return { folder, program, tmp };
}

function chownTree(folder: string, account: OrdinaryUser): void {
  if (isRoot) execFileSync('chown', ['-R', `${account.uid}:${account.gid}`, folder]);
}

/** Runs the bundled program as the ordinary user, its temp folder `tmp`, the server's files at `nativeDir`. */
function runAsUser(account: OrdinaryUser, program: string, nativeDir: string, tmp: string): UserRun {
  const command = [...account.prefix, process.execPath, program, nativeDir];
  const result = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: tmp, TMPDIR: tmp },
    timeout: 60_000,
  });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as UserRun;
}

describe('embedded PostgreSQL run by an ordinary user', () => {
  it.runIf(asOrdinaryUser)('starts from a 0700 folder of its own with a space in its path, runs as that user and answers', async () => {
    const account = asOrdinaryUser!;
    const layout = userLayout(account);
    const native = path.join(layout.folder, 'my checkout', 'native');
    cpSync(await npmNativeDir(), native, { recursive: true, verbatimSymlinks: true });
    chownTree(layout.folder, account);
    // Nobody else may enter the layout: what the user can do there, it does as itself.
    expect(statSync(layout.folder).mode & 0o777).toBe(0o700);
    expect(statSync(layout.folder).uid).toBe(account.uid);

    const outcome = runAsUser(account, layout.program, native, layout.tmp);
    expect(outcome).toMatchObject({ ok: true, one: 1, uid: account.uid, backendUid: account.uid, runsAs: account.name });
    expect((outcome as { root: string }).root.startsWith(layout.tmp)).toBe(true);
    expect(existsSync((outcome as { root: string }).root)).toBe(false);
  });

  it.runIf(asOrdinaryUser)('a checkout under a folder that user cannot enter: names that folder and what to do', () => {
    const account = asOrdinaryUser!;
    const layout = userLayout(account);
    // Someone else's private folder (root's, or for an ordinary user one it has closed to itself).
    const closed = mkdtempSync(path.join(os.tmpdir(), 'lm-closed checkout-'));
    scratch.push(closed);
    mkdirSync(path.join(closed, 'native', 'bin'), { recursive: true });
    chmodSync(closed, isRoot ? 0o700 : 0o000);
    try {
      const outcome = runAsUser(account, layout.program, path.join(closed, 'native'), layout.tmp);
      expect(outcome).toMatchObject({ ok: false, name: 'EmbeddedServerError' });
      const message = (outcome as { message: string }).message;
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toContain(
        `user "${account.name}" cannot enter ${closed} (mode ${isRoot ? '0700' : '0000'}) on the way to ${path.join(closed, 'native', 'bin', 'postgres')}: ` +
          `let that user in (chmod o+x ${closed}) or move the checkout`,
      );
      expect(message).toContain('DATABASE_URL');
    } finally {
      chmodSync(closed, 0o700);
    }
  });

  it.runIf(asOrdinaryUser)('a server binary that user may not execute: names the file and what to do', () => {
    const account = asOrdinaryUser!;
    const layout = userLayout(account);
    const binary = path.join(layout.folder, 'my checkout', 'native', 'bin', 'postgres');
    mkdirSync(path.dirname(binary), { recursive: true });
    writeFileSync(binary, '#!/bin/sh\n', { mode: 0o644 });
    chownTree(layout.folder, account);
    const outcome = runAsUser(account, layout.program, path.dirname(path.dirname(binary)), layout.tmp);
    expect(outcome).toMatchObject({ ok: false, name: 'EmbeddedServerError' });
    expect((outcome as { message: string }).message).toMatch(
      new RegExp(
        `^embedded PostgreSQL cannot run: user "${account.name}" may not execute ${escapeRegExp(binary)} \\(mode 0644\\): run pnpm install again`,
      ),
    );
  });

  it.runIf(asOrdinaryUser)('a temp folder that user cannot write (for the data folder): names it and what to do', async () => {
    const account = asOrdinaryUser!;
    const layout = userLayout(account);
    const readOnlyTmp = path.join(layout.folder, 'read-only tmp');
    mkdirSync(readOnlyTmp);
    chownTree(layout.folder, account);
    chmodSync(readOnlyTmp, 0o555);
    const outcome = runAsUser(account, layout.program, await npmNativeDir(), readOnlyTmp);
    expect(outcome).toMatchObject({ ok: false, name: 'EmbeddedServerError' });
    expect((outcome as { message: string }).message).toContain(
      `embedded PostgreSQL cannot create its data folder in ${readOnlyTmp} (EACCES): that folder must exist and user "${account.name}" must be able to write in it; point TMPDIR at such a folder`,
    );
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
        const started = server as { stop?(): Promise<void>; dispose?(): Promise<void> };
        await (started.stop ?? started.dispose)!();
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
        /cannot create its data folder in .*lm-no-such-tmp.*\(ENOENT\): that folder must exist and .* point TMPDIR at such a folder/,
      );
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  /** Runs `fn` with TMPDIR at a fresh folder of its own, and returns what was left in it afterwards. */
  async function leftInFreshTmp(fn: () => Promise<void>): Promise<string[]> {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-port-tmp-'));
    scratch.push(tmp);
    chmodSync(tmp, 0o755); // as root, the server's user must be able to enter it
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      await fn();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    return readdirSync(tmp);
  }

  const embeddedOn = (port: string) => provisionPostgres({ env: { LEADMETRICS_POSTGRES: 'embedded', LEADMETRICS_EMBEDDED_PORT: port } });

  it('the port it is told to use (LEADMETRICS_EMBEDDED_PORT) is held by another program; once free, it is used', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const left = await leftInFreshTmp(() =>
        expectOneLine(
          embeddedOn(String(port)),
          new RegExp(
            `^embedded PostgreSQL did not start: port ${port} on 127\\.0\\.0\\.1 is already in use by another program: stop that program, choose another port with LEADMETRICS_EMBEDDED_PORT`,
          ),
        ),
      );
      expect(left).toEqual([]); // the data folder it had made is gone again
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
    // The same setting with the port free: the server is there, on that port.
    const provisioned = await embeddedOn(String(port));
    try {
      expect(new URL(provisioned.url).port).toBe(String(port));
      expect(await answers(provisioned.url)).toBe(1);
    } finally {
      await provisioned.dispose();
    }
  });

  const unprivilegedFrom = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'));
  it.runIf(unprivilegedFrom > 80)("a port below 1024, which the server's user may not listen on", async () => {
    await expectOneLine(
      embeddedOn('80'),
      /did not start: user "[^"]+" may not listen on port 80 \(ports below 1024 need privileges\): choose a port of 1024 or above/,
    );
  });

  it.runIf(isRoot)("as root, a TMPDIR the server's user cannot enter: names the folder and what to do", async () => {
    const closed = mkdtempSync(path.join(os.tmpdir(), 'lm-closed-tmp-'));
    scratch.push(closed);
    chmodSync(closed, 0o700);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = closed;
    try {
      await expectOneLine(
        startEmbeddedServer(),
        new RegExp(
          `^embedded PostgreSQL cannot keep its data in ${escapeRegExp(closed)}: user "\\w+", who runs the server, cannot enter ${escapeRegExp(closed)} \\(mode 0700\\): point TMPDIR at a folder that user can enter`,
        ),
      );
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(closed)).toEqual([]);
  });

  it('a LEADMETRICS_EMBEDDED_PORT that is no port', async () => {
    const error = await embeddedOn('54a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionSettingError);
    expect((error as Error).message).toBe('LEADMETRICS_EMBEDDED_PORT is "54a"; use a TCP port number (1024 to 65535) or leave it unset');
  });
});
