/**
 * Small helpers shared by several rules. Everything here reasons about names, structure and comments of a
 * SchemaGraph; nothing here knows a model of any particular schema.
 */
import type { GraphField, GraphIndex, GraphModel, GraphRelation, SchemaGraph } from '../types.js';
import { isScalarType } from '../graph.js';
import { singular, words } from '../utils/index.js';

// ---------------------------------------------------------------- names

const partsCache = new Map<string, readonly string[]>();
const singularPartsCache = new Map<string, readonly string[]>();

/**
 * `words(name)`, remembered: rules split the same model and field names many times per run, and a schema has a few
 * thousand names at most. Callers must not mutate the result.
 */
export function nameParts(name: string): readonly string[] {
  let parts = partsCache.get(name);
  if (!parts) partsCache.set(name, (parts = words(name)));
  return parts;
}

/** A name's words run together in lower case (`sourceDeliverableId` -> `sourcedeliverableid`), remembered. */
export function compactName(name: string): string {
  let compact = compactCache.get(name);
  if (compact === undefined) compactCache.set(name, (compact = nameParts(name).join('')));
  return compact;
}
const compactCache = new Map<string, string>();

/** Words of a name, each singularised (remembered like nameParts). */
export function singularParts(name: string): readonly string[] {
  let parts = singularPartsCache.get(name);
  if (!parts) singularPartsCache.set(name, (parts = nameParts(name).map((w) => singular(w))));
  return parts;
}

/** The model whose whole name equals `words` joined (case-insensitive), if any. */
export function modelNamed(graph: SchemaGraph, parts: readonly string[]): GraphModel | undefined {
  if (parts.length === 0) return undefined;
  const wanted = parts.join('');
  return lowerIndex(graph).get(wanted);
}

const lowerIndexCache = new WeakMap<SchemaGraph, Map<string, GraphModel>>();
function lowerIndex(graph: SchemaGraph): Map<string, GraphModel> {
  let index = lowerIndexCache.get(graph);
  if (!index) {
    index = new Map();
    for (const model of graph.models) index.set(compactName(model.name), model);
    lowerIndexCache.set(graph, index);
  }
  return index;
}

/**
 * The model named by the longest suffix of `words` (`[source, order]` -> Order when there is no
 * SourceOrder model). Suffixes are tried as written and singularised.
 */
