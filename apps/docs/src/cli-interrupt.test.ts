// Ctrl-C to `pnpm docs:generate` while it draws the diagrams: exit code 130 and nothing written, rather than the
// run going on to the end (or, worse, half a docs folder).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpuSecondsOf, interruptWhen } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const command = [process.execPath, '--import', '@leadmetrics/db/register-tsx', 'src/cli.ts'];
const scratch = mkdtempSync(path.join(os.tmpdir(), 'lm-docs-ctrl-c-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('docs CLI, Ctrl-C', () => {
  it('while it generates: exit code 130, the output folder never made', async () => {
    // --help loads every module once, so tsx's compile cache is warm and the run below spends its CPU on the docs:
    // loading takes about 0.9 s of CPU, generating 1.2 to 1.5 s more.
    expect(spawnSync(command[0]!, [...command.slice(1), '--help'], { cwd: appRoot }).status).toBe(0);
    const out = path.join(scratch, 'docs');
    const run = await interruptWhen([...command, '--out', out], { cwd: appRoot, when: (_output, pid) => cpuSecondsOf(pid) >= 1.3 });
    expect({ code: run.code, signal: run.signal }, `${run.stdout}${run.stderr}`).toEqual({ code: 130, signal: null });
    expect(run.lastLine).toMatch(/^docs: interrupted \(SIGINT\)/);
    expect(existsSync(out)).toBe(false);
  });
});
