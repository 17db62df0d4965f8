// Figures of a run, and the targets they are held against. A missed target names the finding
// (chain step) that missed it and why, from the same records the figures come from.
import { findingOfFolder } from './chain.js';
import type { HarnessRun, StepRecord } from './harness.js';
import { MIGRATING_PHASES, type RequestRecord } from './types.js';

export interface Limits {
  /** Longest acceptable lock wait of an application request. */
  maxLockWaitMs: number;
  /** Longest acceptable ACCESS EXCLUSIVE hold on a table with more than `bigTableRows` rows. */
  maxAccessExclusiveMs: number;
  bigTableRows: number;
  /** p99 during the chain at most this many times the p99 before it. */
  maxP99Ratio: number;
  minBackfillRowsPerSecond: number;
  /** The phased chain at most this many times today's chain. */
  maxPhasedOverSingle: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxLockWaitMs: 1000,
  maxAccessExclusiveMs: 1000,
  bigTableRows: 100_000,
  maxP99Ratio: 2,
  minBackfillRowsPerSecond: 30_000,
  maxPhasedOverSingle: 5,
};

export interface Latency {
  requests: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface TableHold {
  maxMs: number;
  rows: number;
  step: string | null;
}

export interface Target {
  name: string;
  target: string;
  actual: string;
  met: boolean | null;
  /** For a missed target: the finding and step responsible, and why. */
  why?: string;
}

export interface SecondBucket {
  second: number;
  requests: number;
  errors: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface RunSummary {
  chain: string;
  description: string;
  failedRequests: number;
  requests: number;
  lostWrites: number;
  committedWrites: number;
  quarantinedWrites: number;
  maxLockWaitMs: number;
  migrationMaxLockWaitMs: number;
  maxAccessExclusiveMs: number;
  maxAccessExclusiveMsByTable: Record<string, TableHold>;
  latencyBefore: Latency;
  latencyDuring: Latency;
  latencyAfter: Latency;
  p99Ratio: number | null;
  backfillRowsPerSecond: number | null;
  backfillRows: number;
  /** Wall time of the chain itself (first step start to last step end). */
  totalSeconds: number;
  runSeconds: number;
  chainError: string | null;
  ledgerProblems: string[];
  /** Failed requests grouped by application, request and error; `step` is the step running at the first one. */
  failures: { op: string; app: string; step: string | null; stepBefore: string | null; error: string; count: number }[];
  lostSample: HarnessRun['writes']['lost'];
  steps: (StepRecord & { seconds: number; failedRequests: number; maxLockWaitMs: number; holds: Record<string, number> })[];
  perSecond: SecondBucket[];
  phases: HarnessRun['phases'];
  sampler: { intervalMs: number; samples: number; worstGapMs: number };
  workload: HarnessRun['options'];
  targets: Target[];
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function latencyOf(requests: readonly RequestRecord[]): Latency {
  const values = requests.map((r) => r.latencyMs);
  return { requests: values.length, p50Ms: round(percentile(values, 50)), p99Ms: round(percentile(values, 99)) };
}

const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

function perSecond(requests: readonly RequestRecord[], totalMs: number): SecondBucket[] {
  const buckets: RequestRecord[][] = Array.from({ length: Math.ceil(totalMs / 1000) + 1 }, () => []);
  // A request belongs to the second it finished in: that is when its latency became known.
  for (const r of requests) buckets[Math.min(buckets.length - 1, Math.floor((r.startMs + r.latencyMs) / 1000))]!.push(r);
  return buckets.map((bucket, second) => ({
    second,
    requests: bucket.length,
    errors: bucket.filter((r) => !r.ok).length,
    p50Ms: round(
      percentile(
        bucket.map((r) => r.latencyMs),
        50,
      ),
    ),
    p99Ms: round(
      percentile(
        bucket.map((r) => r.latencyMs),
        99,
      ),
    ),
  }));
}

function failuresOf(requests: readonly RequestRecord[], steps: readonly StepRecord[]): RunSummary['failures'] {
  const groups = new Map<string, RunSummary['failures'][number] & { firstMs: number }>();
  for (const r of requests.filter((x) => !x.ok)) {
    const key = `${r.app}\u0000${r.op}\u0000${r.error}`;
    const group = groups.get(key) ?? {
      op: r.op,
      app: r.app,
      step: r.step,
      stepBefore: null,
      error: r.error ?? '',
      count: 0,
      firstMs: r.startMs,
    };
    group.count++;
    if (r.startMs <= group.firstMs) Object.assign(group, { firstMs: r.startMs, step: r.step });
    groups.set(key, group);
  }
  // A failure that starts while a step runs was caused by that step or by one finished just before
  // (requests of that kind may not have come up in between): both are named.
  return [...groups.values()]
    .map(({ firstMs, ...group }) => ({ ...group, stepBefore: steps.filter((s) => s.endMs <= firstMs).at(-1)?.name ?? null }))
    .sort((a, b) => b.count - a.count);
}

const findingLabel = (step: string | null) => {
  if (!step) return 'no chain step (outside the chain)';
  const finding = findingOfFolder(step);
  return finding === null ? `step ${step}` : `finding ${finding} (${step})`;
};

export function summarise(run: HarnessRun, limits: Limits = DEFAULT_LIMITS): RunSummary {
  const applicationWaits = run.locks.waits.filter((w) => w.waiter === 'legacy' || w.waiter === 'corrected');
  const migrationWaits = run.locks.waits.filter((w) => w.waiter === 'migration');
  const byTable: Record<string, TableHold> = {};
  for (const hold of run.locks.holds.filter((h) => h.holder === 'migration')) {
    const known = byTable[hold.table];
    if (!known || hold.holdMs > known.maxMs)
      byTable[hold.table] = {
        maxMs: Math.round(hold.holdMs),
        rows: Math.round(Math.max(hold.rows, run.tableRows[hold.table] ?? 0)),
        step: hold.step,
      };
  }
  const during = run.requests.filter((r) => MIGRATING_PHASES.includes(r.phase));
  const latencyBefore = latencyOf(run.requests.filter((r) => r.phase === 'before'));
  const latencyDuring = latencyOf(during);
  const backfills = run.steps.filter((s) => s.phase === 'backfill');
  const backfillRows = backfills.reduce((sum, s) => sum + (s.rowsBackfilled ?? 0), 0);
  const backfillSeconds = backfills.reduce((sum, s) => sum + (s.endMs - s.startMs) / 1000, 0);
  const steps = run.steps.map((step) => {
    const holds: Record<string, number> = {};
    for (const hold of run.locks.holds.filter((h) => h.holder === 'migration' && h.step === step.name))
      holds[hold.table] = Math.max(holds[hold.table] ?? 0, Math.round(hold.holdMs));
    return {
      ...step,
      seconds: Number(((step.endMs - step.startMs) / 1000).toFixed(2)),
      failedRequests: run.requests.filter((r) => !r.ok && r.step === step.name).length,
      maxLockWaitMs: Math.round(Math.max(0, ...applicationWaits.filter((w) => w.step === step.name).map((w) => w.maxWaitMs))),
      holds,
    };
  });
  const summary: RunSummary = {
    chain: run.chain.name,
    description: run.chain.description,
    failedRequests: run.requests.filter((r) => !r.ok).length,
    requests: run.requests.length,
    lostWrites: run.writes.lost.length,
    committedWrites: run.writes.committed,
    quarantinedWrites: run.writes.quarantined,
    maxLockWaitMs: Math.round(Math.max(0, ...applicationWaits.map((w) => w.maxWaitMs))),
    migrationMaxLockWaitMs: Math.round(Math.max(0, ...migrationWaits.map((w) => w.maxWaitMs))),
    maxAccessExclusiveMs: Math.max(0, ...Object.values(byTable).map((h) => h.maxMs)),
    maxAccessExclusiveMsByTable: Object.fromEntries(Object.entries(byTable).sort(([, a], [, b]) => b.maxMs - a.maxMs)),
    latencyBefore,
    latencyDuring,
    latencyAfter: latencyOf(run.requests.filter((r) => r.phase === 'after')),
    p99Ratio: latencyBefore.p99Ms && latencyDuring.p99Ms !== null ? round(latencyDuring.p99Ms / latencyBefore.p99Ms, 2) : null,
    backfillRowsPerSecond: backfills.length > 0 && backfillSeconds > 0 ? Math.round(backfillRows / backfillSeconds) : null,
    backfillRows,
    totalSeconds: Number(((run.chainEndMs - run.chainStartMs) / 1000).toFixed(2)),
    runSeconds: Number((run.totalMs / 1000).toFixed(2)),
    chainError: run.chainError,
    ledgerProblems: run.ledgerProblems,
    failures: failuresOf(run.requests, run.steps),
    lostSample: run.writes.lost.slice(0, 20),
    steps,
    perSecond: perSecond(run.requests, run.totalMs),
    phases: run.phases,
    sampler: { intervalMs: run.locks.intervalMs, samples: run.locks.samples, worstGapMs: Math.round(run.locks.worstGapMs) },
    workload: run.options,
    targets: [],
  };
  summary.targets = targetsOf(summary, run, limits);
  return summary;
}

/** Failed requests and lost writes: what the applications noticed. */
function outcomeTargets(s: RunSummary): Target[] {
  const targets: Target[] = [];
  const worstFailure = s.failures[0];
  targets.push({
    name: 'failed requests',
    target: '0',
    actual: String(s.failedRequests),
    met: s.failedRequests === 0,
    ...(worstFailure && {
      why: `${worstFailure.count}× ${worstFailure.app} ${worstFailure.op} from ${findingLabel(worstFailure.step)} on${worstFailure.stepBefore ? ` (or ${findingLabel(worstFailure.stepBefore)}, finished just before)` : ''}: ${worstFailure.error}`,
    }),
  });
  const lost = s.lostSample[0];
  targets.push({
    name: 'lost writes',
    target: '0',
    actual: String(s.lostWrites),
    met: s.lostWrites === 0,
    ...(lost && { why: `${lost.app} ${lost.kind} ${lost.key}: ${lost.found}` }),
  });
  return targets;
}

/** Lock waits of requests and ACCESS EXCLUSIVE holds on big tables. */
function lockTargets(s: RunSummary, run: HarnessRun, limits: Limits): Target[] {
  const targets: Target[] = [];
  const worstWait = run.locks.waits.find((w) => w.waiter === 'legacy' || w.waiter === 'corrected');
  targets.push({
    name: 'longest lock wait of a request',
    target: `≤ ${limits.maxLockWaitMs} ms`,
    actual: `${s.maxLockWaitMs} ms`,
    met: s.maxLockWaitMs <= limits.maxLockWaitMs,
    ...(worstWait &&
      s.maxLockWaitMs > limits.maxLockWaitMs && {
        why: `${findingLabel(worstWait.step)}: ${worstWait.waiter} waited ${Math.round(worstWait.maxWaitMs)} ms for ${worstWait.mode} on ${worstWait.target}`,
      }),
  });
  const bigHolds = Object.entries(s.maxAccessExclusiveMsByTable).filter(
    ([, h]) => h.rows > limits.bigTableRows && h.maxMs > limits.maxAccessExclusiveMs,
  );
  const worstBig = Math.max(
    0,
    ...Object.values(s.maxAccessExclusiveMsByTable)
      .filter((h) => h.rows > limits.bigTableRows)
      .map((h) => h.maxMs),
  );
  targets.push({
    name: `ACCESS EXCLUSIVE on a table over ${limits.bigTableRows.toLocaleString('en-US')} rows`,
    target: `≤ ${limits.maxAccessExclusiveMs} ms`,
    actual: `${worstBig} ms`,
    met: bigHolds.length === 0,
    ...(bigHolds.length > 0 && {
      why: bigHolds
        .slice(0, 5)
        .map(([table, h]) => `${findingLabel(h.step)}: ${table} (${h.rows.toLocaleString('en-US')} rows) ${h.maxMs} ms`)
        .join('; '),
    }),
  });
  return targets;
}

/** Latency, backfill throughput and how the chain itself went. */
function chainTargets(s: RunSummary, run: HarnessRun, limits: Limits): Target[] {
  const targets: Target[] = [];
  const worstStep = [...s.steps]
    .map((step) => ({
      step,
      p99:
        percentile(
          run.requests.filter((r) => r.step === step.name).map((r) => r.latencyMs),
          99,
        ) ?? 0,
    }))
    .sort((a, b) => b.p99 - a.p99)[0];
  targets.push({
    name: 'p99 during the chain / p99 before',
    target: `≤ ${limits.maxP99Ratio}×`,
    actual: s.p99Ratio === null ? 'n/a' : `${s.p99Ratio}× (${s.latencyDuring.p99Ms} ms / ${s.latencyBefore.p99Ms} ms)`,
    met: s.p99Ratio === null ? null : s.p99Ratio <= limits.maxP99Ratio,
    ...(s.p99Ratio !== null &&
      s.p99Ratio > limits.maxP99Ratio &&
      worstStep && { why: `${findingLabel(worstStep.step.name)}: p99 ${Math.round(worstStep.p99)} ms while it ran` }),
  });
  const slowest = s.steps
    .filter((x) => x.phase === 'backfill' && (x.rowsBackfilled ?? 0) > 0)
    .sort((a, b) => (a.rowsBackfilled ?? 0) / a.seconds - (b.rowsBackfilled ?? 0) / b.seconds)[0];
  targets.push({
    name: 'backfill throughput under traffic',
    target: `≥ ${limits.minBackfillRowsPerSecond.toLocaleString('en-US')} rows/s`,
    actual:
      s.backfillRowsPerSecond === null ? 'n/a (no backfill in this chain)' : `${s.backfillRowsPerSecond.toLocaleString('en-US')} rows/s`,
    met: s.backfillRowsPerSecond === null ? null : s.backfillRowsPerSecond >= limits.minBackfillRowsPerSecond,
    ...(s.backfillRowsPerSecond !== null &&
      s.backfillRowsPerSecond < limits.minBackfillRowsPerSecond &&
      slowest && { why: `${findingLabel(slowest.name)}: ${slowest.rowsBackfilled ?? 0} rows in ${slowest.seconds} s` }),
  });
  const retried = s.steps.filter((step) => (step.failedAttempts?.length ?? 0) > (step.error ? 1 : 0));
  targets.push({
    name: 'chain steps rolled back and retried (deadlock, lock timeout)',
    target: '0',
    actual: String(retried.length),
    met: retried.length === 0,
    ...(retried[0] && { why: `${findingLabel(retried[0].name)}: ${retried[0].failedAttempts![0]}` }),
  });
  if (s.chainError) targets.push({ name: 'chain completed', target: 'yes', actual: 'no', met: false, why: s.chainError });
  if (s.ledgerProblems.length > 0)
    targets.push({
      name: 'ledger balance (verify accounting)',
      target: 'balanced',
      actual: `${s.ledgerProblems.length} problems`,
      met: false,
      why: s.ledgerProblems[0],
    });
  return targets;
}

function targetsOf(s: RunSummary, run: HarnessRun, limits: Limits): Target[] {
  return [...outcomeTargets(s), ...lockTargets(s, run, limits), ...chainTargets(s, run, limits)];
}

/** The target between the two chains: the phased chain's time against today's on the same data. */
export function comparisonTarget(phased: RunSummary, single: RunSummary, limits: Limits = DEFAULT_LIMITS): Target {
  const ratio = single.totalSeconds > 0 ? phased.totalSeconds / single.totalSeconds : Number.POSITIVE_INFINITY;
  const slowest = [...phased.steps].sort((a, b) => b.seconds - a.seconds)[0];
  return {
    name: 'phased chain time / single-transaction chain time',
    target: `≤ ${limits.maxPhasedOverSingle}×`,
    actual: `${ratio.toFixed(2)}× (${phased.totalSeconds} s / ${single.totalSeconds} s)`,
    met: ratio <= limits.maxPhasedOverSingle,
    ...(ratio > limits.maxPhasedOverSingle &&
      slowest && { why: `${findingLabel(slowest.name)} took ${slowest.seconds} s of the phased chain` }),
  };
}
