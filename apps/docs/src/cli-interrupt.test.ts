// Ctrl-C to `pnpm docs:generate` while it draws the diagrams: exit code 130 and nothing written, rather than the
// run going on to the end (or, worse, half a docs folder).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interruptWhen } from '@leadmetrics/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const command = [process.execPath, '--import', '@leadmetrics/db/register-tsx', 'src/cli.ts'];
const scratch = mkdtempSync(path.join(os.tmpdir(), 'lm-docs-ctrl-c-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('docs CLI, Ctrl-C', () => {
  it('while it generates: exit code 130, the output folder never made', async () => {
    // Interrupted once the first domain's diagrams are done and the second's begin: well inside the drawing, whatever
    // the machine's speed, and nothing is written before all of it is done.
    const out = path.join(scratch, 'docs');
    const run = await interruptWhen([...command, '--out', out], {
      cwd: appRoot,
      when: (output) => /drawing the .* diagrams \(2 of \d+\)/.test(output),
    });
    expect({ code: run.code, signal: run.signal }, `${run.stdout}${run.stderr}`).toEqual({ code: 130, signal: null });
    expect(run.lastLine).toMatch(/^docs: interrupted \(SIGINT\)/);
    expect(existsSync(out)).toBe(false);
  });
});
