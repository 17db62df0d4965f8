// verify-report.md: the verdict first, then one row per finding, then what failed and where to
// look, then the evidence step by step (accounting, drift, catalog, erasure, smoke) and timings.
import type { AccountingDetails } from '../steps/accounting.js';
import type { CatalogDetails } from '../steps/catalog.js';
import type { DriftDetails } from '../steps/drift.js';
import type { ErasureDetails } from '../steps/erasure.js';
import type { LintCorrectedDetails } from '../steps/lint-corrected.js';
import type { LintLegacyDetails } from '../steps/lint-legacy.js';
import type { MigrateDetails } from '../steps/migrate.js';
import type { SmokeDetails } from '../steps/smoke.js';
import type { StepId, StepResult, VerifyResult } from '../types.js';
import { count, seconds, table } from './format.js';
import { cannotRunPhrase, findingsPhrase } from './verdict.js';

const MARK = { passed: '✓', failed: '✗', skipped: '–' } as const;

function detailsOf<T>(result: VerifyResult, id: StepId): T | null {
  return (result.steps.find((s) => s.id === id)?.details as T | undefined) ?? null;
}

function stepLine(step: StepResult | undefined): string {
  return step ? `${MARK[step.status]} ${step.status}: ${step.summary}` : 'not run';
}

/** The title, the verdict and how the run was made. */
function renderVerdict(out: string[], result: VerifyResult): void {
  const failedSteps = result.steps.filter((s) => s.status === 'failed');
  const o = result.options;
  out.push('# Verify report', '');
  const blocked = cannotRunPhrase(result);
  out.push(
    blocked
      ? `**COULD NOT RUN**: ${blocked}. Nothing was proven or disproven; fix that and run verify again.`
      : result.ok
        ? `**PASSED**: every check held; ${findingsPhrase(result)} (found, fixed, proven, nothing lost).`
        : `**FAILED**: ${failedSteps.length} step(s) failed (${failedSteps.map((s) => `${s.number} ${s.id}`).join(', ') || 'see the findings'}); ${findingsPhrase(result)}. See "What failed and where to look".`,
    '',
  );
  out.push(
    `Run ${result.startedAt}, ${seconds(result.durationMs)} in all; scale \`${o.scale}\`, seed ${o.seed}${o.only ? `, cherry-pick --only ${o.only.join(',')}` : ''}; ` +
      `${result.database.provider ? `PostgreSQL from ${result.database.provider}` : 'no PostgreSQL reached'}${result.database.serverVersion ? ` (${result.database.serverVersion.split(' ').slice(0, 2).join(' ')})` : ''}` +
      `${result.database.kept ? `; database kept at \`${result.database.url}\`` : ''}.`,
    '',
  );
}

/** One row per step. */
function renderSteps(out: string[], result: VerifyResult): void {
  out.push('## Steps', '');
  out.push(
    table(
      ['#', 'step', 'result', 'time', 'summary'],
      result.steps.map((s) => [s.number, s.title, `${MARK[s.status]} ${s.status}`, seconds(s.durationMs), s.summary]),
    ),
    '',
  );
}

/** One row per finding of the catalog. */
function renderFindings(out: string[], result: VerifyResult): void {
  out.push('## Findings', '');
  out.push(
    table(
      ['#', 'severity', 'finding', 'detected on legacy', 'corrected', 'migration', 'anomalies planted → resolved', 'status'],
      result.findings.map((f) => [
        f.id,
        f.severity,
        f.title,
        f.detected.ok ? `line ${f.detected.line} by \`${f.detected.rule}\`` : `✗ not at line ${f.detected.expectedLine ?? '?'}`,
        f.quiet.ok ? 'quiet' : f.quiet.reports < 0 ? '✗ not linted' : `✗ ${f.quiet.reports} report(s)`,
        f.migration.folder ? `\`${f.migration.folder}\`${f.migration.applied ? '' : ' (not applied)'}` : '✗ none',
        f.anomalies.length === 0
          ? '–'
          : f.anomalies
              .map((a) => `${a.kind}: ${a.planted ?? '?'} → ${a.resolved ?? '✗'}${a.preempted ? ` + ${a.preempted.count} earlier` : ''}`)
              .join('<br>'),
        f.ok ? f.status : `✗ ${f.status}`,
      ]),
    ),
    '',
  );
}

