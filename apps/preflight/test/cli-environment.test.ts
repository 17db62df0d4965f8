// `pnpm preflight` when the environment lets it down: one line saying what to do, exit code 2, no stack.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort, MIN_SERVER_MAJOR, startEmbeddedServer } from '@leadmetrics/db';
import { readOnlyFolder, startOldServer, testServer } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const folder = readOnlyFolder('lm-preflight-');
afterAll(() => folder.release());

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });

/** The same, without blocking this process: for a server the test itself runs. */
function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env: { ...process.env, DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

function expectOneLineFailure(result: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(result.stderr.trim().split('\n').at(-1)).toMatch(pattern);
}

describe('preflight CLI, environmental failures', () => {
  it('a database URL where nothing listens', async () => {
    const port = await findFreePort();
    expectOneLineFailure(
      run(['--database-url', `postgresql://postgres@127.0.0.1:${port}/nowhere`]),
      new RegExp(`^preflight: .*127\\.0\\.0\\.1:${port}.*nothing listens there`),
    );
  });

  it('a wrong password: one line naming the fix, never the password', async () => {
    const server = await startEmbeddedServer();
    try {
      const wrong = new URL(server.url);
      wrong.password = 'not-the-password';
      const result = run(['--database-url', wrong.toString()]);
      expectOneLineFailure(result, /^preflight: .*password authentication failed.*fix the user name and password/);
      expect(`${result.stdout}${result.stderr}`).not.toContain('not-the-password');
    } finally {
      await server.stop();
    }
  });

  it('a server older than the migrations support: one line naming its version and what to do, before any plan', async () => {
    const old = await startOldServer('13.16');
    try {
      expectOneLineFailure(
        await runAsync(['--database-url', old.url]),
        new RegExp(
          `^preflight: PostgreSQL 13 at 127\\.0\\.0\\.1:${old.port} .*is older than the migrations support \\(${MIN_SERVER_MAJOR} or newer\\): point the database URL .* at a newer server`,
        ),
      );
      expect(
        old.statements.every((sql) => /version/i.test(sql)),
        old.statements.join('\n'),
      ).toBe(true);
    } finally {
      await old.close();
    }
  });

  it('a report folder it cannot write, said before any work', async () => {
    const server = await testServer();
    expectOneLineFailure(
      run(['--database-url', server.url, '--report', folder.dir]),
      new RegExp(`^preflight: cannot open ${folder.dir}/.*${folder.refusal}; write the report elsewhere with --report <dir>`, 'i'),
    );
  });
});
