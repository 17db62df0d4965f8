// Probes for 20261129000016_f16_status_enums: every status column becomes an enum. A value whose
// lower(btrim()) is no member is quarantined and reset to the default; one that only differs by case or
// surrounding spaces is normalised. `at` names the table and column.
//
// Which columns, and their members, are not listed here: they are the columns whose type this folder
// turns into an enum in the reference catalog (what the migration really does), with that enum's labels.
import { bareTableName } from '../catalog/flat.js';
import type { FolderProbes, ProbeContext } from './types.js';
import { ident, literal, literalList } from './types.js';

const FOLDER = '20261129000016_f16_status_enums';

export interface StatusColumn {
  table: string;
  column: string;
  enumName: string;
  members: string[];
  primaryKey: string;
}

/** The columns the folder converts, as the reference catalog records its delta. */
export function statusColumns(ctx: ProbeContext): StatusColumn[] {
  const reference = ctx.reference;
  const index = reference.folders.indexOf(FOLDER);
  if (index < 0) throw new Error(`no migration folder ${FOLDER}`);
  const before = reference.expected(reference.folders.slice(0, index)).snapshot;
  const out: StatusColumn[] = [];
  for (const [key, value] of Object.entries(reference.delta(FOLDER).set)) {
    const [kind, tableKey, column] = key.split('|') as [string, string, string];
    if (kind !== 'column') continue;
    const enumName = /^"?([^"]+)"?$/.exec((value as { type: string }).type)![1]!;
    const members = reference.delta(FOLDER).set[`enum|public.${enumName}`];
    const table = before.tables[tableKey];
    if (!Array.isArray(members) || !table || table.columns[column]?.type !== 'text') continue;
    const primaryKey = Object.values(table.constraints).find((c) => c.kind === 'primary key')?.columns;
    if (!primaryKey || primaryKey.length !== 1) throw new Error(`${bareTableName(tableKey)} has no single-column primary key to report ids by`);
    out.push({ table: bareTableName(tableKey), column, enumName, members: members as string[], primaryKey: primaryKey[0]! });
  }
  return out.sort((a, b) => (a.table + a.column < b.table + b.column ? -1 : 1));
}

export const probes: FolderProbes = {
  folder: FOLDER,
  anomalies: [
    { kind: 'status_odd_case', unit: 'values', action: 'updated', effect: 'rewritten as lower(btrim(value))' },
    { kind: 'status_invalid', unit: 'values', action: 'quarantined', effect: 'copied to the quarantine, then reset to the default (NULL where optional)' },
  ],
  // Per status column, classified the way phase 1 of the migration does it: a value that already is a
  // member (nearly all of them) is neither; of the rest, those lower(btrim()) maps to a member are odd,
  // the others invalid; NULL is neither (NOT IN yields NULL). The counts come from one grouped pass over
  // the column - an index-only scan where an index holds the column, which is far smaller than the table -
  // and the sample ids from a scan that stops at the fifth match (skipped when there is none). The
  // columns are dealt round-robin into one query per connection, counted side by side.
  sql: (ctx) => {
    const perColumn = statusColumns(ctx).map(({ table, column, members, primaryKey }) => {
      const value = `t.${ident(column)}`;
      const m = literalList(members);
      const at = literal(`${table}.${column}`);
      const odd = (v: string) => `lower(btrim(${v})) IN (${m})`;
      const sample = (kind: string, condition: string) => `
        (SELECT ${literal(kind)} AS kind, t.${ident(primaryKey)}::text AS id FROM ${ctx.table(table)} t
          WHERE EXISTS (SELECT 1 FROM v WHERE ${condition}) AND ${value} IN (SELECT v.value FROM v WHERE ${condition}) LIMIT 5)`;
      return `(WITH v AS MATERIALIZED (
          SELECT ${value} AS value, count(*) AS c FROM ${ctx.table(table)} t WHERE ${value} NOT IN (${m}) GROUP BY ${value}
        )
        SELECT CASE WHEN ${odd('v.value')} THEN 'status_odd_case' ELSE 'status_invalid' END AS kind, NULL::text AS id, v.c AS n, ${at} AS at FROM v
        UNION ALL
        SELECT s.kind, s.id, 0, ${at} FROM (${sample('status_odd_case', odd('v.value'))} UNION ALL ${sample('status_invalid', `NOT ${odd('v.value')}`)}) s)`;
    });
    const parts = Math.max(1, ctx.connections);
    return Array.from({ length: parts }, (_, part) => perColumn.filter((_, i) => i % parts === part).join('\nUNION ALL\n')).filter(Boolean);
  },
};
