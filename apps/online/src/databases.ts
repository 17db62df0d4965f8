// The data every chain runs on: one seeded legacy database used as a TEMPLATE, and a file copy of
// it per chain (CREATE DATABASE ... TEMPLATE), so both chains start from byte-identical data.
import { randomBytes } from 'node:crypto';
import { loadDemoMapping, seedDatabase, type ScaleName } from '@leadmetrics/seed';
import { applyFolders, BASELINE_FOLDER, cleanUpOnInterrupt, dropDatabase, quoteIdentifier, withDatabaseName, withPgClient } from './db.js';

export interface Database {
  name: string;
  url: string;
  dispose(): Promise<void>;
}

/**
 * Creates database `name` with `create`, and gives the function that drops it; Ctrl-C drops it too, from the moment
 * its creation is under way (waiting for that to end first, so a database that was still being made is not missed).
 */
async function createDropped(serverUrl: string, name: string, create: () => Promise<unknown>): Promise<() => Promise<void>> {
  const creating = create();
  const forget = cleanUpOnInterrupt(async () => {
    await creating.catch(() => {});
    await dropDatabase(serverUrl, name);
  });
  try {
    await creating;
  } catch (error) {
    forget();
    throw error;
  }
  return async () => {
    // Forgotten only once dropped: a Ctrl-C during the drop still finds it (IF EXISTS makes a second drop harmless).
    await dropDatabase(serverUrl, name);
    forget();
  };
}

function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** A new database holding the legacy schema, seeded at `scale`. */
export async function seededTemplate(serverUrl: string, scale: ScaleName, seed = 1): Promise<Database> {
  const name = uniqueName('lm_online_template');
  const dispose = await createDropped(serverUrl, name, () =>
    withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE template0`)),
  );
  const url = withDatabaseName(serverUrl, name);
  try {
    await applyFolders(url, [BASELINE_FOLDER], { via: 'sql' });
    await seedDatabase({ databaseUrl: url, scale, seed });
    // What the seed plants outside the new types is settled by the mapping the repository ships for it,
    // loaded before migrating as an operator loads theirs; without it a folder that needs it stops.
    await loadDemoMapping(url);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { name, url, dispose };
}

/** An existing database used as the template (e.g. one seeded earlier at large scale); never dropped here. */
export function existingTemplate(serverUrl: string, name: string): Database {
  return { name, url: withDatabaseName(serverUrl, name), dispose: async () => {} };
}

/** A copy of the template for one chain's run. */
export async function copyOf(serverUrl: string, template: Database, label: string): Promise<Database> {
  const name = uniqueName(`lm_online_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`).slice(0, 63);
  const dispose = await createDropped(serverUrl, name, () =>
    withPgClient(serverUrl, (client) =>
      client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template.name)}`),
    ),
  );
  return { name, url: withDatabaseName(serverUrl, name), dispose };
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
