import type { GraphField, GraphModel, Rule, SchemaGraph } from '../types.js';
import {
  PROVIDER_PREFIX,
  attributeArg,
  joinModelsBetween,
  modelBlocks,
  owningRelations,
  q,
  regexList,
  tenancy,
  tenantFieldOf,
  tenantOwnedModels,
} from './_shared.js';

/** Values that are unique in the whole world by construction, so a global unique on them costs no tenant anything. */
const GLOBAL_FIELDS = ['^token$', 'Token$', 'Secret$', '[aA]piKey$', '^externalId$', `^(${PROVIDER_PREFIX})[A-Z]\\w*I[dD]$`];

const GENERATED_ID = /^(cuid|uuid|nanoid|ulid|autoincrement|dbgenerated)\(/;

function globalByNature(field: GraphField | undefined, patterns: RegExp[]): boolean {
  if (!field) return false;
  const def = attributeArg(field, 'default');
  if (def && GENERATED_ID.test(def)) return true;
  return patterns.some((re) => re.test(field.name));
}

/**
 * The columns hold the key of a relation to a row that itself belongs to one tenant, so the unique is per tenant;
 * or to a row identified by a generated id (a one-to-one link), which no two tenants can share anyway.
 */
function scopedByParent(model: GraphModel, columns: string[], graph: SchemaGraph, patterns: RegExp[]): boolean {
  const owned = tenantOwnedModels(graph);
  return owningRelations(model).some(
    (r) =>
      r.fields.every((f) => columns.includes(f)) &&
      (owned.has(r.to) || (r.references.length > 0 && r.references.every((c) => globalByNature(r.to.fieldByName.get(c), patterns)))),
  );
}

/** The columns include the whole primary key: the unique can never reject a row the key does not already reject. */
function containsPrimaryKey(model: GraphModel, columns: string[]): boolean {
  return model.indexes.some((i) => i.kind === 'id' && i.fields.length > 0 && i.fields.every((f) => columns.includes(f)));
}

const rule: Rule = {
  meta: {
    id: 'require-tenant-in-unique',
    defaultSeverity: 'error',
    description: 'Require every unique constraint of a tenant-scoped model to include the tenant key.',
    rationale:
      'A unique without the tenant key is enforced across all tenants: the second tenant to store the same value (the same file hash, slug or email) gets a constraint violation, and the error tells it that another tenant already has that value.',
    help: 'Scope the constraint to the tenant: replace it with @@unique([<tenant key>, ...the same columns]).',
    options: {
      globalFields: {
        description:
          'Regular expressions for field names whose values are unique worldwide by construction (tokens, secrets, provider ids); uniques on them are not reported. Fields with a generated id default (cuid(), uuid()...) are always exempt.',
        default: GLOBAL_FIELDS,
      },
    },
    examples: {
      incorrect: `model Document {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  checksum       String       @unique
}`,
      correct: `model Document {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  checksum       String

  @@unique([organizationId, checksum])
}`,
    },
    whenNotToUse:
      'When a value really must be unique across all tenants (a public handle or a custom domain that routes traffic); add the field to the `globalFields` option so the exception is written down once.',
  },
  check(context) {
    const { graph } = context;
    const patterns = regexList(context.options.globalFields, GLOBAL_FIELDS);
    const tenantModel = tenancy(graph)?.model;
    if (!tenantModel) return;
    for (const model of modelBlocks(graph)) {
      const tenantField = tenantFieldOf(model, graph);
      if (!tenantField) continue;
      // A model linked to the tenant through a membership table has global identity (a user, say); its direct
      // tenant key is ban-dual-membership's business, not a reason to scope its uniques.
      if (joinModelsBetween(model, tenantModel, graph).length > 0) continue;
      for (const index of model.indexes) {
        if (index.kind !== 'unique') continue;
        if (index.fields.includes(tenantField.name)) continue;
        if (index.fields.some((f) => globalByNature(model.fieldByName.get(f), patterns))) continue;
        if (containsPrimaryKey(model, index.fields) || scopedByParent(model, index.fields, graph, patterns)) continue;
        const columns = index.fields.map((f) => `"${f}"`).join(', ');
        const field = index.fieldLevel ? model.fieldByName.get(index.fields[0]) : undefined;
        context.report({
          model,
          field,
          pos: field ? undefined : index.pos,
          message: `${field ? q(model, field) : `The unique on ${columns} of ${q(model)}`} is unique across all tenants although ${q(model)} is scoped by "${tenantField.name}": a second tenant storing the same value is rejected, and the error reveals that another tenant has it.`,
          help: `Scope the constraint to the tenant: replace it with @@unique([${[tenantField.name, ...index.fields].join(', ')}]).`,
        });
      }
    }
  },
};

export default rule;
