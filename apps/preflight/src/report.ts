// The plan as Markdown (for people) and JSON (for tools): preflight-report.md and preflight-report.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDuration } from './estimate.js';
import type { MigrationPlanEntry } from './plan.js';
import type { PreflightResult } from './run.js';

export const REPORT_BASENAME = 'preflight-report';
/** Longest list of differences written into the Markdown; the JSON always has all of them. */
const MAX_SENTENCES = 200;

const VERDICT_MARK: Record<MigrationPlanEntry['verdict'], string> = {
  safe: 'safe',
  'needs attention': '**needs attention**',
  blocked: '**BLOCKED**',
};

const number = (n: number | null) => (n === null ? '?' : n.toLocaleString('en-US'));
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function sentences(list: readonly string[]): string[] {
  const shown = list.slice(0, MAX_SENTENCES).map((s) => `- ${s}`);
  if (list.length > MAX_SENTENCES) shown.push(`- ... and ${list.length - MAX_SENTENCES} more (all of them are in ${REPORT_BASENAME}.json)`);
  return shown;
}

function stateSection(result: PreflightResult): string[] {
  const { state } = result;
  const out = ['## Where the database stands', '', `**${state.summary}.**`, ''];
  const history = state.history;
  out.push(
    `- Migration history: ${history.table ? '`_prisma_migrations` exists' : 'no `_prisma_migrations` table'}; applied folders ${history.source === 'catalog' ? 'inferred from the catalog' : 'read from it'}.`,
  );
  out.push(`- Applied (${state.applied.length}): ${state.applied.length ? state.applied.map((f) => `\`${f}\``).join(', ') : 'none'}.`);
  out.push(`- Pending (${state.pending.length}): ${state.pending.length ? state.pending.map((f) => `\`${f}\``).join(', ') : 'none'}.`);
  for (const failed of history.failed) out.push(`- Failed attempt recorded: \`${failed.name}\` (started ${failed.startedAt}).`);
  if (history.unknown.length)
    out.push(`- Recorded but not a folder of this repository: ${history.unknown.map((f) => `\`${f}\``).join(', ')}.`);
  if (history.checksumMismatch.length) {
    out.push(
      `- Applied, but migration.sql has changed since (checksum differs): ${history.checksumMismatch.map((f) => `\`${f}\``).join(', ')}.`,
    );
  }
  for (const line of state.historyDisagreements) out.push(`- ${line}.`);
  if (state.staleReference.length) {
    out.push(
      `- Preflight's reference catalog is older than the migration.sql of: ${state.staleReference.map((f) => `\`${f}\``).join(', ')}; regenerate it before trusting the catalog checks.`,
    );
  }
  const mixed = state.inference.filter((i) => i.looks === 'mixed');
  for (const item of mixed) out.push(`- \`${item.folder}\` looks half applied: ${item.odd.join('; ')}.`);
  out.push('');
  if (state.baselining.needed) {
    out.push(
      '### Baselining',
      '',
      state.baselining.allowed ? `Safe to baseline: ${state.baselining.reason}.` : `Do not baseline yet: ${state.baselining.reason}.`,
    );
    if (state.baselining.commands.length) out.push('', '```sh', ...state.baselining.commands.map((c) => `DATABASE_URL=... ${c}`), '```');
    out.push('');
  }
  out.push(`### Differences from the legacy schema (${state.differencesFromLegacy.length})`, '');
  out.push(
    ...(state.differencesFromLegacy.length ? sentences(state.differencesFromLegacy) : ['None: the catalog is the legacy schema.']),
    '',
  );
  if (state.stage !== 'legacy' && state.stage !== 'empty' && state.stage !== 'unknown') {
    out.push(`### Differences from what the applied folders should have produced (${state.unexpectedDifferences.length})`, '');
    out.push(...(state.unexpectedDifferences.length ? sentences(state.unexpectedDifferences) : ['None.']), '');
  }
  return out;
}

