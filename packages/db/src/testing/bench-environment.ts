// The shared case of every package's bench-environment test: `pnpm bench` there (bench/index.ts) with a
// DATABASE_URL where nothing listens gives one line naming host and port, exit code 2 and no stack trace,
// and leaves no temporary folder behind.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../embedded-server.js';

/**
 * Declares the test for the bench of the package at `packageRoot`, whose one-line messages start with `prefix`
 * (`bench`, or the command's own name).
 */
export function describeBenchWithUnreachableDatabase(name: string, packageRoot: string, prefix: string): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-bench-env-'));
  chmodSync(tmp, 0o755);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  describe(`${name} bench, environmental failures`, () => {
    it('a DATABASE_URL where nothing listens', async () => {
      const port = await findFreePort();
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
          `^${prefix}: Cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port}, database "bench_nowhere" \\(from DATABASE_URL\\): .*nothing listens there`,
        ),
      );
      // tsx keeps a compile cache there (tsx-<uid>) on purpose; anything else would be left over from the run.
      expect(readdirSync(tmp).filter((entry) => !/^tsx-\d+$/.test(entry))).toEqual([]);
    });
  });
}
