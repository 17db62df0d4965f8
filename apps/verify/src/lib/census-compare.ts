// Compare the column census before and after the migrations against the ledger and the catalog:
//   - a column that survived may lose non-null values only as far as rows deleted from its table
//     (the ledger's deleted entries) and copies of that very column in migration_quarantine
//     explain: a value blanked in place must have been quarantined first (MIGRATIONS.md, rule 3);
//   - a column whose values changed at all needs some ledger entry on its table;
//   - a column that held values and is gone must belong to a finding the run applied (one of
//     the catalog's `fields`, or a column of one of its `models`), whose migration moved it.
import type { Finding } from '@leadmetrics/db';
import { renamedTables, type LedgerEntry } from '@leadmetrics/db/migrations';
import type { SchemaGraph } from '@leadmetrics/rules';
import type { Census } from './census.js';
import { columnOf } from './schema-graph.js';

/** How many values of one column migration_quarantine holds: table (as the migration named it) and column. */
export type QuarantinedValues = (table: string, column: string) => number;

export interface ColumnChange {
  table: string;
  column: string;
  nonNullBefore: number;
  nonNullAfter: number | null;
  /** dropped | changed | lost-values */
  kind: 'dropped' | 'changed' | 'lost-values';
  explained: boolean;
  /** What explains it, or why it is not explained. */
  reason: string;
}

export function compareCensus(
  before: Census,
  after: Census,
  ledger: readonly LedgerEntry[],
  appliedFindings: readonly Finding[],
  legacyGraph: SchemaGraph | undefined,
  quarantined: QuarantinedValues,
): ColumnChange[] {
  const renamedTo = renamedTables(ledger);
  // Legacy table.column -> the finding that names it (as a field, or through one of its models).
  const claimedBy = new Map<string, Finding>();
  const modelOfTable = new Map<string, string>();
  for (const model of legacyGraph?.models ?? []) modelOfTable.set(model.dbName, model.name);
  for (const f of appliedFindings) {
    for (const qualified of f.fields) {
      const [modelName, fieldName] = qualified.split('.');
      const model = legacyGraph?.modelByName.get(modelName!);
      const field = model?.fieldByName.get(fieldName!);
      if (model && field) claimedBy.set(`${model.dbName}.${columnOf(field)}`, f);
    }
  }
  const findingOfModel = (table: string) => {
    const model = modelOfTable.get(table);
    return model ? appliedFindings.find((f) => f.models.includes(model)) : undefined;
  };

  const changes: ColumnChange[] = [];
  for (const [table, columns] of Object.entries(before)) {
    const now = renamedTo.get(table) ?? table;
    const afterColumns = after[now];
    if (!afterColumns) continue; // a table that is gone: checkLedgerBalance reports it
    const entries = ledger.filter((e) => e.tableName === table || e.tableName === now);
    const deletedRows = entries.filter((e) => e.action === 'deleted').reduce((a, e) => a + e.rows, 0);
    for (const [column, was] of Object.entries(columns)) {
      const is = afterColumns[column];
      if (!is) {
        if (was.nonNull === 0) continue;
        const finding = claimedBy.get(`${table}.${column}`) ?? findingOfModel(table);
        changes.push({
          table,
          column,
          nonNullBefore: was.nonNull,
          nonNullAfter: null,
          kind: 'dropped',
          explained: Boolean(finding),
          reason: finding
            ? `finding ${finding.id} (${finding.migration}) moves it`
            : `no finding of the catalog names ${table}.${column}, so its ${was.nonNull} value(s) were dropped without a trace`,
        });
        continue;
      }
      const copies = quarantined(table, column) + (now === table ? 0 : quarantined(now, column));
      const lossBudget = deletedRows + copies;
      if (is.nonNull < was.nonNull - lossBudget) {
        changes.push({
          table,
          column,
          nonNullBefore: was.nonNull,
          nonNullAfter: is.nonNull,
          kind: 'lost-values',
          explained: false,
          reason: `${was.nonNull - is.nonNull} value(s) gone, but only ${lossBudget} are accounted for: ${deletedRows} row(s) deleted from ${now} (ledger) and ${copies} value(s) of ${now}.${column} copied to migration_quarantine`,
        });
      } else if (is.fingerprint !== was.fingerprint || is.nonNull !== was.nonNull) {
        changes.push({
          table,
          column,
          nonNullBefore: was.nonNull,
          nonNullAfter: is.nonNull,
          kind: 'changed',
          explained: entries.length > 0,
          reason:
            entries.length > 0
              ? `the ledger records ${entries.map((e) => `${e.action} ${e.rows}`).join(', ')} on ${now}`
              : `its values changed but no migration's ledger mentions ${now}`,
        });
      }
    }
  }
  return changes;
}
