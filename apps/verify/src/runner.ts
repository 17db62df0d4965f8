// Runs the steps in order, times them, turns an exception into a failed step (never a crash),
// and skips a step whose prerequisites did not pass.
import { explainEnvironmentalError } from '@leadmetrics/db';
import type { VerifyContext } from './context.js';
import { displayPath } from './paths.js';
import type { Problem, StepId, StepResult, StepStatus } from './types.js';

/** ready() of the steps that work on the migrated database. */
export function needsMigratedDatabase(ctx: VerifyContext): string | null {
  return ctx.state.migrated && ctx.state.database ? null : 'step 3 left no migrated database';
}

/**
 * What the steps that drive the generated client (erasure, smoke) start from: the migrated database and
 * the corrected schema's tenant model. A cherry-pick run (--only) skips them, because the generated client
 * is for the fully corrected schema; that comes back as `skip`.
 */
export function clientStepInputs(ctx: VerifyContext):
  | { skip: StepOutcome<never> }
  | {
      skip?: undefined;
      database: NonNullable<VerifyContext['state']['database']>;
      graph: NonNullable<VerifyContext['state']['correctedGraph']>;
      tenantModel: NonNullable<NonNullable<VerifyContext['state']['correctedGraph']>['tenantModel']>;
      tenantKey: string;
    } {
  const { database } = ctx.state;
  const graph = ctx.state.correctedGraph;
  if (!database || !ctx.state.migrated) throw new Error('step 3 left no migrated database');
  if (ctx.options.only)
    return {
      skip: {
        status: 'skipped',
        summary: 'not checked in a cherry-pick run (--only): the generated client is for the fully corrected schema',
      },
    };
  if (!graph?.tenantModel || !graph.tenantKey) throw new Error('the corrected schema has no tenant model the graph can detect (step 2)');
  return { database, graph, tenantModel: graph.tenantModel, tenantKey: graph.tenantKey };
}

export interface StepOutcome<Details = unknown> {
  /** Default: 'failed' when there are problems, else 'passed'. */
  status?: StepStatus;
  summary: string;
  problems?: Problem[];
  details?: Details;
}

export interface Stopwatch {
  /** Runs `fn`, adding its duration to timings[name]. */
  time<T>(name: string, fn: () => Promise<T> | T): Promise<T>;
}

export interface Step<Details = unknown> {
  id: StepId;
  title: string;
  /**
   * Why the step cannot run yet (e.g. "step 3 left no migrated database"), or null. A step that
   * is not ready is skipped; the step that left it unready has already failed.
   */
  ready?(ctx: VerifyContext): string | null;
  run(ctx: VerifyContext, watch: Stopwatch): Promise<StepOutcome<Details>>;
}

export type RunnerEvent =
  | { type: 'step-start'; number: number; total: number; id: StepId; title: string }
  | { type: 'step-end'; total: number; result: StepResult }
  | { type: 'log'; line: string };

/** An error that knows where to look (a file, a table): the runner reports it with that location. */
export function located(message: string, lookAt: string, cause?: unknown): Error {
  return Object.assign(new Error(message, { cause }), { lookAt });
}

/** One problem from an exception: its message, and where to look when the error says. */
export function problemOf(error: unknown): Problem {
  const e = error as Error & { lookAt?: string; file?: string; line?: number | null };
  let where = e?.lookAt;
  // The migration harness's own errors name the file (and line) of the folder at fault. (pg's
  // errors also have file/line, but those are PostgreSQL's C sources: not where to look.)
  if (!where && (e?.name === 'MigrationFailedError' || e?.name === 'FrontMatterError') && e.file)
    where = `${displayPath(e.file)}${e.line ? `:${e.line}` : ''}`;
  return { message: e?.message ?? String(error), where };
}

export async function runSteps(steps: readonly Step[], ctx: VerifyContext, emit: (event: RunnerEvent) => void): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const [index, step] of steps.entries()) {
    const number = index + 1;
    emit({ type: 'step-start', number, total: steps.length, id: step.id, title: step.title });
    const timings: Record<string, number> = {};
    const watch: Stopwatch = {
      async time(name, fn) {
        const started = performance.now();
        try {
          return await fn();
        } finally {
          timings[name] = (timings[name] ?? 0) + (performance.now() - started);
        }
      },
    };
    const started = performance.now();
    const base = { id: step.id, number, title: step.title, durationMs: 0, timings };
    let result: StepResult;
    const blocked = step.ready?.(ctx) ?? null;
    if (blocked) {
      result = { ...base, status: 'skipped', summary: `not run: ${blocked}`, problems: [], details: null };
    } else {
      try {
        const outcome = await step.run(ctx, watch);
        const problems = outcome.problems ?? [];
        result = {
          ...base,
          status: outcome.status ?? (problems.length > 0 ? 'failed' : 'passed'),
          summary: outcome.summary,
          problems,
          details: outcome.details ?? null,
        };
      } catch (error) {
        const cannotRun = explainEnvironmentalError(error);
        const problem = cannotRun ? { message: cannotRun } : problemOf(error);
        result = { ...base, status: 'failed', summary: problem.message.split('\n')[0]!, problems: [problem], details: null };
        if (cannotRun) result.cannotRun = cannotRun;
      }
    }
    result.durationMs = performance.now() - started;
    results.push(result);
    emit({ type: 'step-end', total: steps.length, result });
  }
  return results;
}
