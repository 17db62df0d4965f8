// The shared cases of every package's bench-environment test: `pnpm bench` there (bench/index.ts) with a
// DATABASE_URL where nothing listens, or one whose user the server refuses, gives one line naming the cause and the
// fix, exit code 2 and no stack trace, before any measurement, and leaves no temporary folder behind.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../embedded-server.js';
import { testServer } from '../test-database.js';

/**
 * Declares the test for the bench of the package at `packageRoot`, whose one-line messages start with `prefix`
 * (`bench`, or the command's own name).
 */
export function describeBenchDatabaseFailures(name: string, packageRoot: string, prefix: string): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-bench-env-'));
  chmodSync(tmp, 0o755);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const runBench = (databaseUrl: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(packageRoot, 'bench', 'index.ts')], {
      cwd: packageRoot,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl, TMPDIR: tmp, LEADMETRICS_DEBUG: '' },
      timeout: 120_000,
    });

  describe(`${name} bench, environmental failures`, () => {
    it('a DATABASE_URL where nothing listens', async () => {
      const port = await findFreePort();
      const result = runBench(`postgresql://postgres@127.0.0.1:${port}/bench_nowhere`);
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

    it('a DATABASE_URL whose user the server refuses: said before any measurement', async () => {
      // A role that does not exist, with a password: refused whatever the server's authentication method (trust too).
      const role = `lm_no_such_role_${randomBytes(4).toString('hex')}`;
      const url = new URL((await testServer()).url);
      url.username = role;
      url.password = 'not-the-password';
      const result = runBench(url.toString());
      expect(result.status, result.stderr).toBe(2);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
      expect(`${result.stdout}${result.stderr}`).not.toContain('not-the-password');
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(
        new RegExp(
          `^${prefix}: Cannot connect to PostgreSQL at ${url.hostname.replaceAll('.', '\\.')}:${url.port}, .*\\(from DATABASE_URL\\): .*` +
            `the server refused user "${role}"; fix the user name and password in the URL`,
        ),
      );
      // No timing, rate or ratio was printed: the bench stopped before measuring anything.
      expect(result.stdout).not.toMatch(/\d\s*(ms|s)\b|rows\/s|\d\.\d+x\b/);
      expect(readdirSync(tmp).filter((entry) => !/^tsx-\d+$/.test(entry))).toEqual([]);
    });
  });
}
