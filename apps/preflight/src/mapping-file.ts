// The two halves of the operator's loop around the value mapping: write a ready-to-edit template of every
// value the pending folders' new types cannot hold (--write-mapping), and load a filled-in file into the
// database (load-mapping) after checking every entry against those folders' columns and the values the
// database really holds. A file with any problem writes nothing.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import {
  checkMappingFile,
  mappingTemplate,
  writeValueMapping,
  type MappableColumn,
  type OutOfTypeValue,
  type ValueMappingEntry,
} from '@leadmetrics/db/migrations';
import { runPreflight, type PreflightOptions, type PreflightResult } from './run.js';

/** The converted columns and the out-of-type values of every pending folder, or why they could not be listed. */
export function valuesOfPlan(result: PreflightResult): {
  columns: MappableColumn[];
  found: OutOfTypeValue[];
  unmapped: OutOfTypeValue[];
  errors: string[];
} {
  const withValues = result.plan.filter((e) => e.values);
  return {
    columns: withValues.flatMap((e) => e.values!.columns),
    found: withValues.flatMap((e) => e.values!.found),
    unmapped: withValues.flatMap((e) => e.values!.unmapped),
    errors: withValues.filter((e) => e.values!.error).map((e) => `${e.folder}: listing its values failed: ${e.values!.error}`),
  };
}

/** Writes the template: the entries the database's mapping already has, then one open entry per unmapped value. */
export async function writeMappingTemplate(result: PreflightResult, file: string): Promise<number> {
  const { columns, unmapped } = valuesOfPlan(result);
  await writeFile(file, mappingTemplate(unmapped, columns, result.valueMapping));
  return unmapped.length;
}

export interface LoadMappingOptions extends Omit<PreflightOptions, 'only'> {
  /** The file to read. */
  file: string;
  /** How to name the file in messages (as the operator typed it). */
  displayName?: string;
}

export interface LoadedMapping {
  /** Problems of the file; nothing was written when there are any. */
  problems: string[];
  /** The entries now in migration_value_mapping. */
  entries: ValueMappingEntry[];
  /** The columns the pending folders convert with a mapping (names as each folder knows them). */
  columns: MappableColumn[];
  /** A table's name in the database now, for a name a pending folder knows it by. */
  liveNames: Record<string, string>;
}

/**
 * Checks the file against the pending folders and the database's values, then replaces the database's
 * mapping with it. Returns the problems (nothing was written when there are any) and what was loaded.
 */
export async function loadMappingFile(options: LoadMappingOptions): Promise<LoadedMapping> {
  const name = options.displayName ?? options.file;
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    return {
      problems: [`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`],
      entries: [],
      columns: [],
      liveNames: {},
    };
  }
  const result = await runPreflight(options);
  const { columns, found, errors } = valuesOfPlan(result);
  const liveNames = Object.fromEntries(result.plan.flatMap((e) => e.tables.map((t) => [t.name, t.liveName])));
  if (errors.length > 0) return { problems: errors, entries: [], columns, liveNames };
  const { entries, problems } = checkMappingFile(text, name, columns, found);
  if (problems.length > 0) return { problems, entries: [], columns, liveNames };
  await writeValueMapping(options.databaseUrl, entries);
  return { problems: [], entries, columns, liveNames };
}
