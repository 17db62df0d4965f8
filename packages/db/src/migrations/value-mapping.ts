// The operator's value mapping: what each value a migration's new type cannot hold (a status outside its
// enum, a setting of the wrong JSON type) is to become. The operator edits a JSON file; this module reads
// it, checks every entry against the columns the migrations convert and against the values the database
// holds, and only then writes it to migration_value_mapping, where the folders read it through the SQL
// functions of the ledger folder. A file with any problem writes nothing.
import { readFileSync } from 'node:fs';
import { withPgClient } from '../provision.js';
import { readMigrationFolder } from './folders.js';
import { VALUE_MAPPING_TABLE } from './ledger.js';
import { splitSqlStatements } from './sql-statements.js';

/** The folder that creates migration_value_mapping and the functions that read it. */
export const LEDGER_FOLDER = '20261129000000_migration_ledger';

/** One decision: `from` in `table`.`column` becomes `to`; `to` null = copy to the quarantine and set NULL. */
export interface ValueMappingEntry {
  table: string;
  column: string;
  from: string;
  to: string | null;
  note?: string;
}

/** A column a migration converts, and what a mapping for it may say. */
export interface MappableColumn {
  folder: string;
  table: string;
  column: string;
  /** Allowed targets for an enum column. */
  members?: readonly string[];
  /** JSON type a target must have, for a value kept in JSON before (the target is JSON text). */
  jsonType?: 'boolean' | 'integer' | 'string' | 'object';
  /** Whether the new column is optional, i.e. whether "quarantine and set NULL" is allowed. */
  nullable: boolean;
  /**
   * How the folder compares `from`: folded with lower(btrim()), as the value's JSON text, or as the reason the
   * folder names for a value it cannot read at all (one decision for every value unreadable for that reason).
   */
  compare: 'folded' | 'json' | 'reason';
  /** Whether the only decision is "quarantine": the value leaves the live data, kept in the quarantine. */
  quarantineOnly?: boolean;
}

/** A value found in the database that the new type cannot hold, with how many rows hold it. */
export interface OutOfTypeValue {
  table: string;
  column: string;
  value: string;
  rows: number;
}

export class ValueMappingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the value mapping was not loaded (nothing was written):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ValueMappingError';
  }
}

const key = (table: string, column: string) => `${table}.${column}`;
const show = (value: string) => JSON.stringify(value);

/** Reads a mapping file's text; problems name the file and the entry (1-based) and say what to change. */
export function parseMappingFile(text: string, file: string): { entries: ValueMappingEntry[]; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { entries: [], problems: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const list = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return { entries: [], problems: [`${file}: expected an object with an "entries" array (see RUNBOOK.md)`] };
  const entries: ValueMappingEntry[] = [];
  const problems: string[] = [];
  list.forEach((raw, i) => {
    const where = `${file}: entry ${i + 1}`;
    const e = raw as Record<string, unknown>;
    if (!e || typeof e !== 'object' || typeof e.table !== 'string' || typeof e.column !== 'string' || typeof e.from !== 'string') {
      problems.push(`${where}: needs "table", "column" and "from" as strings`);
      return;
    }
    const label = `${where} (${key(e.table, e.column)} ${show(e.from)})`;
    const quarantine = e.quarantine === true;
    const to = e.to;
    if (quarantine && to !== undefined && to !== null && to !== '') {
      problems.push(`${label}: says both "to" and "quarantine"; keep one`);
    } else if (!quarantine && (to === undefined || to === null || to === '')) {
      problems.push(`${label}: left unmapped; fill in "to" with what the value means, or set "quarantine": true (optional columns only)`);
    } else if (!quarantine && typeof to !== 'string') {
      problems.push(`${label}: "to" must be a string (JSON text for a setting, e.g. "10" or "true")`);
    } else {
      entries.push({
        table: e.table,
        column: e.column,
        from: e.from,
        to: quarantine ? null : (to as string),
        ...(typeof e.note === 'string' ? { note: e.note } : {}),
      });
    }
  });
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const id = `${key(e.table, e.column)}\u0000${e.from}`;
    if (seen.has(id)) problems.push(`${file}: ${key(e.table, e.column)} ${show(e.from)} is mapped twice; keep one entry`);
    seen.set(id, i);
  });
  return { entries, problems };
}

function jsonOfType(text: string, type: NonNullable<MappableColumn['jsonType']>): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

/** Problems of entries that name no converted column, a target the column cannot hold, or NULL on a required column. */
export function checkMappingEntries(entries: readonly ValueMappingEntry[], columns: readonly MappableColumn[], file: string): string[] {
  const byKey = new Map(columns.map((c) => [key(c.table, c.column), c]));
  const tables = new Set(columns.map((c) => c.table));
  const problems: string[] = [];
  entries.forEach((e, i) => {
    const label = `${file}: entry ${i + 1} (${key(e.table, e.column)} ${show(e.from)})`;
    const column = byKey.get(key(e.table, e.column));
    if (!column) {
      const known = columns.filter((c) => c.table === e.table).map((c) => c.column);
      problems.push(
        tables.has(e.table)
          ? `${label}: no migration converts column "${e.column}" of ${e.table} (it converts ${known.join(', ')})`
          : `${label}: no migration converts a column of table "${e.table}"`,
      );
      return;
    }
    if (column.compare === 'folded' && e.from !== e.from.trim().toLowerCase()) {
      problems.push(
        `${label}: write "from" folded (${show(e.from.trim().toLowerCase())}); case and surrounding spaces are normalised before the lookup`,
      );
    }
    if (column.quarantineOnly && e.to !== null) {
      problems.push(
        `${label}: ${key(e.table, e.column)} only takes "quarantine": true (the value leaves the live data and is kept in the quarantine); to keep one, correct it in the database before migrating`,
      );
    } else if (e.to === null) {
      if (!column.nullable)
        problems.push(
          `${label}: ${key(e.table, e.column)} is required, so the value cannot be quarantined and set NULL; map it to what it means`,
        );
    } else if (column.members && !column.members.includes(e.to)) {
      problems.push(`${label}: ${show(e.to)} is not a member; ${key(e.table, e.column)} takes ${column.members.join(', ')}`);
    } else if (column.jsonType && !jsonOfType(e.to, column.jsonType)) {
      problems.push(`${label}: ${show(e.to)} is not JSON of type ${column.jsonType}, which ${key(e.table, e.column)} takes`);
    }
  });
  return problems;
}