/** Every problem of a failed step, with where to look. */
function renderFailures(out: string[], result: VerifyResult): void {
  const failedSteps = result.steps.filter((s) => s.status === 'failed');
  if (failedSteps.length > 0) {
    out.push('## What failed and where to look', '');
    for (const step of failedSteps) {
      out.push(`### ${step.number}. ${step.title}`, '');
      for (const p of step.problems.slice(0, 200)) out.push(`- ${p.message}${p.where ? ` — look at \`${p.where}\`` : ''}`);
      if (step.problems.length > 200) out.push(`- ... and ${step.problems.length - 200} more (see verify-report.json)`);
      out.push('');
    }
  }
}

/** What the linter said of the legacy and the corrected schema. */
function renderLint(out: string[], result: VerifyResult): void {
  const legacy = detailsOf<LintLegacyDetails>(result, 'lint-legacy');
  const corrected = detailsOf<LintCorrectedDetails>(result, 'lint-corrected');
  out.push('## Lint', '');
  out.push(`- Legacy schema: ${stepLine(result.steps[0])}.`);
  if (legacy) out.push(`  ${legacy.reports} report(s) on \`${legacy.file}\`; ${legacy.strays.length} outside the catalog.`);
  out.push(`- Corrected schema: ${stepLine(result.steps[1])}.`);
  if (corrected?.suppressed.length) {
    out.push(`  Suppressed inline, each with its reason:`);
    for (const s of corrected.suppressed) out.push(`  - \`${s.ruleId}\` at \`${s.file}:${s.line}\`: ${s.reason ?? '(no reason)'}`);
  }
  out.push('');
}

/** Per table: rows before and after, and what the ledger says happened to them. */
function renderTableAccounts(out: string[], accounting: AccountingDetails): void {
  const actions = ['moved', 'merged', 'nulled', 'quarantined', 'updated', 'renamed', 'kept'];
  out.push(
    table(
      ['table', 'before', '+ inserted', '− deleted', ...actions, 'after', 'balanced'],
      accounting.tables.map((t) => [
        t.table,
        count(t.before),
        count(t.inserted),
        count(t.deleted),
        ...actions.map((a) => (t.actions[a] ? count(t.actions[a]!) : '')),
        count(t.after),
        t.balanced ? '✓' : '✗',
      ]),
    ),
    '',
  );
}

/** Per migration folder: the anomalies it resolved and its validate.sql. */
function renderFolderAccounts(out: string[], accounting: AccountingDetails): void {
  out.push('Anomalies by migration (planted by the seed → resolved per the ledger; validate.sql rows):', '');
  out.push(
    table(
      ['migration', 'finding', 'anomalies', 'validate.sql', 'nothing lost'],
      accounting.folders.map((f) => [
        f.folder,
        f.finding ?? '–',
        f.anomalies
          .map(
            (a) =>
              `${a.ok ? '✓' : '✗'} ${a.kind}: ${a.planted ?? '?'} → ${a.resolved ?? 'none'}${a.preempted ? ` + ${a.preempted.count} merged/removed earlier by ${a.preempted.by.join(', ')} (quarantined)` : ''}`,
          )
          .join('<br>') || '–',
        f.validateRows === null ? '–' : f.validateRows === 0 ? '✓ no rows' : `✗ ${f.validateRows} row(s)`,
        f.nothingLost ? '✓' : '✗',
      ]),
    ),
    '',
  );
}

/** The quarantine and the columns whose values changed. */
function renderValueAccounts(out: string[], accounting: AccountingDetails): void {
  if (accounting.quarantine.length > 0) {
    out.push('Quarantined values (kept in `migration_quarantine`, restorable):', '');
    out.push(
      table(
        ['migration', 'table', 'values', 'ledger "quarantined" rows'],
        accounting.quarantine.map((q) => [q.migration, q.table, count(q.rows), count(q.ledgerQuarantined)]),
      ),
      '',
    );
  }
  if (accounting.columns.length > 0) {
    out.push('Columns whose values changed or that were dropped:', '');
    out.push(
      table(
        ['column', 'non-null before', 'after', 'change', 'explained by'],
        accounting.columns.map((c) => [
          `${c.table}.${c.column}`,
          count(c.nonNullBefore),
          c.nonNullAfter === null ? 'dropped' : count(c.nonNullAfter),
          c.kind,
          `${c.explained ? '✓' : '✗'} ${c.reason}`,
        ]),
      ),
      '',
    );
  }
}

/** The data accounting: seed, row counts, anomalies, quarantine and changed columns. */
function renderAccounting(out: string[], result: VerifyResult): void {
  const migrate = detailsOf<MigrateDetails>(result, 'migrate');
  const accounting = detailsOf<AccountingDetails>(result, 'accounting');
  out.push('## Data accounting', '');
  out.push(stepLine(result.steps.find((s) => s.id === 'accounting')), '');
  if (migrate) {
    out.push(
      `Seeded ${count(migrate.seed.totalRows)} rows in ${migrate.seed.tables} tables (scale ${migrate.seed.scale}, seed ${migrate.seed.seed}); ` +
        `applied ${migrate.applied.length} migration(s) with \`prisma migrate deploy\`${migrate.notApplied.length ? `; not applied (--only): ${migrate.notApplied.join(', ')}` : ''}.`,
      '',
    );
  }
  if (accounting) {
    out.push(
      `Rows in data tables: ${count(accounting.rowsBefore)} before, ${count(accounting.rowsAfter)} after; ${accounting.ledgerEntries} ledger entries. ${accounting.unchangedTables} tables untouched (same count, no ledger entry).`,
      '',
    );
    renderTableAccounts(out, accounting);
    renderFolderAccounts(out, accounting);
    renderValueAccounts(out, accounting);
  }
}

/** The migrated database against the corrected schema built from scratch. */
function renderDrift(out: string[], result: VerifyResult): void {
  const drift = detailsOf<DriftDetails>(result, 'drift');
  out.push('## Drift', '', stepLine(result.steps.find((s) => s.id === 'drift')), '');
  if (drift) {
    out.push(
      `Compared ${drift.tables} tables and ${drift.enums} enums of the migrated database with a fresh database built by \`prisma migrate diff --from-empty --to-schema\` (only \`_prisma_migrations\` left out).`,
      '',
    );
    for (const d of drift.differences.slice(0, 100)) out.push(`- ${d}`);
    if (drift.differences.length > 0) out.push('');
  }
}

/** What the corrected schema promises, found on the live database. */
function renderCatalog(out: string[], result: VerifyResult): void {
  const catalog = detailsOf<CatalogDetails>(result, 'catalog');
  out.push('## Catalog checks', '', stepLine(result.steps.find((s) => s.id === 'catalog')), '');
  if (catalog) {
    out.push(
      table(
        ['what the corrected schema promises', 'expected', 'found on the live database'],
        [
          ['foreign keys with their ON DELETE action', catalog.foreignKeys.expected, catalog.foreignKeys.found],
          ['uniques (per-tenant ones included)', catalog.uniques.expected, catalog.uniques.found],
          ['primary keys', catalog.primaryKeys.expected, catalog.primaryKeys.found],
          ['enums with their labels in order', catalog.enums.expected, catalog.enums.found],
          ['tenant-keyed tables with their tenant foreign key', catalog.tenantKeys.expected, catalog.tenantKeys.found],
        ],
      ),
      '',
    );
  }
}

/** What deleting a tenant removed, table by table. */
function renderErasure(out: string[], result: VerifyResult): void {
  const erasure = detailsOf<ErasureDetails>(result, 'erasure');
  out.push('## Tenant erasure', '', stepLine(result.steps.find((s) => s.id === 'erasure')), '');
  if (erasure) {
    out.push(
      `Deleted tenant \`${erasure.tenant.id}\` with \`${erasure.deletedWith}\`: ${count(erasure.rowsBefore)} row(s) in ${erasure.tenant.tables} tables before, ${count(erasure.rowsAfter)} after.`,
      '',
    );
    out.push(
      table(
        ['table', 'tied to the tenant by', 'rows before', 'rows after', 'note'],
        erasure.tables
          .filter((t) => t.before > 0 || t.after > 0 || t.noForeignKeyInLegacy)
          .map((t) => [
            t.table,
            t.via,
            count(t.before),
            count(t.after),
            t.noForeignKeyInLegacy ? 'no foreign key in the legacy schema' : t.table === 'migration_quarantine' ? 'quarantined values' : '',
          ]),
      ),
      '',
    );
    out.push(
      `Soft references left (text columns still holding an erased row's id): ${erasure.softReferences.length === 0 ? 'none' : erasure.softReferences.map((s) => `${s.column} (${s.rows})`).join(', ')}.`,
      '',
    );
    for (const s of erasure.sharedCache) {
      out.push(
        `Shared cache \`${s.table}\`: personal-data columns named by the catalog ${s.personalColumns.length === 0 ? 'gone' : `STILL THERE: ${s.personalColumns.join(', ')}`}; values that look like an email: ${s.emailLikeValues}. ` +
          `${s.untenantedQuarantine} quarantined value(s) from it belong to no tenant (no tenant used those cache rows).`,
      );
    }
    out.push('');
  }
}

/** The client smoke test, check by check. */
function renderSmoke(out: string[], result: VerifyResult): void {
  const smoke = detailsOf<SmokeDetails>(result, 'smoke');
  out.push('## Client smoke test', '', stepLine(result.steps.find((s) => s.id === 'smoke')), '');
  if (smoke) {
    for (const c of smoke.checks) out.push(`- ${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`);
    out.push('');
  }
}

/** Time per step, and per migration inside prisma migrate deploy. */
function renderTimings(out: string[], result: VerifyResult): void {
  const migrate = detailsOf<MigrateDetails>(result, 'migrate');
  out.push('## Timings', '');
  const total = result.steps.reduce((a, s) => a + s.durationMs, 0) || 1;
  out.push(
    table(
      ['#', 'step', 'time', 'share', 'parts'],
      result.steps.map((s) => [
        s.number,
        s.id,
        seconds(s.durationMs),
        `${((100 * s.durationMs) / total).toFixed(0)}%`,
        Object.entries(s.timings)
          .map(([k, v]) => `${k} ${seconds(v)}`)
          .join(', '),
      ]),
    ),
    '',
  );
  if (migrate && migrate.applied.length > 0) {
    out.push('Time each migration took inside `prisma migrate deploy` (from `_prisma_migrations`):', '');
    out.push(
      table(
        ['migration', 'time'],
        migrate.applied.map((m) => [m.name, seconds(m.durationMs)]),
      ),
      '',
    );
  }
}

export function renderMarkdown(result: VerifyResult): string {
  const out: string[] = [];
  for (const section of [
    renderVerdict,
    renderSteps,
    renderFindings,
    renderFailures,
    renderLint,
    renderAccounting,
    renderDrift,
    renderCatalog,
    renderErasure,
    renderSmoke,
    renderTimings,
  ]) {
    section(out, result);
  }
  return `${out.join('\n')}\n`;
}
