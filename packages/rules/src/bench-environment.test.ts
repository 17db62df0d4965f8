// `pnpm bench` (bench/index.ts) when its settings or the machine let it down: one line, exit code 2, no stack trace,
// and before any measurement.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function runBench(env: NodeJS.ProcessEnv): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(packageRoot, 'bench', 'index.ts')], {
    cwd: packageRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('lint-schema bench, environmental failures', () => {
  it('BENCH_SCHEMAS names a folder that is not there', () => {
    const missing = join(tmpdir(), 'lm-no-such-schemas');
    const result = runBench({ BENCH_SCHEMAS: missing, BENCH_ONLY: 'process' });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toBe(`bench: BENCH_SCHEMAS is ${missing}, which cannot be read as a folder (ENOENT): fix the path or unset it\n`);
    expect(result.stdout).toBe(''); // said before any measurement
  });

  it('BENCH_ONLY names a section that does not exist', () => {
    const result = runBench({ BENCH_ONLY: 'process,everything' });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toBe('bench: BENCH_ONLY names everything: use any of process, in-process, scaling, size\n');
    expect(result.stdout).toBe('');
  });
});
