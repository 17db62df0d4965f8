/** Id fields that name a model of the schema but have no relation (bare references), and what marks them as deliberate. Nothing here knows a model of any particular schema. */
import type { GraphField, GraphModel, SchemaGraph } from '../../types.js';
import { modelBySuffix, nameParts } from './names.js';
import { hasAttribute, isScalar, modelBlocks, relationUsing } from './structure.js';
import { tenancy } from './tenancy.js';

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

/** The `ignore` option of the rules that look for bare ids (one definition, so their docs agree). */
export const EXTERNAL_ID_IGNORE_OPTION = {
  description: 'Regular expressions for id fields that point into another system (payment provider, external API) rather than at a model.',
  default: EXTERNAL_ID_PATTERNS,
};
