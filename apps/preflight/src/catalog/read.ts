// Reading a live catalog through an open connection (preflight's read-only one, or a plain one when the
// reference is built): the snapshot of packages/db plus the column comments.
import { readCatalogSnapshot } from '@leadmetrics/db';
import { LEDGER_TABLE, VALUE_MAPPING_TABLE } from '@leadmetrics/db/migrations';
import type pg from 'pg';
import type { Catalog, ColumnComments } from './flat.js';

type Queryable = Pick<pg.Client, 'query'>;

export async function readColumnComments(client: Queryable): Promise<ColumnComments> {
  const { rows } = await client.query<{ table: string; column: string; comment: string }>(
    `SELECT n.nspname || '.' || c.relname AS table, a.attname AS column, d.description AS comment
       FROM pg_description d
       JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
      WHERE d.objsubid > 0 AND n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      ORDER BY 1, 2`,
  );
  const comments: ColumnComments = {};
  for (const row of rows) (comments[row.table] ??= {})[row.column] = row.comment;
  return comments;
}

/**
 * The operator loads the value mapping before the first folder runs, so a legacy database may hold
 * migration_value_mapping before the ledger folder that owns it has run; it is then no difference from
 * the legacy schema. Once the ledger folder has run, the table is part of the catalog like any other.
 */
async function mappingLoadedAhead(client: Queryable): Promise<boolean> {
  const { rows } = await client.query<{ ahead: boolean }>(
    `SELECT to_regclass('public.${VALUE_MAPPING_TABLE}') IS NOT NULL AND to_regclass('public.${LEDGER_TABLE}') IS NULL AS ahead`,
  );
  return rows[0]!.ahead;
}

/** The schemas preflight reads: the application's, and the phase bookkeeping of online adoption (prisma/ONLINE.md). */
const SCHEMAS = ['public', 'online_migration'];

export async function readCatalog(client: Queryable): Promise<Catalog> {
  const excludeTables = (await mappingLoadedAhead(client)) ? [VALUE_MAPPING_TABLE] : [];
  return { snapshot: await readCatalogSnapshot(client, { schemas: SCHEMAS, excludeTables }), comments: await readColumnComments(client) };
}
