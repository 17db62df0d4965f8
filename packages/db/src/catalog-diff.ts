// Compare two catalog snapshots and say, one sentence per difference, what is not the same.
// An empty list means the two databases have the same schema (see catalog-snapshot.ts for what
// that covers).
import type { CatalogSnapshot, ColumnSnapshot, ConstraintSnapshot, IndexSnapshot, TableSnapshot } from './catalog-snapshot.js';

export interface DiffOptions {
  /** What to call the two sides in the sentences; default ['A', 'B']. */
  labels?: readonly [string, string];
}

/** `"User"` for public objects, `"crm"."Lead"` elsewhere. */
function displayName(key: string): string {
  const dot = key.indexOf('.');
  const schema = key.slice(0, dot);
  const name = key.slice(dot + 1);
  return schema === 'public' ? `"${name}"` : `"${schema}"."${name}"`;
}

function union(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

const show = (value: unknown) =>
  value === null || value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * Walk two records by key: report keys found on one side only, and hand keys found on both to
 * `compare`.
 */
function compareRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  [labelA, labelB]: readonly [string, string],
  describe: (key: string) => string,
  compare: (key: string, x: T, y: T) => string[],
): string[] {
  const out: string[] = [];
  for (const key of union(a, b)) {
    const x = a[key];
    const y = b[key];
    if (x === undefined) out.push(`${describe(key)} exists only in ${labelB}`);
    else if (y === undefined) out.push(`${describe(key)} exists only in ${labelA}`);
    else out.push(...compare(key, x, y));
  }
  return out;
}

function differs(subject: string, what: string, x: unknown, y: unknown, [labelA, labelB]: readonly [string, string]): string[] {
  return show(x) === show(y) ? [] : [`${subject}: ${what} differs: ${labelA} has ${show(x)}, ${labelB} has ${show(y)}`];
}

function compareColumns(table: string, x: ColumnSnapshot, y: ColumnSnapshot, name: string, labels: readonly [string, string]): string[] {
  const subject = `table ${table}: column "${name}"`;
  const nullability = (c: ColumnSnapshot) => (c.nullable ? 'NULL allowed' : 'NOT NULL');
  return [
    ...differs(subject, 'type', x.type, y.type, labels),
    ...differs(subject, 'nullability', nullability(x), nullability(y), labels),
    ...differs(subject, 'default', x.default, y.default, labels),
    ...differs(subject, 'identity', x.identity, y.identity, labels),
    ...differs(subject, 'generated expression', x.generated, y.generated, labels),
  ];
}

function compareConstraints(
  table: string,
  x: ConstraintSnapshot,
  y: ConstraintSnapshot,
  name: string,
  labels: readonly [string, string],
): string[] {
  const subject = `table ${table}: ${x.kind} "${name}"`;
  if (x.kind !== y.kind) return differs(`table ${table}: constraint "${name}"`, 'kind', x.kind, y.kind, labels);
  const out = [...differs(subject, 'columns', x.columns.join(', '), y.columns.join(', '), labels)];
  if (x.references && y.references) {
    out.push(
      ...differs(subject, 'referenced table', x.references.table, y.references.table, labels),
      ...differs(subject, 'referenced columns', x.references.columns.join(', '), y.references.columns.join(', '), labels),
      ...differs(subject, 'ON DELETE', x.references.onDelete, y.references.onDelete, labels),
      ...differs(subject, 'ON UPDATE', x.references.onUpdate, y.references.onUpdate, labels),
    );
  }
  out.push(
    ...differs(subject, 'deferrable', x.deferrable, y.deferrable, labels),
    ...differs(subject, 'validated', x.validated, y.validated, labels),
  );
  // Whatever the structured fields above did not explain (a check expression, a MATCH clause...).
  if (out.length === 0) out.push(...differs(subject, 'definition', x.definition, y.definition, labels));
  return out;
}

function compareIndexes(table: string, x: IndexSnapshot, y: IndexSnapshot, name: string, labels: readonly [string, string]): string[] {
  const subject = `table ${table}: index "${name}"`;
  return [
    ...differs(subject, 'definition', x.definition, y.definition, labels),
    ...differs(subject, 'validity', x.valid ? 'valid' : 'INVALID', y.valid ? 'valid' : 'INVALID', labels),
    ...differs(subject, 'backing constraint', x.constraint, y.constraint, labels),
  ];
}

function compareTables(key: string, x: TableSnapshot, y: TableSnapshot, labels: readonly [string, string]): string[] {
  const table = displayName(key);
  return [
    ...compareRecords(
      x.columns,
      y.columns,
      labels,
      (c) => `table ${table}: column "${c}"`,
      (c, p, q) => compareColumns(table, p, q, c, labels),
    ),
    ...compareRecords(
      x.constraints,
      y.constraints,
      labels,
      (c) => `table ${table}: ${(x.constraints[c] ?? y.constraints[c])!.kind} "${c}"`,
      (c, p, q) => compareConstraints(table, p, q, c, labels),
    ),
    ...compareRecords(
      x.indexes,
      y.indexes,
      labels,
      (i) => `table ${table}: index "${i}"`,
      (i, p, q) => compareIndexes(table, p, q, i, labels),
    ),
    ...compareRecords(
      x.triggers,
      y.triggers,
      labels,
      (t) => `table ${table}: trigger "${t}"`,
      (t, p, q) => differs(`table ${table}: trigger "${t}"`, 'definition', p, q, labels),
    ),
  ];
}

/**
 * One readable sentence per difference between two snapshots, in a stable order, e.g.
 * `table "User": column "tenantId" exists only in A` or
 * `table "Post": foreign key "Post_authorId_fkey": ON DELETE differs: A has CASCADE, B has SET NULL`.
 */
export function diffSnapshots(a: CatalogSnapshot, b: CatalogSnapshot, options: DiffOptions = {}): string[] {
  const labels = options.labels ?? (['A', 'B'] as const);
  return [
    ...compareRecords(
      a.enums,
      b.enums,
      labels,
      (e) => `enum ${displayName(e)}`,
      (e, x, y) => differs(`enum ${displayName(e)}`, 'labels (in order)', x.join(', '), y.join(', '), labels),
    ),
    ...compareRecords(
      a.tables,
      b.tables,
      labels,
      (t) => `table ${displayName(t)}`,
      (t, x, y) => compareTables(t, x, y, labels),
    ),
    ...compareRecords(
      a.views,
      b.views,
      labels,
      (v) => `view ${displayName(v)}`,
      (v, x, y) => differs(`view ${displayName(v)}`, 'definition', x, y, labels),
    ),
  ];
}
