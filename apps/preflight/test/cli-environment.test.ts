// `pnpm preflight` when the environment lets it down: one line saying what to do, exit code 2, no stack.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort, MIN_SERVER_MAJOR, startEmbeddedServer, withPgClient } from '@leadmetrics/db';
import { createTestDatabase, interruptWhen, leftInTempFolder, readOnlyFolder, startOldServer, testServer } from '@leadmetrics/db/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_NAME } from '../src/read-only.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const appRoot = fileURLToPath(new URL('..', import.meta.url));
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
      old.expectOnlyVersionAsked();
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

describe('preflight CLI, Ctrl-C', () => {
  it('while it waits for a table: exit code 130, its read-only session gone, nothing left in the temp folder', async () => {
    const db = await createTestDatabase('lm_preflight_ctrl_c');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-preflight-ctrl-c-'));
    chmodSync(tmp, 0o755);
    // The history table preflight reads, held by the test: the run is certain to be mid-way when Ctrl-C comes.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query(
        `CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz,
           migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
           applied_steps_count integer NOT NULL DEFAULT 0)`,
      );
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE');
      // Asked on a connection of its own: inside the holder's transaction the statistics would not change.
      const sessions = (waiting: boolean) =>
        withPgClient(db.url, async (client) =>
          Number(
            (
              await client.query<{ n: string }>(
                `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 AND ($3 = false OR wait_event_type = 'Lock')`,
                [db.name, APPLICATION_NAME, waiting],
              )
            ).rows[0]!.n,
          ),
        );
      const run = await interruptWhen(
        [process.execPath, '--import', '@leadmetrics/db/register-tsx', cli, '--database-url', db.url, '--lock-timeout', '600000'],
        { cwd: appRoot, env: { DATABASE_URL: undefined, TMPDIR: tmp }, when: async () => (await sessions(true)) > 0 },
      );
      expect(run.code, run.stderr).toBe(130);
      expect(run.lastLine).toMatch(/^preflight: interrupted \(SIGINT\)/);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
      // The server ends a session once its client is gone; give it a moment to notice.
      for (let tries = 0; tries < 100 && (await sessions(false)) > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await sessions(false)).toBe(0);
      expect(leftInTempFolder(tmp)).toEqual([]);
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
      await db.dispose();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
