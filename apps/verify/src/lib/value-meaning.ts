// Meaning, row by row: every value of a column a migration converted to an enum must, after the
// migrations, be exactly what its old value meant - the old value itself when it only differed by case
// or surrounding spaces, otherwise what the operator's value mapping says - and nothing else. Counts
// cannot show a row reset to the column's default; comparing each row's old and new value can.
// The old values are read before the migrations run, keyed by the row's id; the new ones after.
import { quoteIdentifier as quote, withPgClient } from '@leadmetrics/db';
import type { MappableColumn, ValueMappingEntry } from '@leadmetrics/db/migrations';

/** The old values of one converted column, by row id. */
export interface CapturedColumn {
  /** Names as the converting folder knows them (and as they are after the migrations). */
  table: string;
  column: string;
  values: Map<string, string | null>;
}

export interface MeaningColumnResult {
  table: string;
  column: string;
  rows: number;
  /** Rows whose old value was outside the enum (their new value came from the mapping). */
  mapped: number;
  /** Rows whose new value is not what the old one meant. */
  wrong: number;
}

/** What lower(btrim()) does in the folders: case and surrounding spaces are spelling, not meaning. */
export function foldSpelling(value: string): string {
  return value.replace(/^ +| +$/g, '').toLowerCase();
}

/** What the operator's mapping says `from` in table.column becomes: a value, null (quarantine), or undefined (no entry). */
export type MappingLookup = (table: string, column: string, from: string) => string | null | undefined;

export function lookUpMapping(mapping: readonly ValueMappingEntry[]): MappingLookup {
  const mapped = new Map(mapping.map((e) => [`${e.table}.${e.column}\u0000${e.from}`, e.to]));
  return (table, column, from) => mapped.get(`${table}.${column}\u0000${from}`);
}

/** The converted columns that are plain table columns (not keys inside a JSON value). */
export function enumColumnsOf(columns: readonly MappableColumn[]): MappableColumn[] {
  return columns.filter((c) => c.members && c.compare === 'folded' && !c.column.includes('.'));
}

/** Reads every row's value of each column, by id, from the database as it is before the migrations. */
export async function captureColumns(
  url: string,
  columns: readonly MappableColumn[],
  liveNames: Record<string, string>,
): Promise<CapturedColumn[]> {
  return withPgClient(url, async (client) => {
    const out: CapturedColumn[] = [];
    for (const c of enumColumnsOf(columns)) {
      const live = liveNames[c.table] ?? c.table;
      const { rows } = await client.query<{ id: string; value: string | null }>(
        `SELECT id::text AS id, ${quote(c.column)}::text AS value FROM ${quote(live)}`,
      );
      out.push({ table: c.table, column: c.column, values: new Map(rows.map((r) => [r.id, r.value])) });
    }
    return out;
  });
}

/**
 * Compares each captured row with its value now. A row the migrations deleted is not judged here (the
 * ledger and the census account for it); a row whose old value has no mapping is wrong whatever it holds.
 */
export async function checkValueMeaning(
  url: string,
  captured: readonly CapturedColumn[],
  mapping: readonly ValueMappingEntry[],
  sampleLimit = 5,
): Promise<{ columns: MeaningColumnResult[]; problems: string[] }> {
  const mapped = lookUpMapping(mapping);
  return withPgClient(url, async (client) => {
    const columns: MeaningColumnResult[] = [];
    const problems: string[] = [];
    for (const c of captured) {
      const labels = (
        await client.query<{ label: string }>(
          `SELECT e.enumlabel AS label FROM pg_attribute a JOIN pg_enum e ON e.enumtypid = a.atttypid
            WHERE a.attrelid = to_regclass($1) AND a.attname = $2`,
          [quote(c.table), c.column],
        )
      ).rows.map((r) => r.label);
      if (labels.length === 0) {
        problems.push(`${c.table}.${c.column} is not an enum column after the migrations, so its meaning cannot be checked`);
        continue;
      }
      const members = new Set(labels);
      const { rows } = await client.query<{ id: string; value: string | null }>(
        `SELECT id::text AS id, ${quote(c.column)}::text AS value FROM ${quote(c.table)}`,
      );
      const now = new Map(rows.map((r) => [r.id, r.value]));
      const result: MeaningColumnResult = { table: c.table, column: c.column, rows: 0, mapped: 0, wrong: 0 };
      const samples: string[] = [];
      for (const [id, old] of c.values) {
        if (!now.has(id)) continue;
        result.rows++;
        let expected: string | null | undefined = null;
        if (old !== null) {
          const folded = foldSpelling(old);
          if (members.has(folded)) expected = folded;
          else {
            result.mapped++;
            expected = mapped(c.table, c.column, folded);
          }
        }
        const actual = now.get(id)!;
        if (expected === undefined || actual !== expected) {
          result.wrong++;
          if (samples.length < sampleLimit) {
            samples.push(
              `row ${id} was ${JSON.stringify(old)}, ` +
                (expected === undefined ? 'which the value mapping does not cover' : `which means ${JSON.stringify(expected)}`) +
                `, and now holds ${JSON.stringify(actual)}`,
            );
          }
        }
      }
      columns.push(result);
      if (result.wrong > 0) {
        problems.push(
          `${c.table}.${c.column}: ${result.wrong} of ${result.rows} row(s) no longer mean what they meant: ${samples.join('; ')}`,
        );
      }
    }
    return { columns, problems };
  });
}
