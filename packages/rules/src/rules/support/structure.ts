/** The shape of a schema graph: model blocks, scalar columns, keys and attributes, relations seen from either end. Nothing here knows a model of any particular schema. */
import type { GraphField, GraphIndex, GraphModel, GraphRelation, SchemaGraph } from '../../types.js';
import { isScalarType } from '../../graph.js';
import { nameParts } from './names.js';
import { modelComment } from './comments.js';

/**
 * Real models only (not views or composite types), computed once per graph. Callers must not mutate the result.
 * Models marked `@@ignore` are left out: Prisma does not manage them (another tool owns their tables), so a finding
 * on them would ask the schema's authors to change what they do not control.
 */
export function modelBlocks(graph: SchemaGraph): readonly GraphModel[] {
  let blocks = modelBlocksCache.get(graph);
  if (!blocks) modelBlocksCache.set(graph, (blocks = graph.models.filter((m) => m.node.kind === 'model' && !isIgnored(m))));
  return blocks;
}

function isIgnored(model: GraphModel): boolean {
  return model.node.blockAttributes.some((a) => a.name === 'ignore');
}

/**
 * A required DateTime saying when the row stops being valid (`expires`, `expiresAt`, `expiresOn`): the row is a
 * short-lived credential or session of an account (a login session, a password-reset or verification token).
 */
export function expiryField(model: GraphModel): GraphField | undefined {
  return model.fields.find((f) => {
    if (f.type !== 'DateTime' || f.optional || f.list) return false;
    const first = nameParts(f.name)[0];
    return first === 'expires' || first === 'expiry' || first === 'expiration';
  });
}
const modelBlocksCache = new WeakMap<SchemaGraph, readonly GraphModel[]>();

/** A column of a built-in scalar type (not a relation, enum or composite type). */
export function isScalar(field: GraphField): boolean {
  return !field.isRelation && !field.isEnum && isScalarType(field.type);
}

/** Relations this model owns (it holds the key: `fields: [...]` is not empty), remembered. Do not mutate the result. */
export function owningRelations(model: GraphModel): readonly GraphRelation[] {
  let owning = owningCache.get(model);
  if (!owning) owningCache.set(model, (owning = model.relations.filter((r) => r.fields.length > 0)));
  return owning;
}
const owningCache = new WeakMap<GraphModel, readonly GraphRelation[]>();

/** The relation of `model` whose key includes `fieldName`, if any. */
export function relationUsing(model: GraphModel, fieldName: string): GraphRelation | undefined {
  return model.relations.find((r) => r.fields.includes(fieldName));
}

/** True when a relation links the two models, declared on either side. */
export function related(a: GraphModel, b: GraphModel): boolean {
  return a.relations.some((r) => r.to === b) || b.relations.some((r) => r.to === a);
}

/** Relations seen from both ends, computed once per graph so rules stay linear in the schema's size. */
interface Adjacency {
  neighbours: Map<GraphModel, Set<GraphModel>>;
  children: Map<GraphModel, GraphModel[]>;
}
const adjacencyCache = new WeakMap<SchemaGraph, Adjacency>();

function adjacency(graph: SchemaGraph): Adjacency {
  let adj = adjacencyCache.get(graph);
  if (adj) return adj;
  adj = { neighbours: new Map(), children: new Map() };
  for (const model of graph.models) {
    adj.neighbours.set(model, new Set());
    adj.children.set(model, []);
  }
  // Each child once per parent; a set, because a parent with thousands of children would make a list search quadratic.
  const linked = new Set<string>();
  const serial = new Map<GraphModel, number>();
  graph.models.forEach((model, i) => serial.set(model, i));
  for (const model of graph.models) {
    for (const r of model.relations) {
      if (r.to === model) continue;
      adj.neighbours.get(model)!.add(r.to);
      adj.neighbours.get(r.to)!.add(model);
      const pair = `${serial.get(r.to)} ${serial.get(model)}`;
      if (r.fields.length > 0 && !linked.has(pair)) {
        linked.add(pair);
        adj.children.get(r.to)!.push(model);
      }
    }
  }
  adjacencyCache.set(graph, adj);
  return adj;
}

/** Models linked to `model` by a relation on either side (not including itself). */
export function neighbours(model: GraphModel, graph: SchemaGraph): Set<GraphModel> {
  return adjacency(graph).neighbours.get(model) ?? new Set();
}

/** Models that hold a key pointing at `model` (its child tables). */
export function childModels(model: GraphModel, graph: SchemaGraph): GraphModel[] {
  return adjacency(graph).children.get(model) ?? [];
}

/** Models `model` points at through a key it holds (its parents). */
export function parentModels(model: GraphModel): GraphModel[] {
  return [
    ...new Set(
      owningRelations(model)
        .map((r) => r.to)
        .filter((to) => to !== model),
    ),
  ];
}

/** Field-level and block-level uniques and ids. */
export function uniqueIndexes(model: GraphModel): GraphIndex[] {
  return model.indexes.filter((i) => i.kind === 'unique' || i.kind === 'id');
}

export function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/** The source text of the first argument of a field attribute (`@default("[]")` -> `"[]"`). */
export function attributeArg(field: GraphField, attribute: string): string | undefined {
  const attr = field.node.attributes.find((a) => a.name === attribute);
  return attr?.args[0]?.value;
}

export function hasAttribute(field: GraphField, attribute: string): boolean {
  return field.node.attributes.some((a) => a.name === attribute);
}

/**
 * A join model between `a` and `b`: a third model holding keys to both that is unique over exactly that pair of
 * keys, or that holds only those two keys and is documented as a membership. Its other columns (role, status,
 * who invited whom...) do not matter.
 */
export function joinModelsBetween(a: GraphModel, b: GraphModel, graph: SchemaGraph): GraphModel[] {
  return childModels(a, graph).filter((j) => {
    if (j === b) return false;
    const owning = owningRelations(j);
    return owning.some((toA) => {
      if (toA.to !== a) return false;
      return owning.some((toB) => {
        if (toB === toA || toB.to !== b) return false;
        const pairSize = toA.fields.length + toB.fields.length;
        const unique = uniqueIndexes(j).some(
          (i) => i.fields.length === pairSize && i.fields.every((f) => toA.fields.includes(f) || toB.fields.includes(f)),
        );
        if (unique) return true;
        return owning.length === 2 && /\bmember(ship)?s?\b/.test(modelComment(j));
      });
    });
  });
}
