// Ctrl-C to lint-schema: it reads schemas and writes nothing, starts no server and makes no temporary file, so the
// interrupt simply ends it (by the signal: a shell reports 130). What must not happen is a stack trace, or something
// left in the temp dir, wherever in its run the interrupt lands.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/lint-schema.cjs', import.meta.url));
// The largest schema at hand: the legacy schema of the repository this package was written for.
const SCHEMA = fileURLToPath(new URL('../../db/prisma/legacy/schema.prisma', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lm-lint-ctrl-c-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** CPU seconds the process has used so far (utime + stime from /proc). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Runs lint-schema in a process group of its own and sends the group SIGINT once it has used `cpu` seconds (if it has not ended). */
async function interruptAt(cpu: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  const child = spawn(process.execPath, [BIN, '--format', 'json', SCHEMA], { detached: true, env: { ...process.env, TMPDIR: tmp } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  while (!ended && cpuSeconds(child.pid!) < cpu) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!ended) process.kill(-child.pid!, 'SIGINT');
  return { ...(await exited), output };
}

describe('lint-schema, Ctrl-C', () => {
  it('ends by the interrupt (or had finished), with no stack trace and nothing in the temp dir', async () => {
    const first = await interruptAt(0);
    expect({ code: first.code, signal: first.signal }).toEqual({ code: null, signal: 'SIGINT' });
    for (const cpu of [0.02, 0.05, 0.1]) {
      const run = await interruptAt(cpu);
      expect(run.output).not.toMatch(/^\s+at .+[:(]\d+/m);
      if (run.signal === null) expect([0, 1]).toContain(run.code);
      else expect(run.signal).toBe('SIGINT');
    }
    expect(readdirSync(tmp)).toEqual([]);
  });
});
