/**
 * One shape for "what the schema declares", built from Prisma's DMMF and from the linter's graph, so the two can
 * be compared with a plain deep equality. It holds what the linter's rules read: models and views with their
 * table names, fields (name, kind, type, list, required), relations (name, key fields, referenced fields,
 * referential actions), ids, uniques and indexes, enums with their values and database names, composite types,
 * and every documentation comment.
 *
 * What the DMMF leaves out, the graph side leaves out too: models marked `@@ignore`, fields marked `@ignore` and
 * `Unsupported(...)` fields.
 */
import { findAttribute, isScalarType } from '../../src/graph.js';
import type { Attribute, BlockNode, FieldNode, SchemaGraph } from '../../src/types.js';
import type { Dmmf, DmmfField, DmmfModel } from './prisma-oracle.js';

export interface NormalField {
  name: string;
  kind: string;
  type: string;
  list: boolean;
  required: boolean;
  doc: string | null;
  relation?: { name: string; fields: string[]; references: string[]; onDelete: string | null; onUpdate: string | null };
}

export interface NormalBlock {
  name: string;
  dbName: string | null;
  doc: string | null;
  fields: NormalField[];
}

export interface NormalSchema {
  models: NormalBlock[];
  types: NormalBlock[];
  enums: {
    name: string;
    dbName: string | null;
    doc: string | null;
    values: { name: string; dbName: string | null; doc: string | null }[];
  }[];
  /** `model kind field,field field-level?`, sorted. */
  indexes: string[];
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

// ---------------------------------------------------------------- from the DMMF

function fromDmmfField(field: DmmfField): NormalField {
  const normal: NormalField = {
    name: field.name,
    kind: field.kind,
    type: field.type,
    list: field.isList,
    required: field.isRequired,
    doc: field.documentation ?? null,
  };
  if (field.kind === 'object' && field.relationName !== undefined) {
    normal.relation = {
      name: field.relationName,
      fields: field.relationFromFields ?? [],
      references: field.relationToFields ?? [],
      onDelete: field.relationOnDelete ?? null,
      onUpdate: field.relationOnUpdate ?? null,
    };
  }
  return normal;
}

function fromDmmfBlock(block: DmmfModel): NormalBlock {
  return { name: block.name, dbName: block.dbName ?? null, doc: block.documentation ?? null, fields: block.fields.map(fromDmmfField) };
}

export function fromDmmf(dmmf: Dmmf): NormalSchema {
  return {
    models: dmmf.models.map(fromDmmfBlock).sort(byName),
    types: dmmf.types.map(fromDmmfBlock).sort(byName),
    enums: dmmf.enums
      .map((e) => ({
        name: e.name,
        dbName: e.dbName ?? null,
        doc: e.documentation ?? null,
        values: e.values.map((v) => ({ name: v.name, dbName: v.dbName ?? null, doc: v.documentation ?? null })),
      }))
      .sort(byName),
    indexes: dmmf.indexes
      .filter((index) => index.type !== 'fulltext')
      .map(
        (index) =>
          `${index.model} ${index.type === 'normal' ? 'index' : index.type} ${index.fields.map((f) => f.name).join(',')}${index.isDefinedOnField ? ' field-level' : ''}`,
      )
      .sort(),
  };
}

// ---------------------------------------------------------------- from the graph

function hasAttribute(attributes: readonly Attribute[], name: string): boolean {
  return findAttribute(attributes, name) !== undefined;
}

function stringArgument(attribute: Attribute | undefined): string | null {
  const expr = attribute?.args.find((a) => a.name === undefined || a.name === 'name')?.expr;
  return expr?.kind === 'string' ? expr.value : null;
}

function keptField(node: FieldNode): boolean {
  return !hasAttribute(node.attributes, 'ignore') && !node.type.startsWith('Unsupported(');
}

function fieldKind(node: FieldNode, graph: SchemaGraph): string {
  if (graph.modelByName.has(node.type) || graph.compositeTypes?.has(node.type)) return 'object';
  if (graph.enums.has(node.type)) return 'enum';
  return isScalarType(node.type) ? 'scalar' : 'unknown';
}

function plainField(node: FieldNode, graph: SchemaGraph): NormalField {
  return {
    name: node.name,
    kind: fieldKind(node, graph),
    type: node.type,
    list: node.list,
    required: !node.optional,
    doc: node.doc ?? null,
  };
}

function typeBlock(block: BlockNode, graph: SchemaGraph): NormalBlock {
  return {
    name: block.name,
    dbName: stringArgument(findAttribute(block.blockAttributes, 'map')),
    doc: block.doc ?? null,
    fields: block.fields.filter(keptField).map((node) => plainField(node, graph)),
  };
}

export function fromGraph(graph: SchemaGraph): NormalSchema {
  const ignoredModels = new Set(graph.models.filter((m) => hasAttribute(m.node.blockAttributes, 'ignore')).map((m) => m.name));
  const models: NormalBlock[] = [];
  const indexes: string[] = [];
  for (const model of graph.models) {
    if (ignoredModels.has(model.name)) continue;
    const fields: NormalField[] = [];
    for (const field of model.fields) {
      if (!keptField(field.node)) continue;
      // A relation to an ignored model is left out of the DMMF like the model itself.
      if (field.isRelation && ignoredModels.has(field.type)) continue;
      const normal = plainField(field.node, graph);
      const relation = model.relations.find((r) => r.field === field);
      if (relation) {
        normal.relation = {
          name: relation.name ?? '',
          fields: relation.fields,
          references: relation.references,
          onDelete: relation.onDelete ?? null,
          onUpdate: relation.onUpdate ?? null,
        };
      }
      fields.push(normal);
    }
    models.push({
      name: model.name,
      dbName: model.dbName === model.name && !hasAttribute(model.node.blockAttributes, 'map') ? null : model.dbName,
      doc: model.node.doc ?? null,
      fields,
    });
    for (const index of model.indexes) {
      indexes.push(`${model.name} ${index.kind} ${index.fields.join(',')}${index.fieldLevel ? ' field-level' : ''}`);
    }
  }
  return {
    models: models.sort(byName),
    types: [...(graph.compositeTypes?.values() ?? [])].map((block) => typeBlock(block, graph)).sort(byName),
    enums: [...graph.enums.values()]
      .map((block) => ({
        name: block.name,
        dbName: stringArgument(findAttribute(block.blockAttributes, 'map')),
        doc: block.doc ?? null,
        values: block.values.map((v) => ({ name: v.name, dbName: stringArgument(findAttribute(v.attributes, 'map')), doc: v.doc ?? null })),
      }))
      .sort(byName),
    indexes: indexes.sort(),
  };
}
