// Ctrl-C to the online harness while it works on a server of the user's own: exit code 130, and the databases it
// made there (its template and copies) dropped again, nothing left in the temp folder.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedServer, withPgClient } from '@leadmetrics/db';
import { interruptWhen, leftInTempFolder } from '@leadmetrics/db/testing';
import { describe, expect, it } from 'vitest';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

/** The databases on the server other than the ones every server has. */
async function databasesOn(url: string): Promise<string[]> {
  return withPgClient(url, async (client) =>
    (
      await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname NOT IN ('postgres', 'template0', 'template1')`)
    ).rows.map((row) => row.datname),
  );
}

describe('online harness, Ctrl-C', () => {
  it('while it seeds its template on a --database-url server: exit code 130, the databases it made are dropped', async () => {
    // A server of the test's own, so every database on it other than the standard ones is the harness's.
    const server = await startEmbeddedServer();
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lm-online-ctrl-c-'));
    chmodSync(tmp, 0o755);
    try {
      let made: string[] = [];
      const run = await interruptWhen(
        [
          process.execPath,
          '--import',
          '@leadmetrics/db/register-tsx',
          'src/cli.ts',
          '--database-url',
          server.url,
          '--out',
          path.join(tmp, 'report'),
        ],
        {
          cwd: appRoot,
          env: { DATABASE_URL: undefined, TMPDIR: tmp },
          when: async (output) => {
            if (!/seeding a template database/.test(output)) return false;
            made = await databasesOn(server.url);
            return made.length > 0;
          },
        },
      );
      expect(run.code, `${run.stdout}${run.stderr}`).toBe(130);
      expect(run.lastLine).toMatch(/^online: interrupted \(SIGINT\)/);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m);
      expect(made.length).toBeGreaterThan(0);
      expect(await databasesOn(server.url)).toEqual([]);
      expect(leftInTempFolder(tmp)).toEqual([]);
    } finally {
      await server.stop();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
