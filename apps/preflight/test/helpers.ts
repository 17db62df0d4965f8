// Databases in the states preflight must recognise, built on the test server as throw-away databases.
// Seeding is the slow part (tens of seconds even at demo scale), so a file seeds one template database
// and clones it (CREATE DATABASE ... TEMPLATE, a file copy) for every state it needs.
import { randomBytes } from 'node:crypto';
import { dropDatabase, withDatabaseName, withPgClient, quoteIdentifier as quote } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations';
import { BASELINE_FOLDER } from '@leadmetrics/db/migrations';
import { testServer } from '@leadmetrics/db/testing';
import { loadDemoMapping, seedDatabase, type Manifest } from '@leadmetrics/seed';

export interface TestDb {
  name: string;
  url: string;
  dispose(): Promise<void>;
}

function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

async function createDatabase(prefix: string, template = 'template0'): Promise<TestDb> {
  const server = (await testServer()).url;
  const name = uniqueName(prefix);
  await withPgClient(server, (client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`));
  return { name, url: withDatabaseName(server, name), dispose: () => dropDatabase(server, name) };
}

export const emptyDatabase = (prefix = 'lm_pf_empty') => createDatabase(prefix);

/** A copy of `template` (which must have no open connections). */
export const cloneDatabase = (template: TestDb, prefix: string) => createDatabase(prefix, template.name);

/**
 * The legacy schema as a production database has it: 0_baseline's DDL and no _prisma_migrations
 * (applyFolders records what it applies; a database that never used our migrations has no such table).
 */
export async function legacyDatabase(prefix = 'lm_pf_legacy'): Promise<TestDb> {
  const db = await emptyDatabase(prefix);
  await applyFolders(db.url, [BASELINE_FOLDER]);
  await withPgClient(db.url, (client) => client.query('DROP TABLE "_prisma_migrations"'));
  return db;
}

/**
 * A legacy database holding the demo seed (seed 1), and the seed's manifest of what it planted; with the
 * seed's demo value mapping loaded, as an operator loads theirs before migrating, unless `valueMapping`
 * is false.
 */
export async function seededLegacyDatabase(
  prefix = 'lm_pf_seeded',
  { valueMapping = true } = {},
): Promise<{ db: TestDb; manifest: Manifest }> {
  const db = await legacyDatabase(prefix);
  const manifest = await seedDatabase({ databaseUrl: db.url, scale: 'demo', seed: 1 });
  if (valueMapping) await loadDemoMapping(db.url);
  return { db, manifest };
}

export async function query<R extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  return withPgClient(url, async (client) => (await client.query<R>(sql, params)).rows);
}
