// `pnpm docs:generate` into a folder it cannot write: one line, exit code 2, no stack trace.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readOnlyFolder } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const folder = readOnlyFolder('lm-docs-');
afterAll(() => folder.release());

describe('docs CLI, environmental failures', () => {
  it('an output folder it cannot write', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--out', folder.dir], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
    const lines = result.stderr.trim().split('\n').filter((line) => !line.startsWith('warning: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^docs: cannot \\w+ ${folder.dir}/.*${folder.refusal}; make the folder writable or write elsewhere with --out <dir>`, 'i'));
  });
});
