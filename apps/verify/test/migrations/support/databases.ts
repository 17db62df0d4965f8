// Throw-away databases for the migration tests. Building a seeded legacy database takes seconds,
// so it is built once per test file as a TEMPLATE and every test gets its own copy
// (CREATE DATABASE ... TEMPLATE is a file copy), which also lets the tests run concurrently.
import { randomBytes } from 'node:crypto';
import { dropDatabase, withDatabaseName, withPgClient, type ThrowawayDatabase, quoteIdentifier as quote } from '@leadmetrics/db';
import { applyFolders, BASELINE_FOLDER } from '@leadmetrics/db/migrations/index.js';
import { testServer } from '@leadmetrics/db/test-database.js';
import { plantLegacyFixtures } from './fixtures.js';


function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

export interface TemplateDatabase<T> extends ThrowawayDatabase {
  /** What the build step returned (e.g. the seed manifest). */
  data: T;
  /** A new database with this one's content; dispose it when done. */
  clone(prefix?: string): Promise<ThrowawayDatabase>;
}

/** A new empty database on the test server. */
export async function emptyDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const server = await testServer();
  const name = uniqueName(prefix);
  await withPgClient(server.url, (client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE template0`));
  return { name, url: withDatabaseName(server.url, name), dispose: () => dropDatabase(server.url, name) };
}

/** Builds a database with `build` (which must close its connections) and offers copies of it. */
export async function templateDatabase<T>(prefix: string, build: (url: string) => Promise<T>): Promise<TemplateDatabase<T>> {
  const server = await testServer();
  const template = await emptyDatabase(prefix);
  let data: T;
  try {
    data = await build(template.url);
  } catch (error) {
    await template.dispose();
    throw error;
  }
  return {
    ...template,
    data,
    clone: async (clonePrefix = `${prefix}_copy`) => {
      const name = uniqueName(clonePrefix);
      await withPgClient(server.url, (client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template.name)}`));
      return { name, url: withDatabaseName(server.url, name), dispose: () => dropDatabase(server.url, name) };
    },
  };
}

/** What a seeded legacy database holds: the seed's manifest (or the fixtures' equivalent). */
export interface LegacyData {
  source: 'seed' | 'fixtures';
  anomalies: Record<string, { count: number; ids: string[] }>;
}

interface SeedModule {
  seedDatabase(options: { databaseUrl: string; scale: 'demo'; seed: number }): Promise<{ anomalies: LegacyData['anomalies'] }>;
  loadDemoMapping(databaseUrl: string): Promise<void>;
}

/** The seed package's entry point, or null while it does not offer seedDatabase yet. */
async function loadSeed(): Promise<SeedModule | null> {
  try {
    const module = (await import('@leadmetrics/seed')) as Partial<SeedModule>;
    return typeof module.seedDatabase === 'function' ? (module as SeedModule) : null;
  } catch {
    return null;
  }
}

export const SEED = 1;

/**
 * The legacy schema (0_baseline) plus data with planted anomalies: the seed at demo scale when the
 * seed package provides seedDatabase, else the hand-made fixtures.
 */
export async function buildLegacyDatabase(url: string): Promise<LegacyData> {
  await applyFolders(url, [BASELINE_FOLDER], { via: 'sql' });
  const seed = await loadSeed();
  if (seed) {
    const manifest = await seed.seedDatabase({ databaseUrl: url, scale: 'demo', seed: SEED });
    // what each planted value outside the new types means, as an operator loads it before migrating
    await seed.loadDemoMapping(url);
    return { source: 'seed', anomalies: manifest.anomalies };
  }
  const manifest = await withPgClient(url, plantLegacyFixtures);
  return { source: 'fixtures', anomalies: manifest.anomalies };
}
