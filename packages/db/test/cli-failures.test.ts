// Bad input gets a clear error, fast: a migration that fails half-way, an unreachable database.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../src/catalog-diff.js';
import { takeCatalogSnapshot } from '../src/catalog-snapshot.js';
import { schemaEngineBridge } from '../src/paths.js';
import { findFreePort, withPgClient } from '../src/provision.js';
import { createTestDatabase } from '../src/test-database.js';
import { createFixtureProject, type FixtureProject } from './support/fixture-project.js';
import { FIXTURE_MIGRATIONS, FIXTURE_SCHEMA } from './support/fixture-schema.js';
import { appliedMigrations, query } from './support/sql.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Changes schema and data, then fails on its last statement. */
const FAILING_MIGRATION = `ALTER TABLE "Tenant" ADD COLUMN "plan" TEXT;
UPDATE "Tenant" SET "name" = upper("name"), "plan" = 'free';
CREATE TABLE "Invoice" ("id" SERIAL PRIMARY KEY, "note" TEXT DEFAULT 'a; b');
CREATE INDEX "Tenant_plan_idx" ON "Tenant"("plan");
SELECT 1 / (SELECT count(*) - count(*) FROM "Tenant");
`;

describe('a migration that fails half-way', () => {
  it('leaves the database exactly as it was before it, and migrate status names it', async () => {
    const failingName = '20240103000000_fails_halfway';
    const fixture: FixtureProject = await createFixtureProject({ schema: FIXTURE_SCHEMA, migrations: FIXTURE_MIGRATIONS });
    cleanups.push(() => fixture.dispose());
    const db = await createTestDatabase('lm_fail');
    cleanups.push(() => db.dispose());

    expect((await fixture.run(['migrate', 'deploy'], { databaseUrl: db.url })).code).toBe(0);
    await withPgClient(db.url, (client) => client.query(`INSERT INTO "Tenant" (name) VALUES ('acme'), ('globex')`));
    const catalogBefore = await takeCatalogSnapshot(db.url);
    const rowsBefore = await query(db.url, 'SELECT * FROM "Tenant" ORDER BY id');

    await fixture.write(`prisma/migrations/${failingName}/migration.sql`, FAILING_MIGRATION);
    const deploy = await fixture.run(['migrate', 'deploy'], { databaseUrl: db.url });
    expect(deploy.code).not.toBe(0);
    expect(deploy.stderr).toContain(failingName);
    expect(deploy.stderr).toContain('division by zero');

    expect(diffSnapshots(catalogBefore, await takeCatalogSnapshot(db.url), { labels: ['before', 'after'] })).toEqual([]);
    expect(await query(db.url, 'SELECT * FROM "Tenant" ORDER BY id')).toEqual(rowsBefore);
    const failed = (await appliedMigrations(db.url)).find((m) => m.name === failingName);
    expect(failed).toEqual({ name: failingName, finished: false, rolledBack: false });

    const status = await fixture.run(['migrate', 'status'], { databaseUrl: db.url });
    expect(status.code).not.toBe(0);
    expect(status.stdout + status.stderr).toMatch(new RegExp(`failed[\\s\\S]*${failingName}`, 'i'));

    // The documented way out: mark it rolled back, fix the file, deploy again.
    const resolve = await fixture.run(['migrate', 'resolve', '--rolled-back', failingName], { databaseUrl: db.url });
    expect(resolve.code, resolve.stderr).toBe(0);
    await fixture.write(`prisma/migrations/${failingName}/migration.sql`, FAILING_MIGRATION.replace(/^SELECT 1 \/.*$/m, ''));
    const redeploy = await fixture.run(['migrate', 'deploy'], { databaseUrl: db.url });
    expect(redeploy.code, redeploy.stderr).toBe(0);
    const attempts = (await appliedMigrations(db.url)).filter((m) => m.name === failingName);
    attempts.sort((a, b) => Number(a.finished) - Number(b.finished));
    expect(attempts).toEqual([
      { name: failingName, finished: false, rolledBack: true },
      { name: failingName, finished: true, rolledBack: false },
    ]);
    expect(await query(db.url, 'SELECT name, plan FROM "Tenant" ORDER BY id')).toEqual(
      (rowsBefore as Array<{ name: string }>).map((row) => ({ name: row.name.toUpperCase(), plan: 'free' })),
    );
  });
});

describe('an unreachable DATABASE_URL', () => {
  /**
   * "Within 10 s" is the bridge's part: its connect timeout is 3 s, checked below on the bridge alone.
   * Through the CLI we check the property that matters whatever the machine's load: the command ends
   * on its own with that one-line error instead of waiting forever (pg's default); `pnpm bench`
   * prints how long it takes next to a plain `prisma validate`.
   */
  let fixture: FixtureProject;
  beforeAll(async () => {
    fixture = await createFixtureProject({ schema: FIXTURE_SCHEMA, migrations: FIXTURE_MIGRATIONS });
    cleanups.push(() => fixture.dispose());
  });

  /** The error as the user sees it: the last non-empty line Prisma printed. */
  function errorLine(output: string): string {
    return (
      output
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .pop() ?? ''
    );
  }

  it('fails fast with one line naming host, port and database when nothing listens', async () => {
    const port = await findFreePort();
    const result = await fixture.run(['migrate', 'deploy'], {
      databaseUrl: `postgresql://postgres@127.0.0.1:${port}/nowhere_db`,
      timeoutMs: 60_000,
    });
    expect(result.timedOut).toBe(false);
    expect(result.code).not.toBe(0);
    const line = errorLine(result.stderr);
    expect(line).toContain(`127.0.0.1:${port}`);
    expect(line).toContain('nowhere_db');
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
  });

  it('does not hang on a server that accepts the connection and never answers', async () => {
    // Accept, read and discard, never answer. (Reading lets the socket see the client go away.)
    const silent = net.createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => silent.close(resolve)));
    const { port } = silent.address() as net.AddressInfo;

    const result = await fixture.run(['migrate', 'status'], {
      databaseUrl: `postgresql://postgres@127.0.0.1:${port}/silent_db`,
      timeoutMs: 60_000,
    });
    expect(result.timedOut).toBe(false);
    expect(result.code).not.toBe(0);
    const line = errorLine(result.stderr);
    expect(line).toContain(`127.0.0.1:${port}`);
    expect(line).toContain('silent_db');
    expect(line).toMatch(/timeout|timed out/i);
  });

  it('the bridge alone gives up on the silent server well within 10 s', async () => {
    const silent = net.createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => silent.close(resolve)));
    const { port } = silent.address() as net.AddressInfo;
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        schemaEngineBridge,
        '--datasource',
        JSON.stringify({ url: `postgresql://postgres@127.0.0.1:${port}/silent_db` }),
        'cli',
        'can-connect-to-database',
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(result.status).toBe(1);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(JSON.parse(result.stderr.trim().split('\n').pop()!)).toMatchObject({ fields: { error_code: 'P1001' } });
  });
});
