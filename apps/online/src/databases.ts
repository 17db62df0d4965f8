// The data every chain runs on: one seeded legacy database used as a TEMPLATE, and a file copy of
// it per chain (CREATE DATABASE ... TEMPLATE), so both chains start from byte-identical data.
import { loadDemoMapping, seedDatabase, type ScaleName } from '@leadmetrics/seed';
import { applyFolders, BASELINE_FOLDER, createThrowawayDatabase, withDatabaseName, withPgClient } from './db.js';

export interface Database {
  name: string;
  url: string;
  dispose(): Promise<void>;
}

/** A new database holding the legacy schema, seeded at `scale`. */
export async function seededTemplate(serverUrl: string, scale: ScaleName, seed = 1): Promise<Database> {
  const database = await createThrowawayDatabase(serverUrl, { prefix: 'lm_online_template' });
  try {
    await applyFolders(database.url, [BASELINE_FOLDER], { via: 'sql' });
    await seedDatabase({ databaseUrl: database.url, scale, seed });
    // What the seed plants outside the new types is settled by the mapping the repository ships for it,
    // loaded before migrating as an operator loads theirs; without it a folder that needs it stops.
    await loadDemoMapping(database.url);
  } catch (error) {
    await database.dispose();
    throw error;
  }
  return database;
}

/** An existing database used as the template (e.g. one seeded earlier at large scale); never dropped here. */
export function existingTemplate(serverUrl: string, name: string): Database {
  return { name, url: withDatabaseName(serverUrl, name), dispose: async () => {} };
}

/** A copy of the template for one chain's run (a file copy: both chains start from byte-identical data). */
export async function copyOf(serverUrl: string, template: Database, label: string): Promise<Database> {
  return createThrowawayDatabase(serverUrl, { prefix: `lm_online_${label}`, template: template.name });
}

/** Rows in the database's tables (planner estimates: exact enough for a report's header, instant at any size). */
export async function estimatedRows(url: string): Promise<number> {
  return withPgClient(url, async (client) => {
    const result = await client.query(
      `SELECT COALESCE(sum(GREATEST(reltuples, 0)), 0)::float8 AS rows FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    return Math.round(Number(result.rows[0].rows));
  });
}
