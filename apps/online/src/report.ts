// online-report.json, online-report.md and one SVG chart per chain, written side by side. The JSON
// carries the headline figures at its top level (from the phased chain when it ran, else from
// today's chain) and every run in full under `runs`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderChart } from './chart.js';
import { comparisonTarget, DEFAULT_LIMITS, type Limits, type RunSummary, type Target } from './summary.js';

export interface Environment {
  scale: string;
  databaseRows: number;
  server: string;
  provider: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; platform: string };
  /** 1-minute load average at the start and end of the runs; the machine is shared. */
  loadAverage: { start: number[]; end: number[] };
  startedAt: string;
  note?: string;
}

export interface OnlineReport {
  generatedAt: string;
  environment: Environment;
  limits: Limits;
  primaryChain: string;
  failedRequests: number;
  lostWrites: number;
  maxLockWaitMs: number;
  maxAccessExclusiveMs: number;
  maxAccessExclusiveMsByTable: RunSummary['maxAccessExclusiveMsByTable'];
  p50Ms: { before: number | null; during: number | null };
  p99Ms: { before: number | null; during: number | null };
  backfillRowsPerSecond: number | null;
  totalSeconds: number;
  targets: Target[];
  comparison: Target | null;
  runs: Record<string, RunSummary>;
}

export function buildReport(runs: RunSummary[], environment: Environment, limits: Limits = DEFAULT_LIMITS): OnlineReport {
  const phased = runs.find((r) => r.chain === 'phased');
  const single = runs.find((r) => r.chain === 'single-transaction');
  const primary = phased ?? runs[0]!;
  const comparison = phased && single ? comparisonTarget(phased, single, limits) : null;
  return {
    generatedAt: new Date().toISOString(),
    environment,
    limits,
    primaryChain: primary.chain,
    failedRequests: primary.failedRequests,
    lostWrites: primary.lostWrites,
    maxLockWaitMs: primary.maxLockWaitMs,
    maxAccessExclusiveMs: primary.maxAccessExclusiveMs,
    maxAccessExclusiveMsByTable: primary.maxAccessExclusiveMsByTable,
    p50Ms: { before: primary.latencyBefore.p50Ms, during: primary.latencyDuring.p50Ms },
    p99Ms: { before: primary.latencyBefore.p99Ms, during: primary.latencyDuring.p99Ms },
    backfillRowsPerSecond: primary.backfillRowsPerSecond,
    totalSeconds: primary.totalSeconds,
    targets: [...primary.targets, ...(comparison ? [comparison] : [])],
    comparison,
    runs: Object.fromEntries(runs.map((r) => [r.chain, r])),
  };
}

const cell = (value: unknown) =>
  String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const row = (values: unknown[]) => `| ${values.map(cell).join(' | ')} |`;
const mark = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : '**missed**');

