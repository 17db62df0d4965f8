// Run the ordinary Prisma CLI (the installed `prisma` package) through the offline schema-engine
// bridge, and collect what it printed. Used by tests, by the verify app and by the seed.
import { spawn } from 'node:child_process';
import { packageRoot, prismaCliWrapper } from './paths.js';

export interface RunPrismaOptions {
  /**
   * Becomes DATABASE_URL for the command (prisma.config.ts reads it). `null` removes an inherited
   * DATABASE_URL, for commands that must work without a database.
   */
  databaseUrl?: string | null;
  /** Becomes SHADOW_DATABASE_URL; `null` removes an inherited one. */
  shadowDatabaseUrl?: string | null;
  /** Working directory; the CLI finds prisma.config.ts there. Defaults to packages/db. */
  cwd?: string;
  /** Extra environment variables, applied last. */
  env?: NodeJS.ProcessEnv;
  /** Kill the CLI after this many milliseconds (default 120 s) and report it as a failure. */
  timeoutMs?: number;
  /** Text written to the CLI's stdin (for `db execute --stdin`). */
  input?: string;
}

export interface PrismaRunResult {
  /** Exit code; null when the process was killed (see `timedOut`). */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Wall-clock time of the whole CLI run. */
  durationMs: number;
}

function commandEnvironment(options: RunPrismaOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', NO_COLOR: '1' };
  // The CLI colours its output when it thinks it talks to a terminal; tests read plain text.
  delete env.FORCE_COLOR;
  const assign = (name: string, value: string | null | undefined) => {
    if (value === null) delete env[name];
    else if (value !== undefined) env[name] = value;
  };
  assign('DATABASE_URL', options.databaseUrl);
  assign('SHADOW_DATABASE_URL', options.shadowDatabaseUrl);
  return { ...env, ...options.env };
}

/**
 * `runPrisma(['migrate', 'deploy'], { databaseUrl })` runs `prisma migrate deploy` from
 * packages/db (or `cwd`) and resolves with its exit code and output; it never rejects because
 * the CLI failed.
 */
export function runPrisma(args: readonly string[], options: RunPrismaOptions = {}): Promise<PrismaRunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCliWrapper, ...args], {
      cwd: options.cwd ?? packageRoot,
      env: commandEnvironment(options),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut, durationMs: performance.now() - started });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Like runPrisma, but rejects with the CLI's output when it exits non-zero. */
export async function runPrismaOrThrow(args: readonly string[], options: RunPrismaOptions = {}): Promise<PrismaRunResult> {
  const result = await runPrisma(args, options);
  if (result.code !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim();
    throw new Error(`prisma ${args.join(' ')} failed (exit ${result.code ?? 'killed'}${result.timedOut ? ', timed out' : ''}):\n${output}`);
  }
  return result;
}
