// One row per catalog finding, assembled from what the steps found: detected on the legacy
// schema, quiet on the corrected one, its migration applied and proven, its anomalies resolved
// with numbers, and nothing lost on the tables it touched.
import type { VerifyContext } from './context.js';
import type { AccountingDetails } from './steps/accounting.js';
import type { LintCorrectedDetails } from './steps/lint-corrected.js';
import type { LintLegacyDetails } from './steps/lint-legacy.js';
import type { FindingRow, StepResult } from './types.js';

export const ALL_GOOD = 'found, fixed, proven, nothing lost';

export function buildFindingRows(ctx: VerifyContext, steps: readonly StepResult[]): FindingRow[] {
  const details = <T>(id: string) => steps.find((s) => s.id === id)?.details as T | null | undefined;
  const legacy = details<LintLegacyDetails>('lint-legacy');
  const corrected = details<LintCorrectedDetails>('lint-corrected');
  const accounting = details<AccountingDetails>('accounting');
  const accountingStep = steps.find((s) => s.id === 'accounting');
  // Problems the accounting could not pin on one folder (e.g. a column blanked in a table no ledger mentions).
  const folderNames = ctx.state.plan?.toApply ?? [];
  const unattributed = (accountingStep?.problems ?? []).filter(
    (p) => !folderNames.some((name) => p.message.includes(name) || p.where?.includes(name)),
  );

  return ctx.findings.map((f) => {
    const d = legacy?.findings.find((x) => x.id === f.id);
    const detected = { ok: d?.ok ?? false, rule: d?.rule ?? null, line: d?.line ?? null, expectedLine: f.legacyLine };
    const reports = corrected?.byFinding[f.id];
    const quiet = { ok: reports === 0, reports: reports ?? -1 };
    const applied = Boolean(ctx.state.migrated && ctx.state.plan?.applied.has(f.id));
    const folder = accounting?.folders.find((x) => x.folder === f.migration);
    const migration = {
      folder: f.migration,
      applied,
      validateRows: folder?.validateRows ?? null,
      ok: applied && folder?.validateRows === 0,
    };
    const anomalies =
      folder?.anomalies ??
      f.anomalies.map((kind) => ({ kind, planted: ctx.state.manifest?.anomalies[kind]?.count ?? null, resolved: null, ok: false }));
    const nothingLost = folder ? folder.nothingLost && unattributed.length === 0 : null;

    const cherryPicked = ctx.options.only !== null && !ctx.options.only.includes(f.id) && !ctx.state.plan?.applied.has(f.id);
    const failed: string[] = [];
    if (!detected.ok)
      failed.push(!legacy ? 'legacy schema not linted' : d?.rule ? 'reported at the wrong severity' : 'not detected on legacy');
    if (!quiet.ok) failed.push(reports === undefined ? 'corrected schema not linted' : `still reported on corrected (${reports})`);
    if (!cherryPicked) {
      if (!f.migration) failed.push('no migration in the catalog');
      else if (!applied) failed.push('migration not applied');
      else if (!folder) failed.push('not accounted (step 4 did not run)');
      else {
        if (folder.validateRows === null) failed.push('no validate.sql');
        else if (folder.validateRows > 0) failed.push(`validate.sql returned ${folder.validateRows} row(s)`);
        for (const a of anomalies.filter((x) => !x.ok))
          failed.push(`${a.kind}: planted ${a.planted ?? '?'}, resolved ${a.resolved ?? 'none'}`);
        if (!folder.nothingLost) failed.push('rows or values lost (see data accounting)');
        else if (unattributed.length > 0) failed.push('accounting failed elsewhere (see data accounting)');
      }
    }
    const ok = failed.length === 0;
    const status = ok ? (cherryPicked ? 'not applied (--only)' : ALL_GOOD) : failed.join('; ');
    return { id: f.id, severity: f.severity, title: f.title, detected, quiet, migration, anomalies, nothingLost, status, ok };
  });
}
