// How `pnpm verify` ends, run as a user runs it (the real CLI in a child process): the last line
// agrees with the report; an environment that lets it down gives one line, no stack trace and exit
// code 2; Ctrl-C leaves no server and no folder behind.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort, MIN_SERVER_MAJOR, startEmbeddedServer, withPgClient } from '@leadmetrics/db';
import { readOnlyFolder, startOldServer, testServer } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { expectTerminalAgreesWithReport } from './support/verdict-agreement.js';

const appRoot = fileURLToPath(new URL('../', import.meta.url));
const tsxLoader = fileURLToPath(import.meta.resolve('tsx'));
const scratch: string[] = [];
const releases: Array<() => void> = [];
afterAll(() => {
  for (const release of releases) release();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  lastLine: string;
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCommand([process.execPath, '--import', tsxLoader, path.join(appRoot, 'src', 'cli.ts'), ...args], env);
}

function runCommand(command: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const child = spawn(command[0]!, command.slice(1), { cwd: appRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      const lines = `${stdout}${stderr}`.trim().split('\n');
      resolve({ code, signal, stdout, stderr, lastLine: lines.at(-1) ?? '' });
    }),
  );
}

/** `pnpm verify` as the user runs it: its package script, through a shell, with the workspace's tools on PATH. */
function runScript(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const script = (JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { scripts: { verify: string } }).scripts.verify;
  const binPath = [
    path.join(appRoot, 'node_modules', '.bin'),
    path.join(appRoot, '..', '..', 'node_modules', '.bin'),
    process.env.PATH,
  ].join(':');
  const [shell, ...rest] = ['sh', '-c', `${script} "$@"`, 'verify', ...args];
  return runCommand([shell!, ...rest], { ...env, PATH: binPath });
}

/** Processes whose command line names `dir` (a server whose data lives there). */
function processesUsing(dir: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) found.push(Number(entry));
    } catch {
      // it ended while we looked
    }
  }
  return found;
}

/** What a run left in a temp folder: tsx's compile cache (tsx-<uid>) stays on purpose, anything else would be ours. */
const leftIn = (dir: string) => readdirSync(dir).filter((entry) => !/^tsx-\d+$/.test(entry));

/** The one-line contract: exit code 2, a last line that says what to do, no stack frames anywhere. */
function expectOneLineFailure(run: CliRun, pattern: RegExp): void {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(2);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(run.lastLine).toMatch(pattern);
}

describe('pnpm verify, its last line and its report', () => {
  it('a cherry-pick (--only) says how many findings it proved and how many it did not apply, as the report does', async () => {
    const server = await testServer();
    const reportDir = tempDir('lm-cli-only-');
    const run = await runCli(['--only', '12', '--database-url', server.url, '--report', reportDir]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.lastLine).toMatch(/^✓ verify passed/);
    await expectTerminalAgreesWithReport(run.lastLine, reportDir);
    expect(run.lastLine).toMatch(/not applied/);
  });
});