export function modelBySuffix(graph: SchemaGraph, parts: readonly string[]): GraphModel | undefined {
  for (let start = 0; start < parts.length; start++) {
    const tail = parts.slice(start);
    const found = modelNamed(graph, tail) ?? modelNamed(graph, [...tail.slice(0, -1), singular(tail[tail.length - 1])]);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------- comments

/**
 * Everything written about a field, lower-cased; '' when nothing: its own `///` doc and `//` comments, or else what
 * its model's doc says about it JSDoc-style (see modelDocOfField).
 */
export function fieldComment(field: GraphField): string {
  if (field.text) return field.text.toLowerCase();
  return modelDocOfField(field) || groupComment(field);
}

/**
 * The comment written above a group of fields (`// Stripe billing` over four consecutive fields), for a field of the
 * group that has none of its own: the group runs from the commented field down, line after line, to the first blank
 * line, comment or field with a comment of its own. Lower-cased; '' when the field is in no such group.
 */
function groupComment(field: GraphField): string {
  let byField = groupCommentCache.get(field.model);
  if (!byField) groupCommentCache.set(field.model, (byField = groupComments(field.model)));
  return byField.get(field) ?? '';
}
const groupCommentCache = new WeakMap<GraphModel, Map<GraphField, string>>();

/** One pass over a model's fields: each field without a comment of its own gets its group's comment, if any. */
function groupComments(model: GraphModel): Map<GraphField, string> {
  const byField = new Map<GraphField, string>();
  let current = '';
  model.fields.forEach((field, index) => {
    const previous = index > 0 ? model.fields[index - 1] : undefined;
    const adjacent = previous !== undefined && previous.node.pos.line === field.node.pos.line - 1;
    if (field.text) {
      // Only a plain `//` comment on lines of its own heads a group; a `///` doc describes the one field under it.
      current = field.node.comment && commentAbove(field, index) ? field.node.comment.toLowerCase() : '';
      return;
    }
    if (!adjacent) current = '';
    if (current) byField.set(field, current);
  });
  return byField;
}

/**
 * Whether a field's `//` comment can stand on lines of its own above it: between the field and the declaration
 * before it (the previous field, or the model's opening line) there are at least as many lines as its doc and
 * comment have together. A comment at the end of the field's own line leaves no such lines.
 */
function commentAbove(field: GraphField, index: number): boolean {
  const before = index > 0 ? field.model.fields[index - 1].node.pos.line : field.model.node.pos.line;
  const lines = (field.node.doc ? field.node.doc.split('\n').length : 0) + (field.node.comment ?? '').split('\n').length;
  return field.node.pos.line - 1 - before >= lines;
}

/** The model's own comment says its id fields are deliberately not foreign keys (`// No FK constraints: ...`). */
export function modelDeclaresSoftReferences(model: GraphModel): boolean {
  return SOFT_REFERENCE_WORDING.test(modelComment(model));
}

/** Everything written about a model (its doc and comment), lower-cased. */
export function modelComment(model: GraphModel): string {
  return model.text.toLowerCase();
}

export function hasComment(field: GraphField): boolean {
  return fieldComment(field).trim().length > 0;
}

/** `@property name - text` (or `@prop` / `@field`, with `:` or nothing before the text) in a model's doc comment. */
const PROPERTY_LINE = /^\s*@(?:property|prop|field)\s+`?([A-Za-z_]\w*)`?\s*[-:\u2013\u2014]?\s*(\S.*)?$/;

/**
 * What a model's doc comment says about one of its fields in JSDoc style (`/// @property userId - id in the
 * customer's own system`), lower-cased; '' when nothing. Some schemas document every field that way instead of
 * commenting the field itself. Each model's doc is read once per run.
 */
function modelDocOfField(field: GraphField): string {
  let byName = propertyDocCache.get(field.model);
  if (!byName) {
    byName = new Map();
    const doc = field.model.node.doc;
    if (doc && doc.includes('@')) {
      for (const line of doc.split('\n')) {
        const m = PROPERTY_LINE.exec(line);
        if (m?.[2]) byName.set(m[1], `${byName.get(m[1]) ?? ''}${m[2].toLowerCase()}\n`);
      }
    }
    propertyDocCache.set(field.model, byName);
  }
  return byName.get(field.name) ?? '';
}
const propertyDocCache = new WeakMap<GraphModel, Map<string, string>>();

// ---------------------------------------------------------------- structure

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

// ---------------------------------------------------------------- messages

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------- bare references (ids of a model with no relation)

/** Ids coming from another system (`stripeCustomerId`, `externalId`) name no model of the schema. */
export const PROVIDER_PREFIX =
  'stripe|paddle|paypal|google|facebook|meta|linkedin|hubspot|salesforce|shopify|github|slack|twilio|sendgrid|openai|qdrant|auth0|clerk|firebase|external|provider|vendor|remote';
export const EXTERNAL_ID_PATTERNS = [`^(${PROVIDER_PREFIX})[A-Z_0-9]`];

export interface BareReference {
  model: GraphModel;
  field: GraphField;
  /** The model the field's name says it points at. */
  target: GraphModel;
}

/**
 * Scalar `<stem>Id` fields whose stem ends with a model's name but that no relation uses: references the database
 * does not know about. The tenant key is left to require-tenant-relation.
 */
export function bareReferences(graph: SchemaGraph, ignore: RegExp[]): BareReference[] {
  const key = ignore.map((re) => re.source).join('\u0000');
  const cached = bareCache.get(graph);
  if (cached?.key === key) return cached.found;
  const found: BareReference[] = [];
  const tenantKey = tenancy(graph)?.key;
  for (const model of modelBlocks(graph)) {
    for (const field of model.fields) {
      if (!isScalar(field) || field.list || !/^(String|Int|BigInt)$/.test(field.type)) continue;
      if (!/(Id|ID|_id)$/.test(field.name) || field.name === tenantKey || hasAttribute(field, 'id')) continue;
      const parts = nameParts(field.name);
      if (parts.length < 2 || parts[parts.length - 1] !== 'id') continue;
      if (relationUsing(model, field.name)) continue;
      if (ignore.some((re) => re.test(field.name))) continue;
      const target = targetOfIdName(graph, field.name, parts);
      if (target) found.push({ model, field, target });
    }
  }
  bareCache.set(graph, { key, found });
  return found;
}
const bareCache = new WeakMap<SchemaGraph, { key: string; found: BareReference[] }>();

/**
 * The model an `<stem>Id` name points at (see modelBySuffix), remembered per graph by field name: the same key names
 * (`userId`, `campaignId`) recur on many models. None when the words before the model's name say the id belongs to
 * another system (`identityProviderAccountId` is the provider's account id, not an Account row's).
 */
function targetOfIdName(graph: SchemaGraph, name: string, parts: readonly string[]): GraphModel | undefined {
  let targets = idTargetCache.get(graph);
  if (!targets) idTargetCache.set(graph, (targets = new Map()));
  let target = targets.get(name);
  if (target === undefined) {
    const stem = parts.slice(0, -1);
    target = modelBySuffix(graph, stem) ?? null;
    if (target) {
      const qualifiers = stem.slice(0, stem.length - nameParts(target.name).length);
      if (qualifiers.some((w) => EXTERNAL_QUALIFIERS.has(w))) target = null;
    }
    targets.set(name, target);
  }
  return target ?? undefined;
}
/** Words that, in front of a model's name in an id field's name, place the id in another system. */
const EXTERNAL_QUALIFIERS: ReadonlySet<string> = new Set(['provider', 'vendor', 'external', 'remote', 'upstream']);
const idTargetCache = new WeakMap<SchemaGraph, Map<string, GraphModel | null>>();

/** A comment that says the missing relation is on purpose. */
export const SOFT_REFERENCE_WORDING =
  /soft[\s-]*ref|\bno (fk|foreign[\s-]*key|constraint|relation|db[\s-]*level)|\bnot an? (fk|foreign|relation|constraint)|without (an? )?(fk|foreign|relation|constraint)|intentional|deliberate|on purpose|loose(ly)?[\s-]*coupled/;

/** The `ignore` option of the rules that look for bare ids (one definition, so their docs agree). */
export const EXTERNAL_ID_IGNORE_OPTION = {
  description: 'Regular expressions for id fields that point into another system (payment provider, external API) rather than at a model.',
  default: EXTERNAL_ID_PATTERNS,
};
