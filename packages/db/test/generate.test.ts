// bin/generate.mjs on a copy of this package: two runs at once and a run after an interrupted one
// both end with complete clients and nothing left over.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The parts of this package that generation reads, in a fresh folder, with no generated/ yet. */
function packageCopy(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lm-generate-'));
  scratch.push(root);
  for (const part of ['bin', 'prisma', 'package.json', 'prisma.config.ts'])
    cpSync(path.join(packageRoot, part), path.join(root, part), { recursive: true });
  symlinkSync(path.join(packageRoot, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

function runGenerate(
  root: string,
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; done: Promise<{ code: number | null; output: string }> } {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'generate.mjs')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })));
  return { child, done };
}

function expectCompleteClients(root: string): void {
  const generated = path.join(root, 'generated');
  expect(readdirSync(generated).sort()).toEqual(['client', 'legacy-client']);
  for (const client of ['client', 'legacy-client']) {
    expect(existsSync(path.join(generated, client, 'client.ts'))).toBe(true);
    expect(existsSync(path.join(generated, client, 'models.ts'))).toBe(true);
    expect(existsSync(path.join(generated, client, '.generated-from'))).toBe(true);
  }
}

describe('bin/generate.mjs', () => {
  it('stops with one line, naming the holder, when another live run keeps the lock past the wait', async () => {
    const root = packageCopy();
    const lock = path.join(root, 'generated', '.generate.lock');
    mkdirSync(lock, { recursive: true });
    // This test's own process stands for the other run: alive for as long as the run waits.
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    const { code, output } = await runGenerate(root, { LEADMETRICS_GENERATE_WAIT_SECONDS: '1' }).done;
    expect(code, output).toBe(2);
    expect(output.trim().split('\n')).toEqual([
      `generate: another run (pid ${process.pid}) has held ${lock} for 1 s: wait for it to end, or remove that folder if no such process runs`,
    ]);
    expect(existsSync(path.join(root, 'generated', 'client'))).toBe(false);
  });

  it('two runs started together both succeed, one after the other, into complete clients', async () => {
    const root = packageCopy();
    const [first, second] = await Promise.all([runGenerate(root).done, runGenerate(root).done]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    // The lock made one wait; it then found the other's clients current and kept them.
    expect([first.output, second.output].filter((output) => output.includes('up to date')).length).toBe(1);
    expectCompleteClients(root);
  });

  it('after a run killed in the middle, and with a half-written client, the next run rebuilds both', async () => {
    const root = packageCopy();
    const interrupted = runGenerate(root);
    // Kill it while prisma generate writes into its staging folder.
    const generated = path.join(root, 'generated');
    for (let waited = 0; waited < 60_000; waited += 100) {
      if (existsSync(generated) && readdirSync(generated).some((entry) => entry.startsWith('.staging-'))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    interrupted.child.kill('SIGKILL');
    await interrupted.done;
    expect(readdirSync(generated)).toContain('.generate.lock');

    // A client folder cut short, as an interrupted in-place generate leaves it.
    cpSync(path.join(packageRoot, 'generated', 'client'), path.join(generated, 'client'), { recursive: true });
    unlinkSync(path.join(generated, 'client', 'models.ts'));
    writeFileSync(path.join(generated, 'client', '.generated-from'), 'not the hash of these sources');

    const next = await runGenerate(root).done;
    expect(next.code, next.output).toBe(0);
    expect(next.output).not.toContain('up to date');
    expectCompleteClients(root);
  });
});
