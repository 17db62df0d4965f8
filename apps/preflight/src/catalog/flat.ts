// A catalog snapshot (packages/db catalog-snapshot.ts) as a flat map, one entry per object: an enum, a
// table, a column, a constraint, an index, a trigger, a view, a column comment. In that form what a
// migration folder does to the catalog is a small delta (entries set, entries removed), deltas compose
// in folder order, and "is this folder applied?" is a question about a handful of entries. The flat
// map converts back to a CatalogSnapshot, so the sentences come from diffSnapshots as everywhere else.
import { diffSnapshots, type CatalogSnapshot, type TableSnapshot } from '@leadmetrics/db';
import { bareTableName } from '@leadmetrics/db/migrations';

/** Column comments by table key ("public.agent_runs") and column; the snapshot does not record them. */
export type ColumnComments = Record<string, Record<string, string>>;

/** What preflight compares: the snapshot plus the column comments (two folders only add comments). */
export interface Catalog {
  snapshot: CatalogSnapshot;
  comments: ColumnComments;
}

/** Key → value. Keys look like `column|public.users|tenantId`; values are the snapshot's own objects. */
export type FlatCatalog = Record<string, unknown>;

/** What one migration folder changes in the catalog. */
export interface CatalogDelta {
  set: FlatCatalog;
  remove: string[];
}

const SEP = '|';
type MemberKind = 'column' | 'constraint' | 'index' | 'trigger' | 'comment';
const MEMBER_FIELD: Record<
  Exclude<MemberKind, 'comment'>,
  keyof Pick<TableSnapshot, 'columns' | 'constraints' | 'indexes' | 'triggers'>
> = {
  column: 'columns',
  constraint: 'constraints',
  index: 'indexes',
  trigger: 'triggers',
};

export function flatten({ snapshot, comments }: Catalog): FlatCatalog {
  const flat: FlatCatalog = {};
  for (const [key, labels] of Object.entries(snapshot.enums)) flat[['enum', key].join(SEP)] = labels;
  for (const [key, definition] of Object.entries(snapshot.views)) flat[['view', key].join(SEP)] = definition;
  for (const [key, table] of Object.entries(snapshot.tables)) {
    flat[['table', key].join(SEP)] = true;
    for (const [kind, field] of Object.entries(MEMBER_FIELD)) {
      for (const [name, value] of Object.entries(table[field])) flat[[kind, key, name].join(SEP)] = value;
    }
  }
  for (const [table, columns] of Object.entries(comments)) {
    for (const [column, text] of Object.entries(columns)) flat[['comment', table, column].join(SEP)] = text;
  }
  return flat;
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function unflatten(flat: FlatCatalog): Catalog {
  const snapshot: CatalogSnapshot = { schemas: ['public'], tables: {}, enums: {}, views: {} };
  const comments: ColumnComments = {};
  const tableOf = (key: string): TableSnapshot => {
    let table = snapshot.tables[key];
    if (!table) {
      const dot = key.indexOf('.');
      table = { schema: key.slice(0, dot), name: key.slice(dot + 1), columns: {}, constraints: {}, indexes: {}, triggers: {} };
      snapshot.tables[key] = table;
    }
    return table;
  };
  // Tables first, so a member never creates a table that the flat map says is gone.
  for (const key of Object.keys(flat)) {
    const [kind, name] = key.split(SEP) as [string, string];
    if (kind === 'table') tableOf(name);
  }
  for (const [key, value] of Object.entries(flat)) {
    const [kind, owner, name] = key.split(SEP) as [string, string, string | undefined];
    if (kind === 'enum') snapshot.enums[owner] = value as string[];
    else if (kind === 'view') snapshot.views[owner] = value as string;
    else if (kind === 'comment') (comments[owner] ??= {})[name!] = value as string;
    else if (kind !== 'table' && snapshot.tables[owner]) {
      (tableOf(owner)[MEMBER_FIELD[kind as Exclude<MemberKind, 'comment'>]] as Record<string, unknown>)[name!] = value;
    }
  }
  snapshot.enums = sorted(snapshot.enums);
  snapshot.views = sorted(snapshot.views);
  snapshot.tables = sorted(snapshot.tables);
  for (const table of Object.values(snapshot.tables)) {
    table.columns = sorted(table.columns);
    table.constraints = sorted(table.constraints);
    table.indexes = sorted(table.indexes);
    table.triggers = sorted(table.triggers);
  }
  return { snapshot, comments: sorted(Object.fromEntries(Object.entries(comments).map(([t, c]) => [t, sorted(c)]))) };
}

/** Values compared as canonical JSON (object keys sorted), so key order never makes a difference. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  // Both sides usually come from the same reader, keys in the same order: the plain form settles most.
  return JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b);
}

/** The delta that turns `before` into `after`. */
export function deltaBetween(before: FlatCatalog, after: FlatCatalog): CatalogDelta {
  const set: FlatCatalog = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(after)) if (!sameValue(before[key], value)) set[key] = value;
  for (const key of Object.keys(before)) if (!(key in after)) remove.push(key);
  return { set: sorted(set), remove: remove.sort() };
}

export function applyDelta(flat: FlatCatalog, delta: CatalogDelta): FlatCatalog {
  const out = { ...flat };
  for (const key of delta.remove) delete out[key];
  Object.assign(out, delta.set);
  return out;
}

/** Every key a delta touches (set or removed). */
export function deltaKeys(delta: CatalogDelta): string[] {
  return [...Object.keys(delta.set), ...delta.remove];
}

/** The table a key belongs to ("public.users"), or null for enums and views. */
export function tableOfKey(key: string): string | null {
  const [kind, owner] = key.split(SEP) as [string, string];
  return kind === 'enum' || kind === 'view' ? null : owner;
}

/** A key as words, e.g. `index "keywords_tenantId_idx" on table "keywords"`. */
export function describeKey(key: string): string {
  const [kind, owner, name] = key.split(SEP) as [string, string, string | undefined];
  const table = `table "${bareTableName(owner)}"`;
  switch (kind) {
    case 'enum':
      return `enum "${bareTableName(owner)}"`;
    case 'view':
      return `view "${bareTableName(owner)}"`;
    case 'table':
      return table;
    case 'comment':
      return `the comment on column "${name}" of ${table}`;
    default:
      return `${kind} "${name}" of ${table}`;
  }
}

function describeComment(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

/**
 * One sentence per difference, as diffSnapshots words them (`table "users": column "x" exists only in
 * this database`), followed by the column comments, which the snapshot does not cover.
 */
export function diffCatalogs(a: Catalog, b: Catalog, labels: readonly [string, string]): string[] {
  const out = diffSnapshots(a.snapshot, b.snapshot, { labels });
  const tables = [...new Set([...Object.keys(a.comments), ...Object.keys(b.comments)])].sort();
  for (const table of tables) {
    // A table missing on one side is already reported; its comments would only repeat it.
    if (!a.snapshot.tables[table] || !b.snapshot.tables[table]) continue;
    const x = a.comments[table] ?? {};
    const y = b.comments[table] ?? {};
    for (const column of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      if (x[column] === y[column]) continue;
      out.push(
        `table "${bareTableName(table)}": column "${column}": comment differs: ${labels[0]} has ${describeComment(x[column])}, ${labels[1]} has ${describeComment(y[column])}`,
      );
    }
  }
  return out;
}
