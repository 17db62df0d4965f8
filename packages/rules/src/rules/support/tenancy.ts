/** Which model is the tenant (whatever the schema calls it) and which models belong to one. Nothing here knows a model of any particular schema. */
import type { GraphField, GraphModel, SchemaGraph } from '../../types.js';
import { childModels, owningRelations } from './structure.js';

/** Names that say a model (or key) is the tenant, whatever the schema calls it. */
const TENANT_NAMES = /tenant|organi[sz]ation|^org(Id)?$|^org[A-Z_]|workspace|account|company|team|agency|business|merchant/i;

export interface Tenancy {
  /** The tenant model, when the schema has one. */
  model?: GraphModel;
  /** The scalar key that scopes rows to a tenant. */
  key: string;
}

/**
 * The graph's tenant, if it really looks like one. The graph takes the key most models share for the tenant key,
 * which in a single-tenant schema can be any popular parent (`productId` in a shop). Rules about tenancy only trust
 * it when the model or key is named like a tenant, or when the key is carried by more than half of the models.
 */
export function tenancy(graph: SchemaGraph): Tenancy | undefined {
  if (tenancyCache.has(graph)) return tenancyCache.get(graph);
  let result: Tenancy | undefined;
  if (graph.tenantKey) {
    const { tenantKey: key, tenantModel: model } = graph;
    const named = TENANT_NAMES.test(key) || (model !== undefined && TENANT_NAMES.test(model.name));
    const carrierFields = graph.models
      .filter((m) => m !== model)
      .map((m) => m.fieldByName.get(key))
      .filter((f): f is GraphField => f !== undefined && !f.isRelation);
    const carriers = carrierFields.length;
    const others = graph.models.length - (model ? 1 : 0);
    // A key most of its models may leave empty does not scope their rows: those rows belong to a user or to nobody
    // as often as to a tenant (resources owned by "a user or a team").
    const mostlyRequired = carrierFields.filter((f) => !f.optional).length * 2 >= carriers;
    if ((named || carriers * 2 > others) && mostlyRequired) result = { key, model };
  }
  tenancyCache.set(graph, result);
  return result;
}
const tenancyCache = new WeakMap<SchemaGraph, Tenancy | undefined>();

/** The scalar field carrying the tenant key on this model, if any (whether or not it is related). */
export function tenantFieldOf(model: GraphModel, graph: SchemaGraph): GraphField | undefined {
  const tenant = tenancy(graph);
  if (!tenant || model === tenant.model) return undefined;
  const field = model.tenantField ?? model.fieldByName.get(tenant.key);
  return field && !field.isRelation ? field : undefined;
}

export function isTenantScoped(model: GraphModel, graph: SchemaGraph): boolean {
  return tenantFieldOf(model, graph) !== undefined;
}

/**
 * Models whose rows belong to one tenant: the tenant model, models carrying the tenant key, and (transitively)
 * models holding a key to such a model. Computed once per graph.
 */
export function tenantOwnedModels(graph: SchemaGraph): Set<GraphModel> {
  const cached = ownedCache.get(graph);
  if (cached) return cached;
  const owned = new Set<GraphModel>();
  const queue: GraphModel[] = [];
  const own = (m: GraphModel): void => {
    if (owned.has(m)) return;
    owned.add(m);
    queue.push(m);
  };
  const tenantModel = tenancy(graph)?.model;
  if (tenantModel) own(tenantModel);
  for (const m of graph.models) if (isTenantScoped(m, graph)) own(m);
  while (queue.length > 0) {
    const parent = queue.pop()!;
    for (const child of childModels(parent, graph)) {
      // Only a required key makes every row of the child belong to the parent's tenant.
      if (owningRelations(child).some((r) => r.to === parent && !r.field.optional)) own(child);
    }
  }
  ownedCache.set(graph, owned);
  return owned;
}
const ownedCache = new WeakMap<SchemaGraph, Set<GraphModel>>();
