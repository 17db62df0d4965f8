// `pnpm bench` here (bench/index.ts) with a DATABASE_URL where nothing listens: one line naming host and port,
// exit code 2, no stack trace, said before any measurement, and no temporary folder left behind.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@leadmetrics/db';
import { afterAll, describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-bench-env-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('online bench, environmental failures', () => {
  it('a DATABASE_URL where nothing listens', async () => {
    const port = await findFreePort();
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(packageRoot, 'bench', 'index.ts')], {
      cwd: packageRoot,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/bench_nowhere`, TMPDIR: tmp, LEADMETRICS_DEBUG: '' },
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(2);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^online: Cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port}, database "bench_nowhere" \\(from DATABASE_URL\\): .*nothing listens there`,
      ),
    );
    expect(performance.now() - started).toBeLessThan(60_000);
    // tsx keeps a compile cache there (tsx-<uid>) on purpose; anything else would be left over from the run.
    expect(readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
  });
});