describe('pnpm verify when the environment lets it down', () => {
  it('an unreachable --database-url: one line naming host and port, exit code 2', async () => {
    const port = await findFreePort();
    const reportDir = tempDir('lm-cli-unreachable-');
    const run = await runCli(['--only', '12', '--database-url', `postgresql://postgres@127.0.0.1:${port}/postgres`, '--report', reportDir]);
    expectOneLineFailure(run, new RegExp(`could not run: .*127\\.0\\.0\\.1:${port}.*nothing listens there`));
    // The report tells the same story: it could not run, for the same reason; it claims no failure.
    const report = readFileSync(path.join(reportDir, 'verify-report.md'), 'utf8');
    const why = run.lastLine.slice(run.lastLine.indexOf('could not run: ') + 'could not run: '.length);
    expect(report).toContain(`**COULD NOT RUN**: ${why}`);
    expect(report).not.toContain('**FAILED**');
    expect(report).toContain('no PostgreSQL reached');
  });

  it('a wrong password on a server with password authentication: one line, exit code 2', async () => {
    const server = await startEmbeddedServer();
    try {
      const wrong = new URL(server.url);
      wrong.password = 'not-the-password';
      const run = await runCli(['--only', '12', '--database-url', wrong.toString(), '--report', tempDir('lm-cli-password-')]);
      expectOneLineFailure(run, /could not run: .*password authentication failed.*fix the user name and password/);
      expect(`${run.stdout}${run.stderr}`).not.toContain('not-the-password');
    } finally {
      await server.stop();
    }
  });

  it('a server older than the migrations support: one line naming its version and what to do, exit code 2, nothing run on it', async () => {
    const old = await startOldServer('13.16');
    try {
      const run = await runCli(['--only', '12', '--database-url', old.url, '--report', tempDir('lm-cli-old-server-')]);
      expectOneLineFailure(
        run,
        new RegExp(
          `could not run: .*PostgreSQL 13 at 127\\.0\\.0\\.1:${old.port} \\(from --database-url\\) is older than the migrations support \\(${MIN_SERVER_MAJOR} or newer\\): point the database URL .* at a newer server`,
        ),
      );
      // It asked for the version and stopped there: nothing else was sent to that server.
      old.expectOnlyVersionAsked();
    } finally {
      await old.close();
    }
  });

  it('a user without CREATEDB: one line naming the privilege and how to grant it, exit code 2', async () => {
    const server = await testServer();
    const role = `lm_no_createdb_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(8).toString('hex');
    await withPgClient(server.url, (client) => client.query(`CREATE ROLE ${role} LOGIN NOCREATEDB PASSWORD '${password}'`));
    try {
      const url = new URL(server.url);
      url.username = role;
      url.password = password;
      const run = await runCli(['--only', '12', '--database-url', url.toString(), '--report', tempDir('lm-cli-no-createdb-')]);
      expectOneLineFailure(
        run,
        /could not run: .*permission denied to create database.*lacks the CREATEDB privilege.*ALTER ROLE <user> CREATEDB/,
      );
    } finally {
      await withPgClient(server.url, (client) => client.query(`DROP ROLE IF EXISTS ${role}`));
    }
  });

  it('embedded PostgreSQL told to use a port another program holds: one line naming the port, exit code 2', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const run = await runCli(['--only', '12', '--report', tempDir('lm-cli-port-')], {
        DATABASE_URL: undefined,
        LEADMETRICS_POSTGRES: 'embedded',
        LEADMETRICS_EMBEDDED_PORT: String(port),
      });
      expectOneLineFailure(
        run,
        new RegExp(
          `could not run: step 3 \\(migrate\\): embedded PostgreSQL did not start: port ${port} on 127\\.0\\.0\\.1 is already in use`,
        ),
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  describe('embedded PostgreSQL that cannot start, through pnpm verify', () => {
    const embedded = { DATABASE_URL: undefined, LEADMETRICS_POSTGRES: 'embedded' };

    it('a temp folder it cannot write (TMPDIR): one line naming the folder and TMPDIR, nothing left running', async () => {
      const folder = readOnlyFolder('lm-cli-tmp-readonly-');
      releases.push(() => folder.release());
      const run = await runScript(['--only', '12', '--report', tempDir('lm-cli-tmp-ro-report-')], { ...embedded, TMPDIR: folder.dir });
      expectOneLineFailure(
        run,
        new RegExp(
          `could not run: .*embedded PostgreSQL cannot create its data folder in ${folder.dir} \\((EROFS|EACCES)\\):.*point TMPDIR at such a folder`,
        ),
      );
      expect(processesUsing(folder.dir)).toEqual([]);
    });

    it.runIf(process.getuid?.() === 0)("as root, a temp folder the server's user cannot enter: names the folder and the user", async () => {
      const closed = tempDir('lm-cli-tmp-closed-');
      chmodSync(closed, 0o700);
      const run = await runScript(['--only', '12', '--report', tempDir('lm-cli-tmp-closed-report-')], { ...embedded, TMPDIR: closed });
      expectOneLineFailure(
        run,
        new RegExp(
          `could not run: .*user "\\w+", who runs the server, cannot enter ${closed} \\(mode 0700\\): point TMPDIR at a folder that user can enter`,
        ),
      );
      expect(leftIn(closed)).toEqual([]); // the data folder it had made is gone again
      expect(processesUsing(closed)).toEqual([]);
    });

    // A temp folder on a file system (tmpfs) too small for the server's data folder.
    const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
    it.runIf(canMount)('a temp folder on a disk too small for the data folder: says the disk is full and where', async () => {
      const small = tempDir('lm-cli-tmp-small-');
      chmodSync(small, 0o755);
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=6m,mode=1777', 'tmpfs', small]).status).toBe(0);
      releases.push(() => spawnSync('umount', ['-l', small]));
      const run = await runScript(['--only', '12', '--report', tempDir('lm-cli-tmp-small-report-')], { ...embedded, TMPDIR: small });
      expectOneLineFailure(
        run,
        new RegExp(`could not run: .*embedded PostgreSQL .*no space left on device in ${small}: free some space or point TMPDIR elsewhere`),
      );
      expect(leftIn(small)).toEqual([]);
      expect(processesUsing(small)).toEqual([]);
    });
  });

  it('a report folder it cannot write: one line before any work, exit code 2', async () => {
    const server = await testServer();
    const folder = readOnlyFolder('lm-cli-readonly-');
    releases.push(() => folder.release());
    const started = performance.now();
    const run = await runCli(['--database-url', server.url, '--report', folder.dir]);
    expectOneLineFailure(
      run,
      new RegExp(`verify: cannot open ${folder.dir}/.*${folder.refusal}; write the report elsewhere with --report <dir>`, 'i'),
    );
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('Ctrl-C while it works: says so, and leaves no server process and no folder behind', async () => {
    const command = [process.execPath, '--import', tsxLoader, path.join(appRoot, 'src', 'cli.ts')];
    const run = await interruptVerify(command, /embedded PostgreSQL listening on/, false);
    expect(run.code).toBe(130);
    expect(run.lastLine).toMatch(/verify: interrupted \(SIGINT\)/);
    expect(existsSync(run.root)).toBe(false);
    expect(await serverAnswers(run.port)).toBe(false);
  });

  it('Ctrl-C to pnpm verify (its package script, through a shell) while it seeds: nothing left behind', async () => {
    // Seeding keeps the event loop busy: a launcher that relays the signal and gives up on an answer within
    // milliseconds (tsx's command line did) would kill verify half-way through its clean-up.
    const script = (JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { scripts: { verify: string } }).scripts.verify;
    const binPath = [path.join(appRoot, 'node_modules', '.bin'), path.join(appRoot, '..', '..', 'node_modules', '.bin')].join(':');
    // Quoted: the checkout's path may hold spaces.
    const quotedBinPath = `'${binPath.replace(/'/g, `'\\''`)}'`;
    const run = await interruptVerify(['sh', '-c', `PATH=${quotedBinPath}:"$PATH" ${script} "$@"`, 'verify'], /0_baseline applied/, true);
    // sh ends itself with the signal once verify, which it waited for, has ended.
    expect({ code: run.code, signal: run.signal }).toEqual({ code: null, signal: 'SIGINT' });
    expect(run.lastLine).toMatch(/verify: interrupted \(SIGINT\)/);
    expect(existsSync(run.root)).toBe(false);
    expect(await serverAnswers(run.port)).toBe(false);
  });
});

