// Shared by the tests: a throw-away database with the legacy schema, and small query helpers.
import { readFileSync } from 'node:fs';
import { createThrowawayDatabase, withPgClient, legacySchemaFile } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations/apply.js';
import { testServer } from '@leadmetrics/db/test-database.js';

/** A new database on the test server with the legacy schema applied (0_baseline), dropped by dispose(). */
export async function createLegacyDatabase(prefix = 'seed_test'): Promise<{ url: string; dispose(): Promise<void> }> {
  const server = await testServer();
  const db = await createThrowawayDatabase(server.url, { prefix });
  await applyFolders(db.url, ['0_baseline'], { via: 'sql' });
  return db;
}

export async function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withPgClient(url, async (client) => (await client.query<T>(sql, params)).rows);
}

/** Row count of every table of the public schema (legacy tables only, not Prisma's bookkeeping). */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  return withPgClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relname <> '_prisma_migrations' ORDER BY relname`,
    );
    const out: Record<string, number> = {};
    for (const { name } of tables.rows) {
      out[name] = Number((await client.query(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0].n);
    }
    return out;
  });
}

/**
 * Allowed values of every `status` column, read straight from the legacy schema's comments (independently of the
 * seed's own comment parser): table → values.
 */
export function statusValuesFromSchema(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  let table = '';
  for (const line of readFileSync(legacySchemaFile, 'utf8').split('\n')) {
    if (/^model \w+ \{/.test(line)) {
      current = [];
      table = '';
    }
    const status = /^\s+status\s+String\b.*\/\/\s*(.+)$/.exec(line);
    if (status) current = status[1]!.split(/\s*(?:->|\|)\s*/).map((v) => v.trim()).filter(Boolean);
    const map = /^\s+@@map\("([^"]+)"\)/.exec(line);
    if (map) table = map[1]!;
    if (line.startsWith('}') && current.length > 0 && table) {
      out.set(table, current);
      current = [];
    }
  }
  return out;
}
