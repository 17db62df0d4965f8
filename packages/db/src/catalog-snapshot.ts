// A normalised picture of a live database's schema, read from pg_catalog: what "the migrated
// database equals the corrected schema applied from scratch" is checked against. It records what
// a migration can get wrong (types, nullability, defaults, keys and their ON DELETE/UPDATE
// actions, checks, indexes, enum label order, triggers) together with every object's NAME, and
// leaves out what legitimately differs between two databases built by different routes (column
// order, OIDs, Prisma's own _prisma_migrations bookkeeping).
import pg from 'pg';
import { withPgClient } from './provision.js';

export interface ColumnSnapshot {
  /** format_type(), e.g. "text", "timestamp(3) without time zone", "\"Role\"[]". */
  type: string;
  nullable: boolean;
  /** pg_get_expr() of the default, or null. */
  default: string | null;
  /** 'a' (ALWAYS) / 'd' (BY DEFAULT) for identity columns, else null. */
  identity: string | null;
  /** Expression of a generated (STORED) column, else null. */
  generated: string | null;
}

export type ReferentialAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

export interface ConstraintSnapshot {
  kind: 'primary key' | 'unique' | 'foreign key' | 'check' | 'exclusion';
  columns: string[];
  /** pg_get_constraintdef(), the constraint as PostgreSQL would write it. */
  definition: string;
  /** Foreign keys only. */
  references?: { table: string; columns: string[]; onDelete: ReferentialAction; onUpdate: ReferentialAction };
  deferrable: boolean;
  /** false for a constraint added NOT VALID and not validated yet. */
  validated: boolean;
}

export interface IndexSnapshot {
  /** pg_get_indexdef(), e.g. `CREATE UNIQUE INDEX "User_email_key" ON public."User" USING btree (email)`. */
  definition: string;
  unique: boolean;
  primary: boolean;
  /** false while an index built CONCURRENTLY failed half-way. */
  valid: boolean;
  /** The constraint the index backs (primary key / unique / exclusion), if any. */
  constraint: string | null;
}

export interface TableSnapshot {
  schema: string;
  name: string;
  columns: Record<string, ColumnSnapshot>;
  constraints: Record<string, ConstraintSnapshot>;
  indexes: Record<string, IndexSnapshot>;
  /** Trigger name → pg_get_triggerdef(). Internal (constraint) triggers are left out. */
  triggers: Record<string, string>;
}

export interface CatalogSnapshot {
  schemas: string[];
  /** Keyed "schema.table". */
  tables: Record<string, TableSnapshot>;
  /** Keyed "schema.enum" → labels in their sort order. */
  enums: Record<string, string[]>;
  /** Keyed "schema.view" → pg_get_viewdef(). */
  views: Record<string, string>;
}

export interface SnapshotOptions {
  /** Schemas to read; default ['public']. */
  schemas?: readonly string[];
  /** Tables to leave out; Prisma's migration bookkeeping is always left out. */
  excludeTables?: readonly string[];
}

const ALWAYS_EXCLUDED_TABLES = ['_prisma_migrations'];

const ACTIONS: Record<string, ReferentialAction> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const CONSTRAINT_KINDS: Record<string, ConstraintSnapshot['kind']> = {
  p: 'primary key',
  u: 'unique',
  f: 'foreign key',
  c: 'check',
  x: 'exclusion',
};

/** Objects come back in a fixed order whatever order the catalog returned them in. */
function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Queryable = Pick<pg.Client, 'query'>;

// Every per-table query takes $1 = the schemas read and $2 = the table names left out.
const TABLE_FILTER = `n.nspname = ANY($1::text[]) AND NOT (c.relname = ANY($2::text[]))`;
type TableParams = [schemas: string[], excluded: string[]];
type TablesByKey = Map<string, TableSnapshot>;

function tableOf(byTable: TablesByKey, row: { schema: string; table: string }): TableSnapshot {
  return byTable.get(`${row.schema}.${row.table}`)!;
}

