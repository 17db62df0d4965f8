// Who owns a model's rows, read from the graph: the tenant model itself, a tenant-scoped model (it carries the
// tenant key), a model owned by the tenant through a cascading parent, or a platform-wide model shared by every
// tenant. This is what decides whether deleting a tenant erases a row, so every model page states it.
import type { GraphModel, GraphRelation, SchemaGraph } from '@leadmetrics/rules';

export type Scope =
  | { kind: 'tenant-root' }
  | { kind: 'tenant-scoped'; key: string; relation?: GraphRelation }
  | { kind: 'tenant-owned'; via: GraphRelation }
  | { kind: 'platform-wide' };

export function scopeOf(model: GraphModel, graph: SchemaGraph, seen: Set<GraphModel> = new Set()): Scope {
  if (graph.tenantModel === model) return { kind: 'tenant-root' };
  if (model.tenantField) return { kind: 'tenant-scoped', key: model.tenantField.name, relation: model.tenantRelation };
  if (seen.has(model)) return { kind: 'platform-wide' };
  seen.add(model);
  // Owned through a parent: a required owning relation that cascades from a tenant-owned model.
  for (const relation of model.relations) {
    if (relation.fields.length === 0 || relation.onDelete !== 'Cascade' || relation.to === model) continue;
    const parent = scopeOf(relation.to, graph, seen);
    if (parent.kind !== 'platform-wide') return { kind: 'tenant-owned', via: relation };
  }
  return { kind: 'platform-wide' };
}

/** One word for diagrams and tables. */
export function scopeLabel(scope: Scope): string {
  switch (scope.kind) {
    case 'tenant-root':
      return 'tenant root';
    case 'tenant-scoped':
      return 'tenant-scoped';
    case 'tenant-owned':
      return 'tenant-owned';
    case 'platform-wide':
      return 'platform-wide';
  }
}
