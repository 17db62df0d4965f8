// The documented zero-downtime adoption (RUNBOOK.md), run as the separate processes an operator
// runs, so that any of them can be killed with SIGKILL at any moment:
//   pnpm backfill recover                                   (a no-op unless something was interrupted)
//   pnpm --filter @leadmetrics/db prisma migrate deploy     (expand; stops at the first contract folder)
//   pnpm backfill run --wait
//   pnpm backfill release                                   (where a team deploys its application first)
//   pnpm --filter @leadmetrics/db prisma migrate deploy     (contract)
// Every step is safe to repeat, so after any interruption the operator starts again from the top.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { packageRoot as dbRoot } from '@leadmetrics/db';

const prismaWrapper = path.join(dbRoot, 'bin', 'prisma.mjs');
const backfillCli = path.join(dbRoot, 'src', 'online', 'cli.ts');

export interface StepResult {
  step: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
}

export class StepFailedError extends Error {
  constructor(readonly result: StepResult) {
    super(
      `${result.step} ${result.signal ? `was killed (${result.signal})` : `exited ${result.code}`}:\n${result.output.trim().split('\n').slice(-8).join('\n')}`,
    );
  }
}

/** Runs the adoption's steps one at a time and can kill the one running (its whole process group). */
export class AdoptionRunner {
  private running: { step: string; child: ChildProcess } | null = null;
  private waiters: (() => void)[] = [];
  readonly log: string[] = [];

  constructor(private readonly databaseUrl: string) {}

  /** The step running now, or null between steps. */
  get current(): string | null {
    return this.running?.step ?? null;
  }

  /** Resolves as soon as a step is running (at once if one is). */
  whenRunning(): Promise<void> {
    return this.running ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  /** SIGKILL to the running step's process group (the Prisma CLI and its engine bridge alike). */
  killCurrent(): string | null {
    if (!this.running?.child.pid) return null;
    try {
      process.kill(-this.running.child.pid, 'SIGKILL');
    } catch {
      return null;
    }
    return this.running.step;
  }

  private run(step: string, command: string[]): Promise<StepResult> {
    const started = performance.now();
    return new Promise((resolve) => {
      const child = spawn(process.execPath, command, {
        cwd: dbRoot,
        detached: true, // its own process group, so a kill takes its children too
        env: { ...process.env, DATABASE_URL: this.databaseUrl, FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      this.running = { step, child };
      for (const wake of this.waiters.splice(0)) wake();
      child.on('close', (code, signal) => {
        this.running = null;
        const result = { step, code, signal, output, ms: performance.now() - started };
        this.log.push(`${step}: ${signal ?? `exit ${code}`} after ${Math.round(result.ms)} ms`);
        resolve(result);
      });
    });
  }

  deploy(): Promise<StepResult> {
    return this.run('prisma migrate deploy', [prismaWrapper, 'migrate', 'deploy']);
  }

  backfill(command: 'run' | 'release' | 'recover'): Promise<StepResult> {
    const extra = command === 'run' ? ['--wait', '--pause-ms', '0', '--progress', 'lines'] : [];
    return this.run(`backfill ${command}`, ['--import', 'tsx', backfillCli, command, ...extra]);
  }
}

function expectSuccess(result: StepResult): StepResult {
  if (result.code !== 0) throw new StepFailedError(result);
  return result;
}

/**
 * The documented sequence from the top. Throws a StepFailedError when a step fails for any reason
 * but the expected stop of the first deploy at a contract folder's guard (the pause).
 */
export async function adopt(runner: AdoptionRunner): Promise<void> {
  expectSuccess(await runner.backfill('recover'));
  const expand = await runner.deploy();
  if (expand.code === 0) return; // nothing left before or after the pause: done
  if (!/online pause:/.test(expand.output)) throw new StepFailedError(expand);
  expectSuccess(await runner.backfill('run'));
  expectSuccess(await runner.backfill('release'));
  expectSuccess(await runner.deploy());
}