/** Every ordinary and partitioned table in scope, keyed "schema.table", with empty member records. */
async function readTables(client: Queryable, params: TableParams): Promise<TablesByKey> {
  const tables = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND ${TABLE_FILTER}`,
    params,
  );
  const byTable: TablesByKey = new Map();
  for (const t of tables.rows) {
    byTable.set(`${t.schema}.${t.name}`, { schema: t.schema, name: t.name, columns: {}, constraints: {}, indexes: {}, triggers: {} });
  }
  return byTable;
}

async function readColumns(client: Queryable, params: TableParams, byTable: TablesByKey): Promise<void> {
  const columns = await client.query<{
    schema: string;
    table: string;
    name: string;
    type: string;
    not_null: boolean;
    default: string | null;
    identity: string;
    generated: string;
    generation: string | null;
  }>(
    `SELECT n.nspname AS schema, c.relname AS table, a.attname AS name,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
            CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default,
            a.attidentity AS identity, a.attgenerated AS generated,
            CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END AS generation
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND ${TABLE_FILTER}`,
    params,
  );
  for (const c of columns.rows) {
    tableOf(byTable, c).columns[c.name] = {
      type: c.type,
      nullable: !c.not_null,
      default: c.default,
      identity: c.identity || null,
      generated: c.generated ? c.generation : null,
    };
  }
}

interface ConstraintRow {
  schema: string;
  table: string;
  name: string;
  contype: string;
  definition: string;
  columns: string[] | null;
  ref_schema: string | null;
  ref_table: string | null;
  ref_columns: string[] | null;
  on_delete: string;
  on_update: string;
  deferrable: boolean;
  validated: boolean;
}

async function readConstraints(client: Queryable, params: TableParams, byTable: TablesByKey): Promise<void> {
  // contype 'n' (NOT NULL as a constraint, PostgreSQL 18+) is already the column's nullability.
  const constraints = await client.query<ConstraintRow>(
    `SELECT n.nspname AS schema, c.relname AS table, con.conname AS name, con.contype::text AS contype,
            pg_get_constraintdef(con.oid) AS definition,
            ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns,
            rn.nspname AS ref_schema, rc.relname AS ref_table,
            ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, i)
                  JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.i) AS ref_columns,
            con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
            con.condeferrable AS deferrable, con.convalidated AS validated
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class rc ON rc.oid = con.confrelid
       LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND ${TABLE_FILTER}`,
    params,
  );
  for (const c of constraints.rows) tableOf(byTable, c).constraints[c.name] = constraintSnapshot(c);
}

function constraintSnapshot(c: ConstraintRow): ConstraintSnapshot {
  const snapshot: ConstraintSnapshot = {
    kind: CONSTRAINT_KINDS[c.contype]!,
    columns: c.columns ?? [],
    definition: c.definition,
    deferrable: c.deferrable,
    validated: c.validated,
  };
  if (c.contype === 'f') {
    snapshot.references = {
      table: c.ref_schema === 'public' ? c.ref_table! : `${c.ref_schema}.${c.ref_table}`,
      columns: c.ref_columns ?? [],
      onDelete: ACTIONS[c.on_delete]!,
      onUpdate: ACTIONS[c.on_update]!,
    };
  }
  return snapshot;
}

async function readIndexes(client: Queryable, params: TableParams, byTable: TablesByKey): Promise<void> {
  const indexes = await client.query<{
    schema: string;
    table: string;
    name: string;
    definition: string;
    unique: boolean;
    primary: boolean;
    valid: boolean;
    constraint: string | null;
  }>(
    `SELECT n.nspname AS schema, c.relname AS table, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS definition,
            i.indisunique AS unique, i.indisprimary AS primary, i.indisvalid AS valid, con.conname AS constraint
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
      WHERE ${TABLE_FILTER}`,
    params,
  );
  for (const i of indexes.rows) {
    tableOf(byTable, i).indexes[i.name] = {
      definition: i.definition,
      unique: i.unique,
      primary: i.primary,
      valid: i.valid,
      constraint: i.constraint,
    };
  }
}

async function readTriggers(client: Queryable, params: TableParams, byTable: TablesByKey): Promise<void> {
  const triggers = await client.query<{ schema: string; table: string; name: string; definition: string }>(
    `SELECT n.nspname AS schema, c.relname AS table, t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
       FROM pg_trigger t
       JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND ${TABLE_FILTER}`,
    params,
  );
  for (const t of triggers.rows) tableOf(byTable, t).triggers[t.name] = t.definition;
}

async function readEnums(client: Queryable, schemas: string[]): Promise<Record<string, string[]>> {
  const enums = await client.query<{ schema: string; name: string; labels: string[] }>(
    `SELECT n.nspname AS schema, t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = ANY($1::text[])
      GROUP BY n.nspname, t.typname`,
    [schemas],
  );
  return sortedRecord(enums.rows.map((e) => [`${e.schema}.${e.name}`, e.labels]));
}

async function readViews(client: Queryable, schemas: string[]): Promise<Record<string, string>> {
  const views = await client.query<{ schema: string; name: string; definition: string }>(
    `SELECT n.nspname AS schema, c.relname AS name, pg_get_viewdef(c.oid, true) AS definition
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY($1::text[])`,
    [schemas],
  );
  return sortedRecord(views.rows.map((v) => [`${v.schema}.${v.name}`, unqualifyOneTableView(v.definition.trim())]));
}

/**
 * pg_get_viewdef() of a view over one table qualifies every column with the table's name up to PostgreSQL 15
 * (`SELECT t.id, t.status FROM t;`) and not from 16 on (`SELECT id, status FROM t;`). The prefix is dropped, so a
 * catalog read on one server compares equal to the same catalog read on another (the preflight reference is
 * measured once and checked against whatever server the tests or the operator use).
 */
export function unqualifyOneTableView(definition: string): string {
  const identifier = String.raw`(?:[A-Za-z_][\w$]*|"(?:[^"]|"")+")`;
  const from = new RegExp(String.raw`\bFROM\s+(?:${identifier}\.)?(${identifier})\s*;?\s*$`).exec(definition);
  if (!from) return definition;
  const table = from[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return definition.replace(new RegExp(String.raw`(?<![\w$".])${table}\.(?=[A-Za-z_"])`, 'g'), '');
}

