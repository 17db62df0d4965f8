// Probes for 20261129000016_f16_status_enums: every status column becomes an enum. A value whose
// lower(btrim()) is no member is quarantined and reset to the default; one that only differs by case or
// surrounding spaces is normalised. `at` names the table and column.
//
// Which columns, and their members, are not listed here: they are the columns whose type this folder
// turns into an enum in the reference catalog (what the migration really does), with that enum's labels.
import { bareTableName } from '../catalog/flat.js';
import type { AnomalyProbe, FolderProbes, ProbeContext } from './types.js';
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

function perColumn(condition: (value: string, members: string) => string) {
  return (ctx: ProbeContext) =>
    statusColumns(ctx)
      .map(({ table, column, members, primaryKey }) => {
        const value = `t.${ident(column)}`;
        return `SELECT t.${ident(primaryKey)}::text AS id, 1 AS n, ${literal(`${table}.${column}`)} AS at
                  FROM ${ctx.table(table)} t WHERE ${condition(value, literalList(members))}`;
      })
      .join('\nUNION ALL\n');
}

const probe = (kind: string, action: AnomalyProbe['action'], effect: string, condition: (value: string, members: string) => string): AnomalyProbe => ({
  kind,
  unit: 'values',
  action,
  effect,
  sql: perColumn(condition),
});

export const probes: FolderProbes = {
  folder: FOLDER,
  anomalies: [
    probe('status_odd_case', 'updated', 'rewritten as lower(btrim(value))', (v, m) => `${v} <> lower(btrim(${v})) AND lower(btrim(${v})) IN (${m})`),
    probe('status_invalid', 'quarantined', 'copied to the quarantine, then reset to the default (NULL where optional)', (v, m) => `${v} IS NOT NULL AND lower(btrim(${v})) NOT IN (${m})`),
  ],
};