/** The values found in the database that no entry maps. */
export function unmappedValues(found: readonly OutOfTypeValue[], entries: readonly ValueMappingEntry[]): OutOfTypeValue[] {
  const mapped = new Set(entries.map((e) => `${key(e.table, e.column)}\u0000${e.from}`));
  return found.filter((v) => !mapped.has(`${key(v.table, v.column)}\u0000${v.value}`));
}

/** Every problem of a mapping file, given the converted columns and the out-of-type values of the database. */
export function checkMappingFile(
  text: string,
  file: string,
  columns: readonly MappableColumn[],
  found: readonly OutOfTypeValue[],
): { entries: ValueMappingEntry[]; problems: string[] } {
  const parsed = parseMappingFile(text, file);
  const problems = [...parsed.problems, ...checkMappingEntries(parsed.entries, columns, file)];
  for (const v of unmappedValues(found, parsed.entries)) {
    problems.push(
      `${file}: ${key(v.table, v.column)} ${show(v.value)} (${v.rows} row(s)) has no entry; add one (pnpm preflight --write-mapping lists them all)`,
    );
  }
  return { entries: parsed.entries, problems };
}

/** A ready-to-edit mapping file: one entry per unmapped value, "to" left empty, what the column takes beside it. */
export function mappingTemplate(
  unmapped: readonly OutOfTypeValue[],
  columns: readonly MappableColumn[],
  kept: readonly ValueMappingEntry[] = [],
): string {
  const byKey = new Map(columns.map((c) => [key(c.table, c.column), c]));
  const keptEntries = kept.map((e) => ({
    table: e.table,
    column: e.column,
    from: e.from,
    ...(e.to === null ? { quarantine: true } : { to: e.to }),
    ...(e.note ? { note: e.note } : {}),
  }));
  const open = unmapped.map((v) => {
    const column = byKey.get(key(v.table, v.column));
    return {
      table: v.table,
      column: v.column,
      from: v.value,
      to: '',
      rows: v.rows,
      takes: column?.quarantineOnly ? 'quarantine only' : column?.members ? column.members.join(' | ') : `JSON ${column?.jsonType ?? '?'}`,
      ...(column?.nullable ? { quarantineAllowed: true } : {}),
      note: '',
    };
  });
  const document = {
    about:
      'Values the new schema cannot hold. For each entry set "to" to what the value means (an enum member, or JSON text for a setting), ' +
      'or "quarantine": true to keep the value in migration_quarantine and set the column NULL (optional columns only). ' +
      'Then: pnpm preflight load-mapping <this file> --database-url <url>. See RUNBOOK.md.',
    entries: [...keptEntries, ...open],
  };
  return JSON.stringify(document, null, 2) + '\n';
}

/** The statements of the ledger folder that create migration_value_mapping (the loader runs them when it is missing). */
export function valueMappingTableStatements(): string[] {
  const sql = readMigrationFolder(LEDGER_FOLDER).sql;
  return splitSqlStatements(sql)
    .map((s) => s.text)
    .filter((text) => /^CREATE (UNIQUE INDEX|TABLE) IF NOT EXISTS "migration_value_mapping/.test(text));
}

/** Anything that runs a query: a pg client, or preflight's read-only session. */
export interface MappingReader {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** The mapping the database holds now; empty when there is no table yet. */
export async function readValueMapping(client: MappingReader): Promise<ValueMappingEntry[]> {
  const exists = (await client.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [VALUE_MAPPING_TABLE])).rows[0]!.e;
  if (!exists) return [];
  const { rows } = await client.query(
    `SELECT "tableName" AS table, "columnName" AS column, "fromValue" AS "from", "toValue" AS "to", "note" FROM ${VALUE_MAPPING_TABLE} ORDER BY id`,
  );
  return rows.map((r) => ({
    table: String(r.table),
    column: String(r.column),
    from: String(r.from),
    to: r.to === null ? null : String(r.to),
    ...(r.note ? { note: String(r.note) } : {}),
  }));
}

/** Replaces the database's mapping with `entries`, in one transaction (creating the table when missing). */
export async function writeValueMapping(databaseUrl: string, entries: readonly ValueMappingEntry[]): Promise<void> {
  await withPgClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    try {
      for (const statement of valueMappingTableStatements()) await client.query(statement);
      await client.query(`DELETE FROM ${VALUE_MAPPING_TABLE}`);
      for (const e of entries) {
        await client.query(
          `INSERT INTO ${VALUE_MAPPING_TABLE} ("tableName", "columnName", "fromValue", "toValue", "note") VALUES ($1, $2, $3, $4, $5)`,
          [e.table, e.column, e.from, e.to, e.note ?? null],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

/** The entries of a mapping file, read without a database; throws ValueMappingError naming every problem. */
export function readMappingFile(file: string, displayName = file): ValueMappingEntry[] {
  const { entries, problems } = parseMappingFile(readFileSync(file, 'utf8'), displayName);
  if (problems.length > 0) throw new ValueMappingError(problems);
  return entries;
}
