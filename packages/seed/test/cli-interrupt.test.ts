// Ctrl-C while `pnpm seed` loads. The command pnpm runs (package.json's "seed" script, through a shell, with the
// workspace's tools on PATH) and the `leadmetrics-seed` executable each run in a process group of their own that gets
// SIGINT the way a terminal sends it. Each must end with exit code 130 after undoing the load: no process of it left,
// no temporary folder, and the database as it was before (no rows, every key and index back).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffSnapshots, takeCatalogSnapshot } from '@leadmetrics/db';
import { afterAll, describe, expect, test } from 'vitest';
import { closeConnections, createLegacyDatabase, query } from './helpers.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const workspaceRoot = join(packageRoot, '..', '..');
const seedScript = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { scripts: { seed: string } }).scripts.seed;
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Processes whose process group is `group`, read from /proc. */
function processesInGroup(group: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, ...
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ');
      if (Number(fields[2]) === group && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return members;
}

/** Waits until a COPY of the seed into `database` is running, i.e. the load is under way. */
async function loadIsUnderWay(databaseUrl: string, database: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !exited()) {
    const copying = await query(
      databaseUrl,
      `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND query ILIKE 'COPY %'`,
      [database],
    );
    if (copying.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the seed never started loading');
}

/** Every table of the database with its number of rows. */
async function rowsPerTable(databaseUrl: string): Promise<Record<string, number>> {
  const rows = await query<{ name: string; n: string }>(
    databaseUrl,
    `SELECT tablename AS name,
            (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', schemaname, tablename), false, true, '')))[1]::text AS n
       FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}

/**
 * How the command reports the interrupt: the seed's own exit code 130, or, through a shell, the shell ending itself
 * with SIGINT once the seed has ended (what sh does after a child it waited for was interrupted).
 */
type Ending = { code: 130; signal: null } | { code: null; signal: 'SIGINT' };

async function interruptWhileLoading(command: string[], label: string, ending: Ending): Promise<void> {
  const db = await createLegacyDatabase(`seed_ctrl_c_${label}`);
  cleanups.push(() => db.dispose());
  cleanups.push(() => closeConnections(db.url));
  const database = new URL(db.url).pathname.slice(1);
  const catalogBefore = await takeCatalogSnapshot(db.url);
  const rowsBefore = await rowsPerTable(db.url);
  const tmp = mkdtempSync(join(tmpdir(), 'lm-seed-ctrl-c-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  chmodSync(tmp, 0o755);

  const child = spawn(command[0]!, [...command.slice(1), '--database-url', db.url, '--scale', 'small', '--quiet'], {
    cwd: packageRoot,
    detached: true, // a process group of its own, as a terminal gives a command
    env: {
      ...process.env,
      DATABASE_URL: '',
      TMPDIR: tmp,
      PATH: `${join(packageRoot, 'node_modules', '.bin')}:${join(workspaceRoot, 'node_modules', '.bin')}:${process.env.PATH}`,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let hasExited = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      hasExited = true;
      resolve({ code, signal });
    }),
  );
  await loadIsUnderWay(db.url, database, () => hasExited);
  expect(processesInGroup(child.pid!).length).toBeGreaterThan(0);
  process.kill(-child.pid!, 'SIGINT'); // Ctrl-C: every process of the group gets it

  const { code, signal } = await exited;
  expect({ code, signal }, stderr).toEqual(ending);
  expect(stderr.trim().split('\n').at(-1)).toBe('seed: interrupted: the rows loaded so far were removed and every key restored');
  expect(stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(processesInGroup(child.pid!)).toEqual([]);
  // tsx keeps a compile cache there (tsx-<uid>) on purpose; anything else would be left over from the run.
  expect(readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
  expect(await rowsPerTable(db.url)).toEqual(rowsBefore);
  expect(diffSnapshots(catalogBefore, await takeCatalogSnapshot(db.url), { labels: ['before', 'after'] })).toEqual([]);
}

describe('Ctrl-C while the seed loads', () => {
  test('pnpm seed (the package script, src/cli.ts through a shell): the load undone, nothing left behind, the interrupt reported', async () => {
    await interruptWhileLoading(['sh', '-c', `${seedScript} "$@"`, 'seed'], 'script', { code: null, signal: 'SIGINT' });
  });

  test('the leadmetrics-seed executable: exit 130, the load undone, nothing left behind', async () => {
    await interruptWhileLoading([process.execPath, join(packageRoot, 'bin', 'seed.mjs')], 'bin', { code: 130, signal: null });
  });
});
