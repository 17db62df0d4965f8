// `pnpm new-migration` into a folder it cannot write: one line, exit code 2, no stack trace.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readOnlyFolder } from '../src/testing/read-only-folder.js';

const scaffold = fileURLToPath(new URL('../src/migrations/scaffold.ts', import.meta.url));
const folder = readOnlyFolder('lm-new-migration-');
afterAll(() => folder.release());

describe('new-migration, environmental failures', () => {
  it('a migrations folder it cannot write', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', scaffold, '12', '--dir', folder.dir], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^new-migration: cannot mkdir ${folder.dir}/.*${folder.refusal}`, 'i'));
  });
});