function sortTableMembers(table: TableSnapshot): void {
  table.columns = sortedRecord(Object.entries(table.columns));
  table.constraints = sortedRecord(Object.entries(table.constraints));
  table.indexes = sortedRecord(Object.entries(table.indexes));
  table.triggers = sortedRecord(Object.entries(table.triggers));
}

/** Read the snapshot through an open connection. */
export async function readCatalogSnapshot(client: Queryable, options: SnapshotOptions = {}): Promise<CatalogSnapshot> {
  const schemas = [...(options.schemas ?? ['public'])].sort();
  const excluded = [...ALWAYS_EXCLUDED_TABLES, ...(options.excludeTables ?? [])];
  const params: TableParams = [schemas, excluded];

  const byTable = await readTables(client, params);
  await readColumns(client, params, byTable);
  await readConstraints(client, params, byTable);
  await readIndexes(client, params, byTable);
  await readTriggers(client, params, byTable);
  const enums = await readEnums(client, schemas);
  const views = await readViews(client, schemas);

  for (const table of byTable.values()) sortTableMembers(table);
  return { schemas, tables: sortedRecord(byTable.entries()), enums, views };
}

/** Connect to `url`, read its snapshot, disconnect. */
export function takeCatalogSnapshot(url: string, options: SnapshotOptions = {}): Promise<CatalogSnapshot> {
  return withPgClient(url, (client) => readCatalogSnapshot(client, options));
}
