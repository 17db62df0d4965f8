// Values a pending folder's new type cannot hold, and whether the operator's mapping covers them. A
// folder stops on any value its mapping leaves open, so preflight lists them (per table and column,
// with row counts), marks the folder blocked, and writes the ready-to-edit template the operator fills.
import {
  readValueMapping,
  unmappedValues,
  type MappableColumn,
  type OutOfTypeValue,
  type ValueMappingEntry,
} from '@leadmetrics/db/migrations';
import { probesFor, type FolderProbes, type ProbeContext } from '@leadmetrics/db/migrations';
import type { ReadOnlySession } from './read-only.js';

export interface FolderValues {
  /** The columns the folder converts with a mapping. */
  columns: MappableColumn[];
  /** Every value the new type cannot hold, with its row count. */
  found: OutOfTypeValue[];
  /** Those the mapping in the database does not cover. */
  unmapped: OutOfTypeValue[];
  error?: string;
}

/** The mapping the database holds (a missing table is an empty mapping). */
export function readMappingReadOnly(session: ReadOnlySession): Promise<ValueMappingEntry[]> {
  return readValueMapping(session);
}

/** Runs a folder's value probe; undefined when the folder converts no values with a mapping. */
export async function findFolderValues(
  session: ReadOnlySession,
  ctx: ProbeContext,
  probes: FolderProbes,
  mapping: readonly ValueMappingEntry[],
): Promise<FolderValues | undefined> {
  if (!probes.values) return undefined;
  let columns: MappableColumn[] = [];
  try {
    columns = probes.values.columns(ctx);
    // Values only the database can judge (a time its cast refuses) are found by the folder's prepare step,
    // in this session too.
    if (probes.prepare) await session.guarded(() => probes.prepare!(session, ctx));
    const sql = probes.values.sql(ctx);
    const rows = (await session.guarded(() => session.query<{ table_name: string; column_name: string; value: string; n: string }>(sql)))
      .rows;
    const found = rows
      .map((r) => ({ table: r.table_name, column: r.column_name, value: r.value, rows: Number(r.n) }))
      .sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`) || a.value.localeCompare(b.value));
    return { columns, found, unmapped: unmappedValues(found, mapping) };
  } catch (error) {
    return { columns, found: [], unmapped: [], error: (error as Error).message };
  }
}

/** The values each folder's new type cannot hold, one folder after the other (small grouped scans). */
export async function findValuesOfFolders(
  session: ReadOnlySession,
  folders: readonly { folder: string; ctx: ProbeContext }[],
  mapping: readonly ValueMappingEntry[],
): Promise<Map<string, FolderValues>> {
  const values = new Map<string, FolderValues>();
  for (const { folder, ctx } of folders) {
    const probes = probesFor(folder);
    const found = probes ? await findFolderValues(session, ctx, probes, mapping) : undefined;
    if (found) values.set(folder, found);
  }
  return values;
}

/** The sentence that blocks a folder with values the mapping leaves open. */
export function unmappedReason(values: FolderValues): string {
  const shown = values.unmapped.slice(0, 10).map((v) => `${v.table}.${v.column} ${JSON.stringify(v.value)} (${v.rows} row(s))`);
  const more = values.unmapped.length > 10 ? ` and ${values.unmapped.length - 10} more` : '';
  return (
    `${values.unmapped.length} value(s) the new type cannot hold have no entry in the value mapping, so the folder would stop: ${shown.join(', ')}${more}; ` +
    'write the template with `pnpm preflight --write-mapping mapping.json`, fill in "to", load it with `pnpm preflight load-mapping mapping.json` (RUNBOOK.md)'
  );
}
