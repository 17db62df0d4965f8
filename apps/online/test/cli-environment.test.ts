// The online harness pointed at a server older than the migrations support: one line naming its version and what
// to do, exit code 2, and nothing made on that server.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MIN_SERVER_MAJOR } from '@leadmetrics/db';
import { startOldServer } from '@leadmetrics/db/testing';
import { describe, expect, it } from 'vitest';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

describe('online harness, environmental failures', () => {
  it('a --database-url server older than the migrations support', async () => {
    const old = await startOldServer('13.16');
    try {
      const child = spawn(process.execPath, ['--import', '@leadmetrics/db/register-tsx', 'src/cli.ts', '--database-url', old.url], {
        cwd: appRoot,
        env: { ...process.env, DATABASE_URL: '' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.resume();
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(status, stderr).toBe(2);
      expect(stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
      expect(stderr.trim().split('\n').at(-1)).toMatch(
        new RegExp(
          `^online: PostgreSQL 13 at 127\\.0\\.0\\.1:${old.port} \\(from --database-url\\) is older than the migrations support \\(${MIN_SERVER_MAJOR} or newer\\)`,
        ),
      );
      // It asked for the version and stopped there: no database was made on that server.
      old.expectOnlyVersionAsked();
    } finally {
      await old.close();
    }
  });
});
