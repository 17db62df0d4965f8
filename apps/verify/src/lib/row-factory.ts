// Builds the smallest valid `create` input for any model of the corrected schema, from the graph:
// required scalars get a plain value of their type, required foreign keys point at an existing
// row (of the same tenant when the target is tenant-scoped; created the same way when there is
// none). Defaults, optional fields and @updatedAt are left to the database and the client.
import { randomBytes } from 'node:crypto';
import type { GraphField, GraphModel, SchemaGraph } from '@leadmetrics/rules';
import { clientAccessor } from './schema-graph.js';

type Delegate = {
  create(args: unknown): Promise<Record<string, unknown>>;
  findFirst(args: unknown): Promise<Record<string, unknown> | null>;
};
export type AnyClient = Record<string, unknown>;

export function delegate(client: AnyClient, model: GraphModel): Delegate {
  const d = client[clientAccessor(model)] as Delegate | undefined;
  if (!d) throw new Error(`the generated client has no prisma.${clientAccessor(model)} (is it generated from the corrected schema?)`);
  return d;
}

const hasAttribute = (field: GraphField, name: string) => field.node.attributes.some((a) => a.name === name);

function plainValue(field: GraphField, graph: SchemaGraph): unknown {
  const token = randomBytes(6).toString('hex');
  if (field.isEnum) return graph.enums.get(field.type)!.values[0]!.name;
  switch (field.type) {
    case 'String':
      return `smoke-${field.name}-${token}`;
    case 'Int':
      return 1 + (parseInt(token.slice(0, 6), 16) % 1_000_000);
    case 'BigInt':
      return BigInt(1 + (parseInt(token.slice(0, 6), 16) % 1_000_000));
    case 'Float':
      return 1.5;
    case 'Decimal':
      return '1.50';
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date();
    case 'Json':
      return {};
    case 'Bytes':
      return new Uint8Array([1, 2, 3]);
    default:
      throw new Error(`cannot make a value for ${field.model.name}.${field.name} of type ${field.type}`);
  }
}

export interface FactoryOptions {
  client: AnyClient;
  graph: SchemaGraph;
  tenantId: string;
  /** Rows created on the way, for the report. */
  created?: string[];
}

/** The scalar input a `create` needs; `overrides` (field name -> value) win. */
export async function minimalInput(
  model: GraphModel,
  options: FactoryOptions,
  overrides: Record<string, unknown> = {},
  depth = 0,
): Promise<Record<string, unknown>> {
  const { graph, tenantId } = options;
  const data: Record<string, unknown> = {};
  const keyFields = new Set<string>();
  for (const relation of model.relations.filter((r) => r.fields.length > 0)) {
    relation.fields.forEach((f) => keyFields.add(f));
    if (relation.fields.every((f) => f in overrides)) continue;
    const required = relation.fields.some((f) => !model.fieldByName.get(f)!.optional);
    if (!required) continue;
    if (relation.fields.length === 1 && relation.fields[0] === graph.tenantKey && relation.to === graph.tenantModel) {
      data[relation.fields[0]!] = tenantId;
      continue;
    }
    const target = relation.to;
    const where = target.tenantField ? { [target.tenantField.name]: tenantId } : {};
    let row = await delegate(options.client, target).findFirst({ where });
    if (!row) {
      if (depth > 4) throw new Error(`cannot find or create a ${target.name} for ${model.name}.${relation.field.name}`);
      row = await createMinimal(target, options, {}, depth + 1);
    }
    relation.fields.forEach((f, i) => (data[f] = row![relation.references[i]!]));
  }
  for (const field of model.fields) {
    if (field.isRelation || keyFields.has(field.name) || field.name in overrides) continue;
    if (field.optional || field.list || hasAttribute(field, 'default') || hasAttribute(field, 'updatedAt')) continue;
    if (field.name === graph.tenantKey) {
      data[field.name] = tenantId;
      continue;
    }
    data[field.name] = plainValue(field, graph);
  }
  return { ...data, ...overrides };
}

export async function createMinimal(
  model: GraphModel,
  options: FactoryOptions,
  overrides: Record<string, unknown> = {},
  depth = 0,
): Promise<Record<string, unknown>> {
  const data = await minimalInput(model, options, overrides, depth);
  const row = await delegate(options.client, model).create({ data });
  options.created?.push(model.name);
  return row;
}