function serverAnswers(port: number): Promise<boolean> {
  return withPgClient(`postgresql://postgres@127.0.0.1:${port}/postgres`, async () => true).catch(() => false);
}

/**
 * Runs `command --only 12` on embedded PostgreSQL and sends SIGINT once its output matches `when`: to the process, or
 * (`asTerminal`) to its whole process group, as Ctrl-C in a terminal does.
 */
async function interruptVerify(command: string[], when: RegExp, asTerminal: boolean) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LEADMETRICS_POSTGRES: 'embedded' };
  delete childEnv.DATABASE_URL;
  const args = [...command.slice(1), '--only', '12', '--report', tempDir('lm-cli-ctrl-c-')];
  const child = spawn(command[0]!, args, { cwd: appRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: asTerminal });
  let output = '';
  let server: { port: number; root: string } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /embedded PostgreSQL listening on 127\.0\.0\.1:(\d+) \(data in (.+?), running as/.exec(output);
      if (match) server ??= { port: Number(match[1]), root: match[2]! };
      if (server && when.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`verify ended before the moment to interrupt it:\n${output}`)));
  });
  if (asTerminal) process.kill(-child.pid!, 'SIGINT');
  else child.kill('SIGINT');
  const { code, signal } = await exited;
  return { code, signal, root: server!.root, port: server!.port, lastLine: output.trim().split('\n').at(-1) ?? '' };
}
