// Reads the terminal's verdict line and the report's findings table independently, so a test can
// check that the two tell the same story (counts of proven, not proven and not applied findings).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { ALL_GOOD } from '../../src/findings-table.js';

interface Counts {
  passed: boolean;
  proven: number;
  total: number;
  notProven: number;
  notApplied: number;
}

export function countsFromTerminal(line: string): Counts {
  const match = /(\d+)\/(\d+) findings proven(?:, (\d+) not proven)?(?:, (\d+) not applied)?/.exec(line);
  expect(match, `no findings count in the terminal's last line: ${line}`).not.toBeNull();
  const [, proven, total, notProven, notApplied] = match!;
  return {
    passed: line.startsWith('✓ verify passed'),
    proven: +proven!,
    total: +total!,
    notProven: +(notProven ?? 0),
    notApplied: +(notApplied ?? 0),
  };
}

export function countsFromReport(markdown: string): Counts {
  const section = markdown.split('## Findings')[1]!.split('\n## ')[0]!;
  const statuses = section
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => line.split(' | ').at(-1)!.replace(/ \|$/, '').trim());
  const proven = statuses.filter((s) => s === ALL_GOOD).length;
  const notApplied = statuses.filter((s) => s.startsWith('not applied')).length;
  return {
    passed: markdown.includes('**PASSED**'),
    proven,
    total: statuses.length,
    notProven: statuses.length - proven - notApplied,
    notApplied,
  };
}

export async function expectTerminalAgreesWithReport(lastLine: string, reportDir: string): Promise<void> {
  const markdown = await readFile(path.join(reportDir, 'verify-report.md'), 'utf8');
  expect(countsFromTerminal(lastLine)).toEqual(countsFromReport(markdown));
}