function entrySection(entry: MigrationPlanEntry, index: number): string[] {
  const out = [`### ${index + 1}. \`${entry.folder}\` - ${VERDICT_MARK[entry.verdict]}`, ''];
  out.push(`${entry.title}${entry.finding !== null ? ` (finding ${entry.finding})` : ''}; risk: ${entry.risk}.`, '');
  if (entry.reasons.length) {
    out.push(entry.verdict === 'blocked' ? 'Blocked because:' : 'Needs attention because:', '', ...entry.reasons.map((r) => `- ${r}`), '');
  }
  if (entry.anomalies.length) {
    out.push('| anomaly | count | what happens | sample ids |', '|---|---:|---|---|');
    for (const a of entry.anomalies) {
      const count = a.error ? `error: ${a.error}` : `${number(a.count)} ${a.unit}`;
      const breakdown = a.breakdown
        ? ` (${Object.entries(a.breakdown)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ')})`
        : '';
      out.push(
        `| \`${a.kind}\`${a.extra ? ' (more than the catalog names)' : ''} | ${cell(count)} | ${cell(a.effect + breakdown)} | ${a.sampleIds.map((id) => `\`${id}\``).join(' ')} |`,
      );
    }
    out.push('');
  }
  if (entry.values && entry.values.found.length > 0) {
    const mapped = entry.values.found.length - entry.values.unmapped.length;
    out.push(
      `Values its new type cannot hold: ${entry.values.found.length} (${mapped} covered by the value mapping, ${entry.values.unmapped.length} not):`,
      '',
    );
    out.push('| table.column | value | rows | mapping |', '|---|---|---:|---|');
    const open = new Set(entry.values.unmapped);
    for (const v of entry.values.found)
      out.push(
        `| \`${v.table}.${v.column}\` | \`${cell(JSON.stringify(v.value))}\` | ${number(v.rows)} | ${open.has(v) ? '**none**' : 'covered'} |`,
      );
    out.push('');
  }
  for (const b of entry.blockers) {
    out.push(
      `- Check: ${b.what}: ${b.error ? `error: ${b.error}` : `${number(b.count)}${b.count ? ` (e.g. ${b.sampleIds.join(', ')})` : ''}`}`,
    );
  }
  if (entry.blockers.length) out.push('');
  const tables = entry.tables.map(
    (t) => `\`${t.liveName}\`${t.liveName !== t.name ? ` (as \`${t.name}\`)` : ''} ${number(t.rows)}${t.changed ? '' : ' (read)'}`,
  );
  out.push(`- Rows it reads or changes: ${number(entry.rowsTouched)}${tables.length ? ` - ${tables.join(', ')}` : ''}.`);
  out.push(`- Locks: ${entry.locks}.`);
  out.push(`- Its own timeouts: lock_timeout ${entry.lockTimeout ?? 'not set'}, statement_timeout ${entry.statementTimeout ?? 'not set'}.`);
  out.push(
    `- Estimated duration: ${formatDuration(entry.estimate.ms)} (${entry.estimate.basis === 'measured' ? 'from the bench measurements' : 'no measurement for this folder: the documented default'}).`,
  );
  out.push(`- Rollback: ${entry.rollback}.`, '');
  return out;
}

export function renderMarkdown(result: PreflightResult): string {
  const out = [
    `# Preflight: ${result.database.where}`,
    '',
    `${result.database.serverVersion}; generated ${result.generatedAt} by \`pnpm preflight\` through a read-only transaction (nothing was written). Preflight took ${formatDuration(result.timings.totalMs)}.`,
    '',
    ...stateSection(result),
    '## Plan',
    '',
  ];
  if (result.plan.length === 0) {
    out.push('Nothing to apply.', '');
  } else {
    const { safe, attention, blocked, estimateMs } = result.totals;
    out.push(
      `${result.plan.length} pending folder(s): ${safe} safe, ${attention} need attention, ${blocked} blocked; about ${formatDuration(estimateMs)} in all.`,
      '',
    );
    out.push('| # | folder | verdict | rows touched | estimate | anomalies met |', '|---:|---|---|---:|---:|---|');
    result.plan.forEach((e, i) => {
      const met = e.anomalies.filter((a) => (a.count ?? 0) > 0).map((a) => `${a.kind} ${number(a.count)}`);
      out.push(
        `| ${i + 1} | \`${e.folder}\` | ${VERDICT_MARK[e.verdict]} | ${number(e.rowsTouched)} | ${formatDuration(e.estimate.ms)} | ${met.join(', ') || '-'} |`,
      );
    });
    out.push('', '### Batches', '');
    result.batches.forEach((b, i) =>
      out.push(`${i + 1}. ${b.folders.map((f) => `\`${f}\``).join(', ')} - about ${formatDuration(b.estimateMs)}; ${b.note}.`),
    );
    if (result.waiting.length)
      out.push('', `Waiting for the first blocked folder to be dealt with: ${result.waiting.map((f) => `\`${f}\``).join(', ')}.`);
    out.push(
      '',
      'RUNBOOK.md (repository root) says how to apply a batch, what to watch and how to roll back.',
      '',
      '## Pending folders',
      '',
    );
    result.plan.forEach((e, i) => out.push(...entrySection(e, i)));
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

export async function writePreflightReports(result: PreflightResult, dir: string): Promise<{ markdown: string; json: string }> {
  await mkdir(dir, { recursive: true });
  const markdown = path.join(dir, `${REPORT_BASENAME}.md`);
  const json = path.join(dir, `${REPORT_BASENAME}.json`);
  await writeFile(markdown, renderMarkdown(result));
  await writeFile(json, JSON.stringify(result, null, 2) + '\n');
  return { markdown, json };
}
