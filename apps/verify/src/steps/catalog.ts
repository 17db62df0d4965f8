// Step 6: what the corrected schema promises, checked on the live migrated database. Parsed with
// @leadmetrics/rules' parser and graph: every relation's foreign key with its ON DELETE action,
// every primary key and unique (per-tenant ones included), every enum with its labels in order,
// and every tenant-keyed table's foreign key to the tenant. Independent of the drift check: this
// one reads the schema's intent, drift compares two databases.
import { takeCatalogSnapshot, type CatalogSnapshot, type TableSnapshot } from '@leadmetrics/db';
import type { GraphModel } from '@leadmetrics/rules';
import type { VerifyContext, VerifyState } from '../context.js';
import { needsMigratedDatabase, type Step } from '../runner.js';
import { columnOf, columnsOf, enumsOf, foreignKeysOf, onDeleteOf } from '../lib/schema-graph.js';
import { displayPath } from '../paths.js';
import type { Problem } from '../types.js';

export interface CatalogDetails {
  foreignKeys: { expected: number; found: number };
  uniques: { expected: number; found: number };
  primaryKeys: { expected: number; found: number };
  enums: { expected: number; found: number };
  tenantKeys: { expected: number; found: number; tables: number };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function tableOf(snapshot: CatalogSnapshot, name: string): TableSnapshot | undefined {
  return snapshot.tables[`public.${name}`];
}

const at = (model: GraphModel, line = model.node.pos.line) => `${displayPath(model.node.pos.file)}:${line}`;

type Graph = NonNullable<VerifyState['correctedGraph']>;

/** Every relation's foreign key, with the ON DELETE action the schema gives it. */
function checkForeignKeys(graph: Graph, snapshot: CatalogSnapshot, details: CatalogDetails, problems: Problem[]): void {
  for (const relation of foreignKeysOf(graph)) {
    details.foreignKeys.expected++;
    const table = relation.from.dbName;
    const columns = columnsOf(relation.from, relation.fields);
    const target = relation.to.dbName;
    const targetColumns = columnsOf(relation.to, relation.references);
    const onDelete = onDeleteOf(relation);
    const what = `foreign key ${table}(${columns.join(', ')}) -> ${target}(${targetColumns.join(', ')})`;
    const snap = tableOf(snapshot, table);
    const fk = Object.values(snap?.constraints ?? {}).find(
      (c) =>
        c.kind === 'foreign key' && same(c.columns, columns) && c.references?.table === target && same(c.references.columns, targetColumns),
    );
    if (!fk) {
      problems.push({
        message: `missing ${what} (relation ${relation.from.name}.${relation.field.name})`,
        where: at(relation.from, relation.field.node.pos.line),
      });
    } else if (fk.references!.onDelete !== onDelete) {
      problems.push({
        message: `${what}: ON DELETE is ${fk.references!.onDelete}, the schema says ${onDelete}`,
        where: at(relation.from, relation.field.node.pos.line),
      });
    } else {
      details.foreignKeys.found++;
    }
  }
}

/** Every model's table, with its primary key and uniques (a unique index counts as a unique). */
function checkKeysAndUniques(graph: Graph, snapshot: CatalogSnapshot, details: CatalogDetails, problems: Problem[]): void {
  for (const model of graph.models.filter((m) => m.node.kind === 'model')) {
    const snap = tableOf(snapshot, model.dbName);
    if (!snap) {
      problems.push({ message: `table ${model.dbName} (model ${model.name}) does not exist`, where: at(model) });
      continue;
    }
    for (const index of model.indexes.filter((i) => i.kind === 'id' || i.kind === 'unique')) {
      const counter = index.kind === 'id' ? details.primaryKeys : details.uniques;
      counter.expected++;
      const columns = columnsOf(model, index.fields);
      const present =
        index.kind === 'id'
          ? Object.values(snap.constraints).some((c) => c.kind === 'primary key' && same(c.columns, columns))
          : Object.values(snap.constraints).some((c) => c.kind === 'unique' && same(c.columns, columns)) ||
            Object.values(snap.indexes).some((i) => i.unique && i.valid && same(indexColumns(i.definition), columns));
      if (present) counter.found++;
      else
        problems.push({
          message: `missing ${index.kind === 'id' ? 'primary key' : 'unique'} on ${model.dbName}(${columns.join(', ')})`,
          where: `${displayPath(index.pos.file)}:${index.pos.line}`,
        });
    }
  }
}

/** Every enum, with its labels in the schema's order. */
function checkEnums(graph: Graph, snapshot: CatalogSnapshot, details: CatalogDetails, problems: Problem[]): void {
  for (const e of enumsOf(graph)) {
    details.enums.expected++;
    const live = snapshot.enums[`public.${e.dbName}`];
    if (!live) problems.push({ message: `enum ${e.dbName} does not exist`, where: enumWhere(graph, e.name) });
    else if (!same(live, e.labels))
      problems.push({
        message: `enum ${e.dbName} has labels [${live.join(', ')}], the schema says [${e.labels.join(', ')}] (in this order)`,
        where: enumWhere(graph, e.name),
      });
    else details.enums.found++;
  }
}

/**
 * Tenant keys: every model the graph sees as tenant-scoped, and every live table with a column of the tenant key's
 * name, must hold a foreign key from that column to the tenant table.
 */
function checkTenantKeys(ctx: VerifyContext, graph: Graph, snapshot: CatalogSnapshot, details: CatalogDetails, problems: Problem[]): void {
  const tenant = graph.tenantModel;
  const key = graph.tenantKey;
  if (!tenant || !key) {
    problems.push({
      message: 'the corrected schema has no tenant model the graph can detect, so tenant keys cannot be checked',
      where: displayPath(ctx.paths.correctedSchemaDir),
    });
    return;
  }
  const scoped = new Map<string, GraphModel | undefined>();
  for (const model of graph.models.filter((m) => m.node.kind === 'model' && m.tenantField)) scoped.set(model.dbName, model);
  for (const table of Object.values(snapshot.tables)) {
    if (table.schema === 'public' && key in table.columns && table.name !== tenant.dbName && !scoped.has(table.name))
      scoped.set(table.name, undefined);
  }
  details.tenantKeys.tables = scoped.size;
  for (const [table, model] of scoped) {
    details.tenantKeys.expected++;
    const column = model?.tenantField ? columnOf(model.tenantField) : key;
    const snap = tableOf(snapshot, table);
    const fk = Object.values(snap?.constraints ?? {}).find(
      (c) => c.kind === 'foreign key' && same(c.columns, [column]) && c.references?.table === tenant.dbName,
    );
    if (fk) details.tenantKeys.found++;
    else
      problems.push({
        message: `tenant-keyed table ${table} has no foreign key from "${column}" to ${tenant.dbName}`,
        where: model ? at(model, model.tenantField!.node.pos.line) : `table ${table}`,
      });
  }
}

export const catalogStep: Step<CatalogDetails> = {
  id: 'catalog',
  title: 'Catalog checks: keys, cascades, uniques, enums and tenant keys on the live database',
  ready: needsMigratedDatabase,
  async run(ctx, watch) {
    const { database } = ctx.state;
    const graph = ctx.state.correctedGraph;
    if (!database || !ctx.state.migrated) throw new Error('step 3 left no migrated database');
    if (ctx.options.only)
      return { status: 'skipped', summary: 'not checked in a cherry-pick run (--only): the database holds only some of the fixes' };
    if (!graph) throw new Error('the corrected schema did not parse (step 2), so there is nothing to check against');
    const snapshot = ctx.state.migratedSnapshot ?? (await watch.time('snapshot', () => takeCatalogSnapshot(database.url)));
    const problems: Problem[] = [];
    const details: CatalogDetails = {
      foreignKeys: { expected: 0, found: 0 },
      uniques: { expected: 0, found: 0 },
      primaryKeys: { expected: 0, found: 0 },
      enums: { expected: 0, found: 0 },
      tenantKeys: { expected: 0, found: 0, tables: 0 },
    };
    checkForeignKeys(graph, snapshot, details, problems);
    checkKeysAndUniques(graph, snapshot, details, problems);
    checkEnums(graph, snapshot, details, problems);
    checkTenantKeys(ctx, graph, snapshot, details, problems);

    const d = details;
    return {
      summary: `foreign keys ${d.foreignKeys.found}/${d.foreignKeys.expected}, uniques ${d.uniques.found}/${d.uniques.expected}, primary keys ${d.primaryKeys.found}/${d.primaryKeys.expected}, enums ${d.enums.found}/${d.enums.expected}, tenant keys ${d.tenantKeys.found}/${d.tenantKeys.expected}`,
      problems,
      details,
    };
  },
};

/** Column names of `CREATE [UNIQUE] INDEX ... USING btree ("a", "b")`. */
function indexColumns(definition: string): string[] {
  const list = /\(([^)]*)\)\s*(?:WHERE .*)?$/.exec(definition)?.[1] ?? '';
  return list.split(',').map((c) =>
    c
      .trim()
      .replace(/^"|"$/g, '')
      .replace(/"\s.*$/, '')
      .split(' ')[0]!
      .replace(/"/g, ''),
  );
}

function enumWhere(graph: Graph, name: string): string | undefined {
  const node = graph.enums.get(name);
  return node ? `${displayPath(node.pos.file)}:${node.pos.line}` : undefined;
}
