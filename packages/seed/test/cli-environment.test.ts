// `pnpm seed` when the environment lets it down: one line saying what to do, exit code 2, no stack.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createThrowawayDatabase, findFreePort, startEmbeddedServer } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations';
import { readOnlyFolder } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, test } from 'vitest';
import { closeConnections, createLegacyDatabase, query } from './helpers.js';

const bin = fileURLToPath(new URL('../bin/seed.mjs', import.meta.url));
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function runSeed(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

function expectOneLineFailure(result: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(result.stderr.trim().split('\n').at(-1)).toMatch(pattern);
}

/** The number of rows in all tables of the database. */
async function rowsInDatabase(databaseUrl: string): Promise<number> {
  const [row] = await query<{ rows: string | null }>(
    databaseUrl,
    `SELECT sum((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', schemaname, tablename), false, true, '')))[1]::text::bigint) AS rows
       FROM pg_tables WHERE schemaname = 'public'`,
  );
  return Number(row!.rows ?? 0);
}

describe('seed CLI, environmental failures', () => {
  test('a database URL where nothing listens', async () => {
    const port = await findFreePort();
    const result = await runSeed(['--database-url', `postgresql://postgres@127.0.0.1:${port}/nowhere`, '--quiet']);
    expectOneLineFailure(result, new RegExp(`^seed: could not run: .*127\\.0\\.0\\.1:${port}.*start the server or fix the host and port`));
  });

  test('a manifest folder it cannot write: said before anything is loaded', async () => {
    const db = await createLegacyDatabase('seed_readonly_out');
    cleanups.push(() => db.dispose());
    cleanups.push(() => closeConnections(db.url));
    const folder = readOnlyFolder('lm-seed-out-');
    cleanups.push(() => folder.release());
    const rowsBefore = await rowsInDatabase(db.url);
    const result = await runSeed(['--database-url', db.url, '--out', folder.dir, '--quiet']);
    expectOneLineFailure(
      result,
      new RegExp(
        `^seed: could not run: cannot open ${folder.dir}/\\.write-test-\\d+: .*${folder.refusal}.*; write the manifest elsewhere with --out <dir>$`,
        'i',
      ),
    );
    expect(await rowsInDatabase(db.url)).toBe(rowsBefore);
  });

  test('a wrong password: one line naming the fix, never the password', async () => {
    const server = await startEmbeddedServer();
    cleanups.push(() => server.stop());
    const wrong = new URL(server.url);
    wrong.password = 'not-the-password';
    const result = await runSeed(['--database-url', wrong.toString(), '--quiet']);
    expectOneLineFailure(
      result,
      /^seed: could not run: .*password authentication failed.*fix them in the database URL \(DATABASE_URL or --database-url\)/,
    );
    expect(result.stderr).not.toContain('not-the-password');
  });

  // A server whose data lives on a small file system (tmpfs) that the seed fills up.
  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  test.runIf(canMount)('a disk that fills up during the load', async () => {
    const small = mkdtempSync(join(tmpdir(), 'lm-small-disk-'));
    cleanups.push(() => rmSync(small, { recursive: true, force: true }));
    // Room for the server's files first (a copy of its binaries too, when the checkout is private) ...
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256m,mode=1777', 'tmpfs', small]);
    expect(mounted.status, mounted.stderr?.toString()).toBe(0);
    cleanups.push(() => spawnSync('umount', ['-l', small]));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = small;
    const server = await startEmbeddedServer().finally(() => {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    });
    cleanups.push(() => server.stop());
    const db = await createThrowawayDatabase(server.url, { prefix: 'seed_full' });
    await applyFolders(db.url, ['0_baseline'], { via: 'sql' });
    // ... then 24 MB more than it uses: far less than the load needs.
    const usedMb = Number(spawnSync('df', ['--output=used', '-B1M', small], { encoding: 'utf8' }).stdout.trim().split('\n').at(-1));
    expect(spawnSync('mount', ['-o', `remount,size=${usedMb + 24}m`, small]).status).toBe(0);

    const result = await runSeed(['--database-url', db.url, '--scale', 'medium', '--quiet']);
    expectOneLineFailure(result, /^seed: could not run: .*(disk space|No space left)/);
  });
});
