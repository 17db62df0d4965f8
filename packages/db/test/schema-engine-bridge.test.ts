// The bridge spoken to directly, the way the Prisma CLI speaks to a native schema-engine binary.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaEngineBridge } from '../src/paths.js';
import { withPgClient } from '../src/provision.js';
import { createTestDatabase, testServer } from '../src/test-database.js';
import { FIXTURE_MIGRATIONS } from './support/fixture-schema.js';
import { databaseNames } from './support/sql.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface RpcMessage {
  id?: number | string;
  method?: string;
  params?: { content?: string };
  result?: unknown;
  error?: { data?: { message?: string; error_code?: string } };
}

/** Start the bridge, send one request, collect every stdout message until its answer, then close stdin. */
async function rpc(args: string[], method: string, params: unknown): Promise<{ messages: RpcMessage[]; stderr: string }> {
  const child = spawn(process.execPath, [schemaEngineBridge, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const messages: RpcMessage[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const answered = new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as RpcMessage;
      messages.push(message);
      if (message.id === 1 && message.method === undefined) resolve();
    });
    void exited.then((code) => reject(new Error(`the bridge exited (${code}) without answering:\n${stderr}`)));
  });
  child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method, params })}\n`);
  await answered;
  child.stdin.end();
  await exited;
  return { messages, stderr };
}

function migrationsList() {
  return {
    baseDir: path.join('/nonexistent', 'migrations'),
    lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories: Object.entries(FIXTURE_MIGRATIONS).map(([name, sql]) => ({
      path: name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: sql } },
    })),
  };
}

describe('schema-engine.cjs', () => {
  it('--version names the prisma-engines commit of the installed wasm engine', () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const version = JSON.parse(readFileSync(path.join(path.dirname(gluePath), 'package.json'), 'utf8')).version as string;
    const result = spawnSync(process.execPath, [schemaEngineBridge, '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split(' ').slice(0, 2)).toEqual(['schema-engine-cli', version.split('.').pop()]);
  });

  it('cli create-database / can-connect-to-database / drop-database act on the named database', async () => {
    const server = await testServer();
    const name = `lm_bridge_cli_${Date.now().toString(36)}`;
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    const cli = (command: string) =>
      spawnSync(process.execPath, [schemaEngineBridge, '--datasource', JSON.stringify({ url: url.toString() }), 'cli', command], {
        encoding: 'utf8',
      });

    const missing = cli('can-connect-to-database');
    expect(missing.status).toBe(1);
    const errorLine = JSON.parse(missing.stderr.trim().split('\n').pop()!);
    expect(errorLine).toMatchObject({ level: 'ERROR', target: 'schema_engine::logger', fields: { error_code: 'P1003' } });

    expect(cli('create-database').status).toBe(0);
    cleanups.push(() => withPgClient(server.url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => {}));
    expect(await databaseNames(server.url, name)).toEqual([name]);
    expect(cli('can-connect-to-database').status).toBe(0);
    expect(cli('drop-database').status).toBe(0);
    expect(await databaseNames(server.url, name)).toEqual([]);
  });

  it('diff from migrations prints through a `print` request and drops its temporary shadow database', async () => {
    const db = await createTestDatabase('lm_bridge');
    cleanups.push(() => db.dispose());
    const { messages, stderr } = await rpc(['--datasource', JSON.stringify({ url: db.url })], 'diff', {
      from: { tag: 'empty' },
      to: { tag: 'migrations', ...migrationsList() },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const print = messages.find((m) => m.method === 'print');
    const answer = messages.find((m) => m.id === 1 && m.method === undefined);
    expect(answer?.error).toBeUndefined();
    expect(messages.indexOf(print!)).toBeLessThan(messages.indexOf(answer!));
    expect(print?.params?.content).toMatch(/CREATE TABLE ("public"\.)?"Tenant"/);
    expect(print?.params?.content).toMatch(/CREATE TABLE ("public"\.)?"User"/);

    const created = /created temporary shadow database (\S+)/.exec(stderr)?.[1];
    expect(created).toMatch(/^prisma_migrate_shadow_db_/);
    expect(stderr).toContain(`dropped temporary shadow database ${created}`);
    expect(await databaseNames((await testServer()).url, created!)).toEqual([]);
    // The migrations ran on the shadow database only.
    const tables = await withPgClient(db.url, (c) => c.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`));
    expect(tables.rowCount).toBe(0);
  });

  it('introspects "char" columns and the catalog\'s own "char" fields (constraint kinds, FK actions)', async () => {
    const db = await createTestDatabase('lm_bridge');
    cleanups.push(() => db.dispose());
    // contype 'c' (and on PostgreSQL 18 'n' for NOT NULL) reach the engine as "char" values.
    await withPgClient(db.url, (c) =>
      c.query(`CREATE TABLE flag (id int PRIMARY KEY, code "char" NOT NULL CONSTRAINT flag_code_check CHECK (code <> 'x'));
               CREATE TABLE flag_use (id int PRIMARY KEY, flag_id int REFERENCES flag(id) ON DELETE CASCADE)`),
    );
    const datamodel = 'datasource db {\n  provider = "postgresql"\n}\n';
    const { messages } = await rpc(['--datasource', JSON.stringify({ url: db.url })], 'introspect', {
      schema: { files: [{ path: 'schema.prisma', content: datamodel }] },
      baseDirectoryPath: '.',
      force: false,
      compositeTypeDepth: -1,
      namespaces: null,
    });
    const answer = messages.find((m) => m.id === 1);
    expect(answer?.error).toBeUndefined();
    const files = (answer?.result as { schema: { files: Array<{ content: string }> } }).schema.files;
    const schema = files.map((f) => f.content).join('\n');
    expect(schema).toMatch(/model flag \{[\s\S]*code\s+String\s+@db\.Char\b/);
    // SET NULL would be Prisma's default for an optional relation and is not printed; CASCADE is.
    expect(schema).toMatch(/model flag_use \{[\s\S]*onDelete: Cascade/);
    expect(schema).toMatch(/check constraints/);
  });

  it('answers a panic of the engine with a panic error instead of dying silently', async () => {
    const { messages } = await rpc(['--datasource', JSON.stringify({ url: (await testServer()).url })], 'debugPanic', {});
    const answer = messages.find((m) => m.id === 1) as RpcMessage & { error?: { message?: string; data?: { is_panic?: boolean } } };
    expect(answer.error?.data?.is_panic).toBe(true);
    expect(answer.error?.message).toMatch(/panicked/);
  });

  it('answers an unknown method with a JSON-RPC error instead of exiting', async () => {
    const { messages } = await rpc([], 'noSuchMethod', {});
    expect(messages.find((m) => m.id === 1)?.error?.data?.message).toContain('noSuchMethod');
  });
});
