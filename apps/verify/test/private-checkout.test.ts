// `pnpm verify` from a checkout under a folder closed to other users (0700), with spaces in its path: as root (the
// embedded server then runs as another user, who cannot enter the checkout) and as an ordinary user (who owns the
// closed folder). The test builds that layout itself: this checkout, bind-mounted at "<0700 folder>/my checkout", so
// nothing is copied. Binding needs root; elsewhere the cases are skipped with the reason printed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const isRoot = process.getuid?.() === 0;
const layouts: Array<{ folder: string; mountPoint: string }> = [];
afterAll(() => {
  for (const { folder, mountPoint } of layouts) {
    if (mountPoint) spawnSync('umount', ['-l', mountPoint]);
    rmSync(folder, { recursive: true, force: true });
  }
});

const NOBODY = { name: 'nobody', uid: 65534, gid: 65534 };
const asNobody = ['setpriv', `--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups', '--'];

/** Why the cases cannot run here, or undefined when they can. */
function reasonToSkip(): string | undefined {
  if (!isRoot) return 'binding the checkout into a closed folder needs root (mount --bind)';
  const probe = mkdtempSync(path.join(os.tmpdir(), 'lm-bind-probe-'));
  try {
    const bound = spawnSync('mount', ['--bind', probe, probe], { encoding: 'utf8' });
    if (bound.status !== 0) return `mount --bind does not work here (${bound.error?.message ?? bound.stderr.trim()})`;
    spawnSync('umount', [probe]);
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  const nobodyRunsNode = spawnSync(asNobody[0]!, [...asNobody.slice(1), process.execPath, '-e', '0'], { encoding: 'utf8' });
  if (nobodyRunsNode.status !== 0) {
    return `user nobody cannot run ${process.execPath} (${nobodyRunsNode.error?.message ?? nobodyRunsNode.stderr.trim()})`;
  }
  return undefined;
}

const skipReason = reasonToSkip();
if (skipReason) console.log(`[private-checkout.test] skipped: ${skipReason}`);

/**
 * "<0700 folder owned by `owner`>/my checkout" showing this checkout, and a temp folder of the run's own: inside the
 * closed folder for an ordinary user (its server runs as itself), outside it as root (the server's user must reach its
 * data folder; the checkout is what it cannot reach).
 */
function closedLayout(owner: { uid: number; gid: number }): { folder: string; checkout: string; tmp: string; home: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'lm private checkout '));
  const checkout = path.join(folder, 'my checkout');
  const home = path.join(folder, 'home');
  mkdirSync(checkout);
  mkdirSync(home);
  let tmp = path.join(folder, 'tmp');
  if (owner.uid === 0) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-verify-tmp-'));
    chmodSync(tmp, 0o755);
    layouts.push({ folder: tmp, mountPoint: '' });
  } else mkdirSync(tmp);
  spawnSync('chown', ['-R', `${owner.uid}:${owner.gid}`, folder]);
  chmodSync(folder, 0o700);
  const bound = spawnSync('mount', ['--bind', repositoryRoot, checkout], { encoding: 'utf8' });
  expect(bound.status, bound.stderr).toBe(0);
  layouts.push({ folder, mountPoint: checkout });
  return { folder, checkout, tmp, home };
}

function runVerify(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(command[0]!, command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

function verifyEnv(layout: { tmp: string; home: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: layout.home, TMPDIR: layout.tmp, LEADMETRICS_POSTGRES: 'embedded' };
  delete env.DATABASE_URL;
  return env;
}

/** What the run left in its temp folder besides the compile caches tsx and jiti keep there on purpose. */
function leftOver(tmp: string): string[] {
  return readdirSync(tmp).filter((name) => !/^(tsx-\d+|jiti)$/.test(name));
}

describe('pnpm verify from a checkout under a 0700 folder with spaces in its path', () => {
  it.skipIf(skipReason)('as root: passes, its server running as another user from a copy it can reach', async () => {
    const layout = closedLayout({ uid: 0, gid: 0 });
    const app = path.join(layout.checkout, 'apps', 'verify');
    const report = path.join(layout.folder, 'report');
    const run = await runVerify(
      [process.execPath, '--import', 'tsx', 'src/cli.ts', '--only', '12', '--report', report],
      app,
      verifyEnv(layout),
    );
    expect(run.code, run.output).toBe(0);
    expect(run.output.trim().split('\n').at(-1)).toMatch(/^✓ verify passed/);
    // The layout is what made it hard: the server's user could not reach the checkout's copy of the binaries.
    expect(run.output).toMatch(
      new RegExp(`user "\\w+" cannot reach ${escapeRegExp(layout.checkout)}/node_modules/.*; running the server from a copy`),
    );
    expect(run.output).not.toMatch(/running as root/);
    expect(leftOver(layout.tmp)).toEqual([]);
  });

  it.skipIf(skipReason)('as an ordinary user who owns the closed folder: passes, its server running as that user', async () => {
    const layout = closedLayout(NOBODY);
    const app = path.join(layout.checkout, 'apps', 'verify');
    const report = path.join(layout.folder, 'report');
    const run = await runVerify(
      [...asNobody, process.execPath, '--import', 'tsx', 'src/cli.ts', '--only', '12', '--report', report],
      app,
      verifyEnv(layout),
    );
    expect(run.code, run.output).toBe(0);
    expect(run.output.trim().split('\n').at(-1)).toMatch(/^✓ verify passed/);
    expect(run.output).toMatch(new RegExp(`data in ${escapeRegExp(layout.tmp)}/leadmetrics-pg-\\w+, running as ${NOBODY.name}\\)`));
    expect(leftOver(layout.tmp)).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
