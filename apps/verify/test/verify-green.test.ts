// The real thing: verify on the repository as it is, at demo scale, must pass, and its report
// must answer for every finding of the catalog with numbers that come from the seed's manifest.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadFindingsCatalog } from '@leadmetrics/db';
import { testServer } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_GOOD } from '../src/findings-table.js';
import { terminalVerdict } from '../src/report/verdict.js';
import { runVerify } from '../src/run-verify.js';
import { expectTerminalAgreesWithReport } from './support/verdict-agreement.js';

const { findings } = loadFindingsCatalog();
const reportDir = await mkdtemp(path.join(os.tmpdir(), 'lm-verify-green-'));
afterAll(() => rm(reportDir, { recursive: true, force: true }));

describe('verify on the repository', () => {
  it('passes, and the report proves every finding with numbers', async () => {
    const server = await testServer();
    const result = await runVerify({ databaseUrl: server.url, reportDir, scale: 'demo' });
    const failures = result.steps.flatMap((s) => s.problems.map((p) => `${s.id}: ${p.message} @ ${p.where ?? ''}`));
    expect(failures.slice(0, 30)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.status)).toEqual(result.steps.map(() => 'passed'));

    const seeded = (result.steps.find((s) => s.id === 'migrate')!.details as { seed: { anomalies: Record<string, number> } }).seed
      .anomalies;
    expect(result.findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    for (const f of findings) {
      const row = result.findings.find((r) => r.id === f.id)!;
      expect(row.status, `finding ${f.id}`).toBe(ALL_GOOD);
      expect(row.migration.folder).toBe(f.migration);
      expect(row.detected.ok).toBe(true);
      if (f.anchor.field) expect(Math.abs(row.detected.line! - f.legacyLine!)).toBeLessThanOrEqual(3);
      for (const kind of f.anomalies) {
        const a = row.anomalies.find((x) => x.kind === kind);
        expect(a, `finding ${f.id}: anomaly ${kind} missing from the report`).toBeDefined();
        expect(a!.planted).toBe(seeded[kind]);
        expect(a!.planted).toBeGreaterThan(0);
        // Resolved by the finding's own migration, or merged away earlier by another one (quarantined).
        expect(a!.resolved! + (a!.preempted?.count ?? 0)).toBe(a!.planted);
      }
    }

    const json = JSON.parse(await readFile(path.join(reportDir, 'verify-report.json'), 'utf8'));
    expect(json.ok).toBe(true);
    expect(json.findings).toHaveLength(findings.length);
    const markdown = await readFile(path.join(reportDir, 'verify-report.md'), 'utf8');
    for (const f of findings) expect(markdown).toMatch(new RegExp(`^\\| ${f.id} \\|.*${ALL_GOOD}`, 'm'));
    await expectTerminalAgreesWithReport(terminalVerdict(result), reportDir);
  });

  // Other data takes other paths through the migrations (rows only some seeds produce, anomalies at other
  // counts): the accounting must hold on them too, not only on the data the demo run happens to have.
  it('accounts for every row and value on other data too (small scale, another seed)', async () => {
    const server = await testServer();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-verify-green-small-'));
    try {
      const result = await runVerify({
        databaseUrl: server.url,
        reportDir: dir,
        scale: 'small',
        seed: 7,
        steps: ['lint-legacy', 'migrate', 'accounting'],
      });
      const failures = result.steps.flatMap((s) => s.problems.map((p) => `${s.id}: ${p.message} @ ${p.where ?? ''}`));
      expect(failures.slice(0, 30)).toEqual([]);
      expect(result.steps.find((s) => s.id === 'accounting')!.status).toBe('passed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
