// The verdict in numbers, shared by the terminal's last line and the report's first line, so the
// two cannot tell different stories (a cherry-pick proves the findings it applied, not all).
import { ALL_GOOD } from '../findings-table.js';
import type { VerifyResult } from '../types.js';
import { seconds } from './format.js';

export interface FindingCounts {
  total: number;
  /** Found on the legacy schema, gone from the corrected one, fixed by its migration, nothing lost. */
  proven: number;
  /** Left out by --only: neither proven nor failed. */
  notApplied: number;
  /** Something about them failed. */
  notProven: number;
}

export function countFindings(result: VerifyResult): FindingCounts {
  const proven = result.findings.filter((f) => f.ok && f.status === ALL_GOOD).length;
  const notApplied = result.findings.filter((f) => f.ok && f.status !== ALL_GOOD).length;
  return { total: result.findings.length, proven, notApplied, notProven: result.findings.length - proven - notApplied };
}

/** "1/18 findings proven (17 not applied: --only 12)" and the like. */
export function findingsPhrase(result: VerifyResult): string {
  const c = countFindings(result);
  const parts = [`${c.proven}/${c.total} findings proven`];
  if (c.notProven > 0) parts.push(`${c.notProven} not proven`);
  if (c.notApplied > 0) parts.push(`${c.notApplied} not applied${result.options.only ? ` (--only ${result.options.only.join(',')})` : ''}`);
  return parts.join(', ');
}

/** "step 3 (migrate): <why>" when the environment stopped a step (nothing was proven or disproven), else null. */
export function cannotRunPhrase(result: VerifyResult): string | null {
  const blocked = result.steps.find((s) => s.cannotRun);
  return blocked ? `step ${blocked.number} (${blocked.id}): ${blocked.cannotRun}` : null;
}

/** The terminal's last line. */
export function terminalVerdict(result: VerifyResult): string {
  const blocked = cannotRunPhrase(result);
  if (blocked) return `✗ verify could not run: ${blocked}`;
  if (result.ok) return `✓ verify passed in ${seconds(result.durationMs)}: ${findingsPhrase(result)}`;
  const failedSteps = result.steps.filter((s) => s.status === 'failed').map((s) => `step ${s.number} (${s.id})`);
  return `✗ verify FAILED in ${seconds(result.durationMs)}: ${failedSteps.join(', ') || 'findings not proven'}; ${findingsPhrase(result)}`;
}
