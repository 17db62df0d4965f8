import type { GraphField, GraphModel, SchemaGraph } from '../types.js';
import { defineRule, option } from './_define.js';
import { PROVIDER_PREFIX } from './support/bare-references.js';
import { nameParts } from './support/names.js';
import { attributeArg, joinModelsBetween, owningRelations } from './support/structure.js';
import { tenancy, tenantFieldOf, tenantOwnedModels } from './support/tenancy.js';

/** Values that are unique in the whole world by construction, so a global unique on them costs no tenant anything. */
const GLOBAL_FIELDS = [
  '^token$',
  'Token$',
  'Secret$',
  'SecretKey$',
  '[aA]piKey$',
  '^hashed[A-Z]',
  '^publicKey$',
  '^publicId$',
  '[dD]omain$',
  '^hostname$',
  '^externalId$',
  `^(${PROVIDER_PREFIX})[A-Z]\\w*I[dD]$`,
];

const GENERATED_ID = /^(cuid|uuid|nanoid|ulid|autoincrement|dbgenerated)\(/;

function globalByNature(field: GraphField | undefined, patterns: RegExp[]): boolean {
  if (!field) return false;
  const def = attributeArg(field, 'default');
  if (def && GENERATED_ID.test(def)) return true;
  // The row's own identifier (`id String @unique` where the model has no @id) is an identity, not tenant data.
  if (field.name === 'id' || namesTheHost(field)) return true;
  return patterns.some((re) => re.test(field.name));
}

/**
 * The natural key of a model that records host names (`Domain.slug`, `CustomHostname.name`): a host name routes
 * traffic to one tenant only, so it must be unique across all of them.
 */
function namesTheHost(field: GraphField): boolean {
  if (field.type !== 'String' || field.list) return false;
  const modelWords = nameParts(field.model.name);
  const last = modelWords[modelWords.length - 1];
  return (last === 'domain' || last === 'hostname') && ['slug', 'name', 'host', 'value'].includes(field.name);
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

export default defineRule({
  meta: {
    id: 'require-tenant-in-unique',
    defaultSeverity: 'error',
    description: 'Require every unique constraint of a tenant-scoped model to include the tenant key.',
    rationale:
      'A unique without the tenant key is enforced across all tenants: the second tenant to store the same value (the same file hash, slug or email) gets a constraint violation, and the error tells it that another tenant already has that value.',
    help: 'Scope the constraint to the tenant: replace it with @@unique([<tenant key>, ...the same columns]).',
    messages: {
      fieldUnique:
        '"{{model}}.{{field}}" is unique across all tenants although "{{model}}" is scoped by "{{tenantKey}}": a second tenant storing the same value is rejected, and the error reveals that another tenant has it.',
      compositeUnique:
        'The unique on {{columns}} of "{{model}}" is unique across all tenants although "{{model}}" is scoped by "{{tenantKey}}": a second tenant storing the same value is rejected, and the error reveals that another tenant has it.',
    },
    examples: {
      incorrect: `model Organization {
  id        String     @id @default(cuid())
  documents Document[]
}

model Document {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  checksum       String       @unique
}`,
      correct: `model Organization {
  id        String     @id @default(cuid())
  documents Document[]
}

model Document {
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
  options: {
    globalFields: option.patterns(
      'Regular expressions for field names whose values must be unique worldwide (tokens, secrets, hashed keys, public ids, custom domains, provider ids); uniques on them are not reported. Fields with a generated id default (cuid(), uuid()...) and the name of a model recording host names (`Domain.slug`) are always exempt.',
      GLOBAL_FIELDS,
    ),
  },
  model(model, context) {
    const { graph } = context;
    const patterns = context.options.globalFields;
    const tenantModel = tenancy(graph)?.model;
    if (!tenantModel) return;
    const tenantField = tenantFieldOf(model, graph);
    // An optional tenant key lets rows exist outside every tenant; a unique that included the key would not
    // cover those rows (NULLs never collide), so a global unique is the only one that can guard them.
    if (!tenantField || tenantField.optional) return;
    // A model linked to the tenant through a membership table has global identity (a user, say); its direct
    // tenant key is ban-dual-membership's business, not a reason to scope its uniques.
    if (joinModelsBetween(model, tenantModel, graph).length > 0) return;
    for (const index of model.indexes) {
      if (index.kind !== 'unique') continue;
      if (index.fields.includes(tenantField.name)) continue;
      if (index.fields.some((f) => globalByNature(model.fieldByName.get(f), patterns))) continue;
      if (containsPrimaryKey(model, index.fields) || scopedByParent(model, index.fields, graph, patterns)) continue;
      const field = index.fieldLevel ? model.fieldByName.get(index.fields[0]) : undefined;
      const data = { model: model.name, tenantKey: tenantField.name, columns: index.fields.map((f) => `"${f}"`).join(', ') };
      // The help names the key and columns the report knows, not the rule's <tenant key> placeholder.
      const help = `Scope the constraint to the tenant: replace it with @@unique([${[tenantField.name, ...index.fields].join(', ')}]).`;
      if (field) context.report({ model, field, messageId: 'fieldUnique', data: { ...data, field: field.name }, help });
      else context.report({ model, pos: index.pos, messageId: 'compositeUnique', data, help });
    }
  },
});
