// Ctrl-C to `pnpm new-migration` at any point of its run: it ends by the interrupt with nothing made, or it had
// already finished and the folder is whole; never half a migration folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cpuSecondsOf, interruptWhen } from '../src/testing/index.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'lm-new-migration-ctrl-c-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('new-migration, Ctrl-C', () => {
  it('interrupted at CPU times across its whole run: exit 130 (or the signal) and nothing made, or a whole folder', async () => {
    const outcomes: string[] = [];
    for (const cpu of [0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2]) {
      const dir = mkdtempSync(path.join(scratch, 'migrations-'));
      const run = await interruptWhen(
        [process.execPath, '--import', '@leadmetrics/db/register-tsx', 'src/migrations/scaffold.ts', 'add_invoice_notes', '--dir', dir],
        { cwd: packageRoot, when: (_output, pid) => cpuSecondsOf(pid) >= cpu },
      ).catch((error: Error) => {
        // It finished before that much CPU: then the folder must be whole (checked below).
        if (!/ended before the moment/.test(error.message)) throw error;
        return { code: 0, signal: null, stdout: '', stderr: '', lastLine: '' };
      });
      const made = readdirSync(dir);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
      if (run.code === 0) {
        expect(made).toHaveLength(1);
        expect(readdirSync(path.join(dir, made[0]!)).sort()).toEqual(['README.md', 'down.sql', 'migration.sql', 'validate.sql']);
        outcomes.push('finished');
      } else {
        expect([
          { code: 130, signal: null },
          { code: null, signal: 'SIGINT' },
        ]).toContainEqual({ code: run.code, signal: run.signal });
        expect(made).toEqual([]);
        outcomes.push('interrupted');
      }
    }
    // At least the first run is interrupted before it could write anything.
    expect(outcomes[0]).toBe('interrupted');
  });
});
