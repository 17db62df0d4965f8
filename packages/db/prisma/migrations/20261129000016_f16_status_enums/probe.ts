// Probes for 20261129000016_f16_status_enums (finding 16, phased): every status column becomes an enum. A value whose
// lower(btrim()) is no member is quarantined and set to what the operator's mapping says (without a
// mapping the folder stops); one that only differs by case or surrounding spaces is normalised. `at`
// names the table and column.
//
// Which columns, and their members, are not listed here: they are the columns whose type the finding's
// swap folder turns from text into an enum in the reference catalog (what the migrations really do), with
// that enum's labels. The expand folder only adds the enum-typed twins beside them.
import type { FolderProbes, ProbeContext } from '../../../src/migrations/probes.js';
import { bareTableName, ident, literal, literalList } from '../../../src/migrations/probes.js';

const FOLDER = '20261129000016_f16_status_enums';
const SWAP_FOLDER = '20261130000016_f16_status_enums_swap_columns';

export interface StatusColumn {
  table: string;
  column: string;
  enumName: string;
  members: string[];
  primaryKey: string;
  /** The column takes NULL, so a mapping may say "quarantine and set NULL". */
  nullable: boolean;
}

/** The columns the finding converts, as the reference catalog records the swap folder's delta. */
export function statusColumns(ctx: ProbeContext): StatusColumn[] {
  const reference = ctx.reference;
  const index = reference.folders.indexOf(SWAP_FOLDER);
  if (index < 0) throw new Error(`no migration folder ${SWAP_FOLDER}`);
  const before = reference.expected(reference.folders.slice(0, index)).snapshot;
  const out: StatusColumn[] = [];
  for (const [key, value] of Object.entries(reference.delta(SWAP_FOLDER).set)) {
    const [kind, tableKey, column] = key.split('|') as [string, string, string];
    if (kind !== 'column') continue;
    const enumName = /^"?([^"]+)"?$/.exec((value as { type: string }).type)![1]!;
    const table = before.tables[tableKey];
    if (!table || table.columns[column]?.type !== 'text') continue;
    const primaryKey = Object.values(table.constraints).find((c) => c.kind === 'primary key')?.columns;
    if (!primaryKey || primaryKey.length !== 1)
      throw new Error(`${bareTableName(tableKey)} has no single-column primary key to report ids by`);
    out.push({
      table: bareTableName(tableKey),
      column,
      enumName,
      members: ctx.enumLabels(enumName),
      primaryKey: primaryKey[0]!,
      nullable: table.columns[column]!.nullable,
    });
  }
  return out.sort((a, b) => (a.table + a.column < b.table + b.column ? -1 : 1));
}

export const probes: FolderProbes = {
  folder: FOLDER,
  anomalies: [
    { kind: 'status_odd_case', unit: 'values', action: 'updated', effect: 'rewritten as lower(btrim(value))' },
    {
      kind: 'status_invalid',
      unit: 'values',
      action: 'quarantined',
      effect: "copied to the quarantine, then set to what the operator's mapping names",
    },
  ],
  // Per status column, the folded values that are no member, as the settling contract folder's first check finds them.
  values: {
    columns: (ctx) =>
      statusColumns(ctx).map(({ table, column, members, nullable }) => ({
        folder: FOLDER,
        table,
        column,
        members,
        nullable,
        compare: 'folded' as const,
      })),
    sql: (ctx) =>
      statusColumns(ctx)
        .map(
          ({ table, column, members }) => `
      SELECT ${literal(table)} AS table_name, ${literal(column)} AS column_name, lower(btrim(t.${ident(column)})) AS value, count(*) AS n
        FROM ${ctx.table(table)} t
       WHERE t.${ident(column)} IS NOT NULL AND lower(btrim(t.${ident(column)})) NOT IN (${literalList(members)})
       GROUP BY 3`,
        )
        .join('\n      UNION ALL'),
  },
  // Per status column, classified the way phase 1 of the migration does it: a value that already is a
  // member (nearly all of them) is neither; of the rest, those lower(btrim()) maps to a member are odd,
  // the others invalid; NULL is neither (NOT IN yields NULL). The counts come from one grouped pass over
  // the column - an index-only scan where an index holds the column, which is far smaller than the table.
  // The report names five ids per kind, not per column, so the sample scans of all columns are read one
  // after the other under one LIMIT: the scan of the first column with such values stops at the fifth
  // match, and the others never run (each is skipped anyway when its column has no such value). The
  // columns are dealt round-robin into one query per connection, counted side by side.
  sql: (ctx) => {
    const columns = statusColumns(ctx).map(({ table, column, members, primaryKey }, i) => {
      const v = `v${i}`;
      const value = `t.${ident(column)}`;
      const m = literalList(members);
      const sample = (condition: string) => `
          (SELECT t.${ident(primaryKey)}::text AS id FROM ${ctx.table(table)} t
            WHERE EXISTS (SELECT 1 FROM ${v} WHERE ${condition}) AND ${value} IN (SELECT ${v}.value FROM ${v} WHERE ${condition}) LIMIT 5)`;
      return {
        cte: `${v} AS MATERIALIZED (
          SELECT ${value} AS value, count(*) AS c, lower(btrim(${value})) IN (${m}) AS odd
            FROM ${ctx.table(table)} t WHERE ${value} NOT IN (${m}) GROUP BY ${value})`,
        counts: `SELECT CASE WHEN ${v}.odd THEN 'status_odd_case' ELSE 'status_invalid' END AS kind, NULL::text AS id, ${v}.c AS n, ${literal(`${table}.${column}`)} AS at FROM ${v}`,
        odd: sample(`${v}.odd`),
        invalid: sample(`NOT ${v}.odd`),
      };
    });
    const query = (part: typeof columns) => {
      const samples = (kind: string, scans: string[]) =>
        `(SELECT ${literal(kind)}, s.id, 0, NULL FROM (${scans.join('\n          UNION ALL')}) s LIMIT 5)`;
      return `WITH ${part.map((c) => c.cte).join(',\n        ')}
        ${part.map((c) => c.counts).join('\n        UNION ALL ')}
        UNION ALL ${samples(
          'status_odd_case',
          part.map((c) => c.odd),
        )}
        UNION ALL ${samples(
          'status_invalid',
          part.map((c) => c.invalid),
        )}`;
    };
    const parts = Math.max(1, ctx.connections);
    return Array.from({ length: parts }, (_, part) => columns.filter((_, i) => i % parts === part))
      .filter((part) => part.length > 0)
      .map(query);
  },
};
