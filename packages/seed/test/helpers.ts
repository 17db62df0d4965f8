// Shared by the tests: a throw-away database with the legacy schema, and small query helpers.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll } from 'vitest';
import { createThrowawayDatabase, legacySchemaFile } from '@leadmetrics/db';
import { applyFolders } from '@leadmetrics/db/migrations';
import { testServer } from '@leadmetrics/db/testing';

/** A new database on the test server with the legacy schema applied (0_baseline), dropped by dispose(). */
export async function createLegacyDatabase(prefix = 'seed_test'): Promise<{ url: string; dispose(): Promise<void> }> {
  const server = await testServer();
  const db = await createThrowawayDatabase(server.url, { prefix });
  await applyFolders(db.url, ['0_baseline'], { via: 'sql' });
  return db;
}

// One small pool per database for the whole test file: opening a connection per query is slow on a busy server.
const pools = new Map<string, pg.Pool>();
afterAll(async () => {
  await Promise.all([...pools.values()].map((p) => p.end()));
  pools.clear();
});

function pool(url: string): pg.Pool {
  let p = pools.get(url);
  if (!p) {
    p = new pg.Pool({ connectionString: url, max: 2 });
    pools.set(url, p);
  }
  return p;
}

export async function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await pool(url).query<T>(sql, params)).rows;
}

/** Closes this file's connections to `url` (before the database is dropped). */
export async function closeConnections(url: string): Promise<void> {
  await pools.get(url)?.end();
  pools.delete(url);
}

/** Row count of every table of the public schema (legacy tables only, not Prisma's bookkeeping). */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  const tables = await query<{ name: string }>(
    url,
    `SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relname <> '_prisma_migrations' ORDER BY relname`,
  );
  const counts = await query<{ name: string; n: number }>(
    url,
    tables.map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM "${t.name}"`).join(' UNION ALL '),
  );
  return Object.fromEntries(counts.map((c) => [c.name, c.n]));
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
    if (status)
      current = status[1]!
        .split(/\s*(?:->|\|)\s*/)
        .map((v) => v.trim())
        .filter(Boolean);
    const map = /^\s+@@map\("([^"]+)"\)/.exec(line);
    if (map) table = map[1]!;
    if (line.startsWith('}') && current.length > 0 && table) {
      out.set(table, current);
      current = [];
    }
  }
  return out;
}
