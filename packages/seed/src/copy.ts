/**
 * PostgreSQL COPY text format: one line per row, columns separated by tabs, NULL as \N, and backslash, tab,
 * newline and carriage return escaped. The same text is hashed for the manifest's per-table checksums, so a
 * checksum is over exactly the bytes the database received.
 */
import type { Row } from './context.js';
import type { FieldInfo } from './schema/types.js';
import { iso } from './values/time.js';

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
      return iso(value as number);
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
    return (v) =>
      v === null || v === undefined ? '\\N' : escapeCopy(`{${(v as unknown[]).map((x) => arrayElement(x, field)).join(',')}}`);
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
      return (v) => (v === null || v === undefined ? '\\N' : iso(v as number));
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

/**
 * Encodes rows to COPY lines. The function is generated per table (one expression reading each field by name) so
 * V8 can inline the column encoders; a generic loop over columns is several times slower at millions of rows.
 */
export function rowEncoder(columns: FieldInfo[]): (row: Row) => string {
  const encoders = columns.map(columnEncoder);
  const body = columns.map((c, i) => `e[${i}](row[${JSON.stringify(c.name)}])`).join(" + '\\t' + ");
  return new Function('e', `return (row) => ${body} + '\\n';`)(encoders) as (row: Row) => string;
}