function findingTables(run: RunSummary): string[] {
  const lines: string[] = [];
  const groups = new Map<string, RunSummary['steps']>();
  for (const step of run.steps) {
    const key = step.finding === null ? 'shared' : `finding ${step.finding}`;
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  for (const [finding, steps] of groups) {
    lines.push(`#### ${run.chain}: ${finding}`, '');
    lines.push(
      row([
        'step',
        'phase',
        'seconds',
        'rows backfilled',
        'failed requests',
        'longest request lock wait (ms)',
        'ACCESS EXCLUSIVE held (ms, by table)',
        'attempts rolled back',
      ]),
    );
    lines.push(row(['---', '---', '---:', '---:', '---:', '---:', '---', '---']));
    for (const step of steps) {
      const holds = Object.entries(step.holds)
        .sort(([, a], [, b]) => b - a)
        .slice(0, 6)
        .map(([table, ms]) => `${table} ${ms}`)
        .join(', ');
      lines.push(
        row([
          `${step.name}${step.error ? ` (failed: ${step.error})` : ''}`,
          step.phase,
          step.seconds,
          step.rowsBackfilled ?? '',
          step.failedRequests,
          step.maxLockWaitMs,
          holds || 'none seen',
          (step.failedAttempts ?? []).join('; '),
        ]),
      );
    }
    lines.push('');
  }
  return lines;
}

function runSection(run: RunSummary, chartFile: string): string[] {
  const w = run.workload;
  const lines = [
    `## ${run.chain} chain`,
    '',
    run.description,
    '',
    `Workload: ${w.workers} connections per application, ${w.thinkMs} ms mean think time, ${w.beforeSeconds} s before the chain, ${w.pauseSeconds} s pause, ${w.afterSeconds} s after; legacy two-statement writes ${w.legacyTransactions ? 'in one transaction each' : 'as separate statements'}; locks sampled every ${w.samplerIntervalMs} ms.`,
    '',
    `![${run.chain} chain: latency and errors over time](${chartFile})`,
    '',
  ];
  lines.push(row(['figure', 'value']), row(['---', '---:']));
  lines.push(row(['requests / failed', `${run.requests} / ${run.failedRequests}`]));
  lines.push(
    row(['writes committed / lost / quarantined by the chain', `${run.committedWrites} / ${run.lostWrites} / ${run.quarantinedWrites}`]),
  );
  lines.push(row(['p50 / p99 before (ms)', `${run.latencyBefore.p50Ms} / ${run.latencyBefore.p99Ms}`]));
  lines.push(row(['p50 / p99 during the chain (ms)', `${run.latencyDuring.p50Ms} / ${run.latencyDuring.p99Ms}`]));
  lines.push(row(['p50 / p99 after (ms)', `${run.latencyAfter.p50Ms} / ${run.latencyAfter.p99Ms}`]));
  lines.push(row(['longest lock wait of a request (ms)', run.maxLockWaitMs]));
  lines.push(row(['longest lock wait of the migration (ms)', run.migrationMaxLockWaitMs]));
  lines.push(row(['longest ACCESS EXCLUSIVE hold (ms)', run.maxAccessExclusiveMs]));
  lines.push(row(['backfill rows/s', run.backfillRowsPerSecond ?? 'n/a']));
  lines.push(row(['chain seconds', run.totalSeconds]));
  lines.push(
    row(['lock samples (interval / worst gap, ms)', `${run.sampler.samples} (${run.sampler.intervalMs} / ${run.sampler.worstGapMs})`]),
  );
  lines.push(
    '',
    '### Targets',
    '',
    row(['target', 'wanted', 'measured', '', 'which finding, why']),
    row(['---', '---', '---', '---', '---']),
  );
  for (const t of run.targets) lines.push(row([t.name, t.target, t.actual, mark(t.met), t.why ?? '']));
  lines.push(
    '',
    '### ACCESS EXCLUSIVE holds by table (longest 15)',
    '',
    row(['table', 'rows', 'held (ms)', 'step']),
    row(['---', '---:', '---:', '---']),
  );
  for (const [table, hold] of Object.entries(run.maxAccessExclusiveMsByTable).slice(0, 15))
    lines.push(row([table, hold.rows.toLocaleString('en-US'), hold.maxMs, hold.step]));
  if (run.failures.length > 0) {
    lines.push(
      '',
      '### Failed requests (most frequent 10)',
      '',
      row(['count', 'application', 'request', 'first while', 'step finished just before', 'error']),
      row(['---:', '---', '---', '---', '---', '---']),
    );
    for (const f of run.failures.slice(0, 10)) lines.push(row([f.count, f.app, f.op, f.step ?? '', f.stepBefore ?? '', f.error]));
  }
  if (run.lostSample.length > 0) {
    lines.push('', '### Lost writes (first 20)', '', row(['application', 'write', 'expected', 'found']), row(['---', '---', '---', '---']));
    for (const l of run.lostSample) lines.push(row([l.app, l.key, JSON.stringify(l.expected), l.found]));
  }
  lines.push('', '### Per finding', '', ...findingTables(run));
  return lines;
}

export function renderMarkdown(report: OnlineReport, chartFiles: Record<string, string>): string {
  const env = report.environment;
  const lines = [
    '# Online migration report',
    '',
    `Generated ${report.generatedAt} by \`@leadmetrics/online\`. Scale \`${env.scale}\` (${env.databaseRows.toLocaleString('en-US')} rows before the chain), ${env.server} (${env.provider}).`,
    `Machine: ${env.machine.cpus} × ${env.machine.cpuModel}, ${env.machine.memoryGiB} GiB, ${env.machine.platform}; load average ${env.loadAverage.start.join(' / ')} at the start and ${env.loadAverage.end.join(' / ')} at the end (1 / 5 / 15 min; the machine is shared with other work, so absolute times are noisy and the side-by-side ratios count).`,
    ...(env.note ? ['', env.note] : []),
    '',
    `## Targets (${report.primaryChain} chain)`,
    '',
    row(['target', 'wanted', 'measured', '', 'which finding, why']),
    row(['---', '---', '---', '---', '---']),
    ...report.targets.map((t) => row([t.name, t.target, t.actual, mark(t.met), t.why ?? ''])),
    '',
  ];
  for (const run of Object.values(report.runs)) lines.push(...runSection(run, chartFiles[run.chain]!), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Writes online-report.json, online-report.md and `chart-<chain>.svg` into `dir`. */
export async function writeReport(dir: string, report: OnlineReport): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const charts: Record<string, string> = {};
  const written: string[] = [];
  for (const run of Object.values(report.runs)) {
    const file = `chart-${run.chain}.svg`;
    charts[run.chain] = file;
    const title = `${run.chain} chain, scale ${report.environment.scale.split(' ')[0]}: request latency and errors`;
    await writeFile(path.join(dir, file), renderChart(run, title));
    written.push(path.join(dir, file));
  }
  await writeFile(path.join(dir, 'online-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(dir, 'online-report.md'), renderMarkdown(report, charts));
  written.push(path.join(dir, 'online-report.json'), path.join(dir, 'online-report.md'));
  return written;
}
