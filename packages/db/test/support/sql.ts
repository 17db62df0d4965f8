// Small read helpers for assertions on a live database.
import { withPgClient } from '../../src/provision.js';

export function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withPgClient(url, async (client) => (await client.query<T>(sql, params)).rows);
}

export async function tableNames(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  return rows.map((r) => r.name);
}

export async function columnNames(url: string, table: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY 1`,
    [table],
  );
  return rows.map((r) => r.name);
}

export async function appliedMigrations(url: string): Promise<Array<{ name: string; finished: boolean; rolledBack: boolean }>> {
  const rows = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    url,
    'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
  );
  return rows.map((r) => ({ name: r.migration_name, finished: r.finished_at !== null, rolledBack: r.rolled_back_at !== null }));
}

export async function databaseNames(serverUrl: string, like: string): Promise<string[]> {
  const rows = await query<{ datname: string }>(serverUrl, 'SELECT datname FROM pg_database WHERE datname LIKE $1', [like]);
  return rows.map((r) => r.datname);
}
