/**
 * PostgreSQL COPY text format: one line per row, columns separated by tabs, NULL as \N, and backslash, tab,
 * newline and carriage return escaped. The same text is hashed for the manifest's per-table checksums, so a
 * checksum is over exactly the bytes the database received.
 */
import type { Row } from './context.js';
import type { FieldInfo } from './schema/types.js';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

export function escapeCopy(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** One element of a PostgreSQL array literal. */
function arrayElement(value: unknown, field: FieldInfo): string {
  if (value === null || value === undefined) return 'NULL';
  const text = scalarText(value, field);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function scalarText(value: unknown, field: FieldInfo): string {
  switch (field.type) {
    case 'DateTime':
      return new Date(value as number).toISOString();
    case 'Boolean':
      return value ? 't' : 'f';
    case 'Json':
      return JSON.stringify(value);
    case 'Bytes':
      return `\\x${Buffer.from(value as Uint8Array).toString('hex')}`;
    default:
      return String(value);
  }
}

export type ColumnEncoder = (value: unknown) => string;

/** Encoder of one column's values into COPY text (already escaped). */
export function columnEncoder(field: FieldInfo): ColumnEncoder {
  if (field.isList && field.type !== 'Json') {
    return (v) => (v === null || v === undefined ? '\\N' : escapeCopy(`{${(v as unknown[]).map((x) => arrayElement(x, field)).join(',')}}`));
  }
  switch (field.type) {
    case 'String':
      return (v) => (v === null || v === undefined ? '\\N' : escapeCopy(String(v)));
    case 'Int':
    case 'Float':
    case 'BigInt':
    case 'Decimal':
      return (v) => (v === null || v === undefined ? '\\N' : String(v));
    case 'Boolean':
      return (v) => (v === null || v === undefined ? '\\N' : v ? 't' : 'f');
    case 'DateTime':
      return (v) => (v === null || v === undefined ? '\\N' : new Date(v as number).toISOString());
    case 'Json':
      // A JS null in a Json column means SQL NULL; JSON's own null is the JSON_NULL marker.
      return (v) => (v === null || v === undefined ? '\\N' : escapeCopy(v === JSON_NULL ? 'null' : JSON.stringify(v)));
    case 'Bytes':
      return (v) => (v === null || v === undefined ? '\\N' : `\\\\x${Buffer.from(v as Uint8Array).toString('hex')}`);
    default:
      // Enums: the value as written.
      return (v) => (v === null || v === undefined ? '\\N' : escapeCopy(String(v)));
  }
}

/** Marks a Json column value that is JSON `null` (not SQL NULL). */
export const JSON_NULL: unique symbol = Symbol('JsonNull') as never;

/** Encodes rows to COPY lines. */
export function rowEncoder(columns: FieldInfo[]): (row: Row) => string {
  const encoders = columns.map(columnEncoder);
  const names = columns.map((c) => c.name);
  const n = columns.length;
  return (row) => {
    let line = encoders[0]!(row[names[0]!]);
    for (let i = 1; i < n; i++) line += '\t' + encoders[i]!(row[names[i]!]);
    return line + '\n';
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
