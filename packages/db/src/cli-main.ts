// How every command of this repository ends: its main's exit code, or, when the environment lets
// it down (no database, wrong password, read-only folder, full disk, Ctrl-C), one line that says
// what happened and what to do, and exit code 2. Never a stack trace, unless LEADMETRICS_DEBUG=1.
//
// Exit codes: 0 ok, 1 the check failed, 2 could not run, 130/143 interrupted (Ctrl-C / SIGTERM).
import { accessSync, constants, existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runInterruptCleanups } from './exit-cleanup.js';
import { isProvisionError } from './provision.js';

export interface CliMainOptions {
  /** The command handles Ctrl-C itself (e.g. to undo a half-done load); otherwise it stops at once. */
  handlesInterrupt?: boolean;
  /** Appended to a failure to write a file, e.g. "write the report elsewhere with --report <dir>". */
  writeHint?: string;
}

const FILE_PROBLEMS: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'no such file or directory',
};

const SERVER_PROBLEMS: Record<string, string> = {
  '53100': 'the database server ran out of disk space; free space where its data lives, then run again',
  '53200': 'the database server ran out of memory; give it more or use a smaller --scale',
  '53300': 'the database server accepts no more connections; close some or raise max_connections',
  '57P01': 'the database server was shut down while we worked; start it and run again',
  '57P02': 'the database server crashed while we worked; look at its log, then run again',
  '57P03': 'the database server is starting up or shutting down; wait and run again',
  '42501': 'the database user lacks a privilege we need (creating databases, for one); use a user that has CREATEDB',
  '28P01': 'the server refused the user name or password; fix them in the database URL (DATABASE_URL or --database-url)',
  '3D000': 'the database in the URL does not exist; create it or name another',
};

const CONNECTION_LOST = /Connection terminated|server closed the connection|ECONNRESET|Connection ended unexpectedly/i;

/**
 * Creates `dir` and writes and removes a file in it; throws the file system's error otherwise. A command that writes
 * its output at the end calls it first, so a folder it cannot write is said before the work, not after it.
 */
export async function probeWritable(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const probe = path.join(dir, `.write-test-${process.pid}`);
  await writeFile(probe, '');
  await rm(probe, { force: true });
}

/** EROFS, EACCES, ... for the nearest existing folder above `target`, or undefined when it is writable. */
function writeProblemOfNearestFolder(target: string): string | undefined {
  let dir = path.dirname(target);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
  // access() says yes on a read-only mount for root: try for real.
  const probe = path.join(dir, `.write-test-${process.pid}`);
  try {
    mkdirSync(probe);
    rmdirSync(probe);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? text
  );
}

/**
 * One line for a failure of the environment (database, files, disk), or undefined for anything else
 * (which is a bug in the command, not in the user's set-up).
 */
export function explainEnvironmentalError(error: unknown, options: CliMainOptions = {}): string | undefined {
  // A wrapper ("Cannot connect to ...: ...") keeps the original as its cause: that one tells.
  for (
    let cause = (error as { cause?: unknown })?.cause, depth = 0;
    cause && depth < 5;
    cause = (cause as { cause?: unknown }).cause, depth++
  ) {
    const explained = explainOne(cause, options);
    if (explained) return explained;
  }
  return explainOne(error, options);
}

function explainOne(error: unknown, options: CliMainOptions): string | undefined {
  if (isProvisionError(error)) return firstLine(error.message);
  const { path, syscall, message = '' } = (error ?? {}) as { code?: string; path?: string; syscall?: string; message?: string };
  let { code } = (error ?? {}) as { code?: string };
  // Node's recursive mkdir reports a folder it may not write into as ENOENT: ask the folder itself.
  if (code === 'ENOENT' && syscall === 'mkdir' && path) code = writeProblemOfNearestFolder(path) ?? code;
  if (code && FILE_PROBLEMS[code] && path) {
    const hint =
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'free some space and run again'
        : code === 'ENOENT'
          ? 'check the path'
          : 'make it writable or choose another folder';
    return `cannot ${syscall ?? 'write'} ${path}: ${FILE_PROBLEMS[code]}; ${options.writeHint ?? hint}`;
  }
  if (code === '42501' && /permission denied to create database/i.test(message)) {
    return (
      `PostgreSQL said "${firstLine(message)}": the database user lacks the CREATEDB privilege, and this command makes throw-away databases; ` +
      'grant it (ALTER ROLE <user> CREATEDB) or use a user that has it in the database URL (DATABASE_URL or --database-url)'
    );
  }
  if (code && SERVER_PROBLEMS[code]) return `PostgreSQL said "${firstLine(message)}": ${SERVER_PROBLEMS[code]}`;
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENOTFOUND') {
    return `cannot reach PostgreSQL (${firstLine(message)}): nothing answers there; start the server or fix the host and port in the URL`;
  }
  if (code === 'ETIMEDOUT' || CONNECTION_LOST.test(message)) {
    return `lost the connection to PostgreSQL (${firstLine(message)}); check that the server runs and is reachable, then run again`;
  }
  if (/No space left on device/i.test(message)) {
    return `the disk filled up (${firstLine(message)}): ${SERVER_PROBLEMS['53100']}`;
  }
  // Prisma wraps the same conditions in its own codes.
  if (code === 'P1001' || code === 'P1002' || code === 'P1017')
    return `the database server is out of reach (${firstLine(message)}); check that it runs, then run again`;
  if (code === 'P1000')
    return `the server refused the credentials (${firstLine(message)}); fix the user name and password in the database URL (DATABASE_URL or --database-url)`;
  return undefined;
}

/** The one line for any failure: the environmental explanation, else a short "unexpected error". */
export function explainFailure(error: unknown, options: CliMainOptions = {}): string {
  const environmental = explainEnvironmentalError(error, options);
  if (environmental) return environmental;
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${firstLine(error.message)}` : String(error);
  return `unexpected error: ${text} (run again with LEADMETRICS_DEBUG=1 to see where it came from)`;
}

/** How long an interrupted command waits for its clean-up (databases it made) before it ends anyway. */
const INTERRUPT_CLEANUP_LIMIT_MS = 15_000;

/** Runs a command's main and ends the process with its exit code, or with one line and exit code 2. */
export function runCliMain(name: string, main: () => Promise<number> | number, options: CliMainOptions = {}): void {
  let interrupted = false;
  if (!options.handlesInterrupt) {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      // `on`, not `once`: signal-exit (the exit hooks that stop our servers) ends the process itself, before our
      // clean-up has run, when it finds no other listener left for the signal. A second Ctrl-C ends it at once.
      process.on(signal, () => {
        if (interrupted) process.exit(code);
        interrupted = true;
        // Databases it made are dropped first, while their server still runs; servers and containers we started
        // are then stopped by their exit hooks as the process ends.
        void runInterruptCleanups(INTERRUPT_CLEANUP_LIMIT_MS).then(() => {
          process.stderr.write(`\n${name}: interrupted (${signal}); stopped, and what it had started is cleaned up\n`);
          process.exit(code);
        });
      });
    }
  }
  // Once interrupted, the interrupt ends the process: main failing meanwhile (its databases dropped) is no news.
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (!interrupted) process.exit(code);
      },
      (error: unknown) => {
        if (interrupted) return;
        process.stderr.write(`${name}: ${explainFailure(error, options)}\n`);
        if (process.env.LEADMETRICS_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
        process.exit(2);
      },
    );
}
