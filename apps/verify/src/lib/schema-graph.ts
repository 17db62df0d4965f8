// The corrected and legacy schemas as @leadmetrics/rules sees them (parser -> graph), plus the
// database names Prisma gives their tables, columns, enums and constraints. Catalog checks,
// erasure and the smoke test read their expectations from here, never from literals.
import type { Attribute, GraphField, GraphModel, GraphRelation, ReferentialAction, SchemaGraph } from '@leadmetrics/rules';
import * as rules from '@leadmetrics/rules';

/** Parse and build the graph of a schema file or folder; throws the parser's file:line:col error. */
export async function loadGraph(paths: string[]): Promise<SchemaGraph> {
  const files = rules.readSchemaSources(paths).map((source) => rules.parseSchema(source.text, source.file));
  return rules.buildGraph(files, { strict: true });
}

function mapArgument(attributes: readonly Attribute[]): string | undefined {
  const map = attributes.find((a) => a.name === 'map');
  const arg = map?.args.find((a) => a.name === undefined || a.name === 'name');
  return arg?.expr?.kind === 'string' ? arg.expr.value : undefined;
}

/** Database column of a scalar field (`@map("...")`, else the field name). */
export function columnOf(field: GraphField): string {
  return mapArgument(field.node.attributes) ?? field.name;
}

export function columnsOf(model: GraphModel, fieldNames: readonly string[]): string[] {
  return fieldNames.map((name) => {
    const field = model.fieldByName.get(name);
    return field ? columnOf(field) : name;
  });
}

/** Database name of an enum type (`@@map`) and its labels (each value's `@map`, else its name), in order. */
export function enumsOf(graph: SchemaGraph): { name: string; dbName: string; labels: string[] }[] {
  return [...graph.enums.values()].map((block) => ({
    name: block.name,
    dbName: mapArgument(block.blockAttributes) ?? block.name,
    labels: block.values.map((value) => mapArgument(value.attributes) ?? value.name),
  }));
}

/** Owning side of every relation (the side with `fields:`), i.e. every foreign key the schema asks for. */
export function foreignKeysOf(graph: SchemaGraph): GraphRelation[] {
  return graph.models.filter((m) => m.node.kind === 'model').flatMap((m) => m.relations.filter((r) => r.fields.length > 0));
}

/**
 * ON DELETE Prisma writes for a relation: the explicit action, else its default (SetNull for an
 * optional relation, Restrict for a required one), as PostgreSQL names it.
 */
export function onDeleteOf(relation: GraphRelation): string {
  const required = relation.fields.some((name) => {
    const field = relation.from.fieldByName.get(name);
    return field !== undefined && !field.optional;
  });
  const action: ReferentialAction = relation.onDelete ?? (required ? 'Restrict' : 'SetNull');
  return { Cascade: 'CASCADE', SetNull: 'SET NULL', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetDefault: 'SET DEFAULT' }[action];
}

/** `prisma.<accessor>` for a model: the model name with a lower-case first letter. */
export function clientAccessor(model: GraphModel): string {
  return model.name.charAt(0).toLowerCase() + model.name.slice(1);
}

/** The single-field primary key of a model, if it has one. */
export function idFieldOf(model: GraphModel): GraphField | undefined {
  const id = model.indexes.find((index) => index.kind === 'id');
  return id && id.fields.length === 1 ? model.fieldByName.get(id.fields[0]!) : undefined;
}
