/**
 * The schema's primary keys, indexes and foreign keys, dropped for a large load and recreated after it, so
 * PostgreSQL builds each index once over the loaded rows and still checks every row against every key.
 */
import type pg from 'pg';
import { quoteIdentifier } from '@leadmetrics/db';
import type { SchemaInfo } from './schema/types.js';
import { WorkQueue, type Unit } from './work-queue.js';

/** The schemas on the search path, where the seed's tables are found (SQL, for `relnamespace IN ...`). */
export const SEARCH_PATH_SCHEMAS = '(SELECT oid FROM pg_namespace WHERE nspname = ANY (current_schemas(false)))';

export interface SavedDefinition {
  table: string;
  name: string;
  sql: string;
}

export interface DroppedConstraints {
  primaryKeys: SavedDefinition[];
  foreignKeys: SavedDefinition[];
  indexes: SavedDefinition[];
}

/**
 * Drops the schema's foreign keys (and any other table's key pointing into it), its indexes and its primary keys,
 * returning what recreates them. Building an index once over loaded rows is much cheaper than keeping it up to date
 * row by row, above all for primary keys of random cuids.
 */
export async function dropConstraints(client: pg.Client, schema: SchemaInfo): Promise<DroppedConstraints> {
  const tables = schema.models.map((m) => m.table);
  const inSchema = (alias: string) =>
    `(SELECT oid FROM pg_class ${alias} WHERE ${alias}.relnamespace IN ${SEARCH_PATH_SCHEMAS} AND ${alias}.relname = ANY ($1))`;
  const constraints = (type: 'p' | 'f') =>
    client.query<SavedDefinition>(
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS sql
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.contype = '${type}' AND (k.conrelid IN ${inSchema('a')}${type === 'f' ? ` OR k.confrelid IN ${inSchema('b')}` : ''})
        ORDER BY c.relname, k.conname`,
      [tables],
    );
  const foreignKeys = (await constraints('f')).rows;
  const primaryKeys = (await constraints('p')).rows;
  const indexes = (
    await client.query<SavedDefinition>(
      `SELECT c.relname AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS sql
         FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid IN ${inSchema('a')} AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
        ORDER BY c.relname, i.relname`,
      [tables],
    )
  ).rows;
  // One round trip: every statement of the string runs in the caller's transaction.
  await client.query(
    [
      ...foreignKeys.map((fk) => `ALTER TABLE ${quoteIdentifier(fk.table)} DROP CONSTRAINT ${quoteIdentifier(fk.name)}`),
      ...indexes.map((ix) => `DROP INDEX ${quoteIdentifier(ix.name)}`),
      ...primaryKeys.map((pk) => `ALTER TABLE ${quoteIdentifier(pk.table)} DROP CONSTRAINT ${quoteIdentifier(pk.name)}`),
    ].join(';\n') || 'SELECT 1',
  );
  return { primaryKeys, foreignKeys, indexes };
}

const addConstraint = (d: SavedDefinition, suffix = '') =>
  `ALTER TABLE ${quoteIdentifier(d.table)} ADD CONSTRAINT ${quoteIdentifier(d.name)} ${d.sql}${suffix}`;
const validateConstraint = (d: SavedDefinition) => `ALTER TABLE ${quoteIdentifier(d.table)} VALIDATE CONSTRAINT ${quoteIdentifier(d.name)}`;

function groupByTable(definitions: SavedDefinition[]): Map<string, SavedDefinition[]> {
  const out = new Map<string, SavedDefinition[]>();
  for (const d of definitions) {
    const group = out.get(d.table);
    if (group) group.push(d);
    else out.set(d.table, [d]);
  }
  return out;
}

/** Tables with a primary key or index to rebuild. */
export const keyedTables = (saved: DroppedConstraints) => new Set([...saved.primaryKeys, ...saved.indexes].map((d) => d.table));

/** Rebuilds one table's primary key, then its indexes. */
export function keyUnit(saved: DroppedConstraints, table: string, rows: number): Unit {
  const pks = saved.primaryKeys.filter((d) => d.table === table).map((d) => addConstraint(d));
  const indexes = saved.indexes.filter((d) => d.table === table).map((d) => d.sql);
  return {
    sql: [...pks, ...indexes].join(';\n'),
    weight: rows * (pks.length + indexes.length),
    failure: (error) => new Error(`Seeded rows of ${table} violate its primary key or a unique index: ${error.message}`),
  };
}

/**
 * Recreates the foreign keys dropConstraints dropped, added NOT VALID and then validated table by table: PostgreSQL
 * checks every row. A validation only share-locks the referenced table, where adding a checked key at once would
 * lock it exclusively, so validations of different tables run side by side (nearly every table points at the
 * tenants). The primary keys and unique indexes they reference must be back first.
 */
export async function restoreForeignKeys(
  clients: pg.Client[],
  saved: DroppedConstraints,
  rowsOf: (table: string) => number,
): Promise<void> {
  if (saved.foreignKeys.length === 0) return;
  await clients[0]!.query(saved.foreignKeys.map((fk) => addConstraint(fk, ' NOT VALID')).join(';\n'));
  await WorkQueue.run(
    clients,
    [...groupByTable(saved.foreignKeys)].map(([table, fks]) => ({
      sql: fks.map(validateConstraint).join(';\n'),
      weight: rowsOf(table) * fks.length,
      failure: (error) =>
        new Error(
          `Seeded rows of ${table} violate a foreign key (${fks.map((fk) => `${fk.name}: ${fk.sql}`).join('; ')}): ${error.message}`,
        ),
    })),
  );
}

/**
 * Recreates what dropConstraints dropped, so PostgreSQL checks every row against each primary key, unique index and
 * foreign key: each table's keys and indexes, then the foreign keys. Given one client, everything runs in its
 * current transaction; given several autocommit clients (the rows committed), the tables are shared out between them.
 */
export async function restoreConstraints(
  clients: pg.Client[],
  saved: DroppedConstraints,
  rowsOf: (table: string) => number,
): Promise<void> {
  await WorkQueue.run(
    clients,
    [...keyedTables(saved)].map((table) => keyUnit(saved, table, rowsOf(table))),
  );
  await restoreForeignKeys(clients, saved, rowsOf);
}

/**
 * Puts an empty, fully constrained database back after a pipelined load failed (see loadDatabase): empties the
 * seeded tables and recreates whatever of the dropped definitions is missing (validating any foreign key left
 * NOT VALID), in one transaction.
 */
export async function undoLoad(client: pg.Client, tables: string[], saved: DroppedConstraints): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`TRUNCATE ${tables.map(quoteIdentifier).join(', ')}`);
    const { rows } = await client.query<{ name: string; validated: boolean }>(
      `SELECT conname AS name, convalidated AS validated FROM pg_constraint
        WHERE connamespace IN ${SEARCH_PATH_SCHEMAS}
       UNION ALL
       SELECT relname, true FROM pg_class
        WHERE relkind = 'i' AND relnamespace IN ${SEARCH_PATH_SCHEMAS}`,
    );
    const present = new Map(rows.map((r) => [r.name, r.validated]));
    const statements = [
      ...saved.primaryKeys.filter((pk) => !present.has(pk.name)).map((pk) => addConstraint(pk)),
      ...saved.indexes.filter((ix) => !present.has(ix.name)).map((ix) => ix.sql),
      ...saved.foreignKeys.filter((fk) => !present.has(fk.name)).map((fk) => addConstraint(fk)),
      ...saved.foreignKeys.filter((fk) => present.get(fk.name) === false).map(validateConstraint),
    ];
    if (statements.length > 0) await client.query(statements.join(';\n'));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
