// Ctrl-C to `pnpm bench` here half-way: exit code 130, no server process and no folder left in the temp dir.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { interruptWhen, leftInTempFolder, processesNaming } from '../src/testing/index.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-bench-ctrl-c-'));
chmodSync(tmp, 0o755); // as root, the embedded server's user must be able to enter it
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('db bench, Ctrl-C', () => {
  it('while its embedded server runs and its deploy folder exists: exit code 130, both gone', async () => {
    const run = await interruptWhen([process.execPath, '--import', '@leadmetrics/db/register-tsx', 'bench/index.ts'], {
      cwd: packageRoot,
      env: { DATABASE_URL: undefined, TMPDIR: tmp, BENCH_EMBEDDED_RUNS: '1' },
      // Part 2 under way: the server of part 1 still runs (its data under tmp) and the migration folder is written.
      when: () => {
        const entries = readdirSync(tmp);
        return entries.some((entry) => entry.startsWith('lm-bench-deploy-')) && processesNaming(tmp).length > 0;
      },
    });
    expect(run.code, `${run.stdout}${run.stderr}`).toBe(130);
    expect(run.lastLine).toMatch(/^bench: interrupted \(SIGINT\)/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
    expect(processesNaming(tmp)).toEqual([]);
    expect(leftInTempFolder(tmp)).toEqual([]);
  });
});
