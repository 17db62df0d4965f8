import { defineRule, option } from './_define.js';
import { compactName } from './support/names.js';
import { owningRelations } from './support/structure.js';
import { tenantFieldOf, tenantOwnedModels } from './support/tenancy.js';

const NATURAL_KEYS = ['slug', 'code', 'handle', 'sku', 'key', 'term', 'keyword'];

export default defineRule({
  meta: {
    id: 'require-tenant-scoped-natural-key-index',
    defaultSeverity: 'warning',
    description: 'Require a unique or index that starts with the tenant key and covers the natural key of a tenant-scoped model.',
    rationale:
      'The natural key (a field named after its model, a slug, a code) is what the application looks rows up by within a tenant: without an index that starts with the tenant key each lookup scans, and without a tenant-scoped unique the same value piles up in one tenant unnoticed.',
    help: 'Add @@unique([<tenant key>, <field>]) (or @@index([<tenant key>, <field>]) where duplicates are legitimate).',
    messages: {
      unindexedNaturalKey:
        '"{{model}}.{{field}}" looks like the natural key of "{{model}}" but no unique or index starts with "{{tenantKey}}" and covers it: lookups within a tenant scan its rows, and nothing stops the same value being stored twice in one tenant.',
    },
    examples: {
      incorrect: `model Organization {
  id   String @id @default(cuid())
  tags Tag[]
}

model Tag {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  tag            String

  @@index([organizationId])
}`,
      correct: `model Organization {
  id   String @id @default(cuid())
  tags Tag[]
}

model Tag {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  tag            String

  @@unique([organizationId, tag])
}`,
    },
    whenNotToUse:
      'When lookups by the field never happen and duplicates within a tenant are intended (a free-text label named like its model, say).',
  },
  options: {
    naturalKeys: option.strings(
      'Field names treated as natural keys on any tenant-scoped model, besides a field named after its own model.',
      NATURAL_KEYS,
    ),
  },
  model(model, context) {
    const { graph } = context;
    const tenantField = tenantFieldOf(model, graph);
    if (!tenantField) return;
    const naturalKeys = new Set(context.options.naturalKeys);
    const owned = tenantOwnedModels(graph);
    const modelWords = compactName(model.name);
    const parentKeys = owningRelations(model)
      .filter((r) => owned.has(r.to) && !r.fields.includes(tenantField.name))
      .map((r) => r.fields);
    for (const field of model.fields) {
      if (field.type !== 'String' || field.list || field.isRelation) continue;
      if (compactName(field.name) !== modelWords && !naturalKeys.has(field.name)) continue;
      const covered = model.indexes.some(
        (i) =>
          i.fields.includes(field.name) &&
          (i.fields[0] === tenantField.name ||
            // a global unique is require-tenant-in-unique's business; a key scoped by a parent row is per tenant
            (i.kind !== 'index' && i.fields.length === 1) ||
            parentKeys.some((keys) => keys.every((k) => i.fields.includes(k)))),
      );
      if (covered) continue;
      context.report({
        model,
        field,
        messageId: 'unindexedNaturalKey',
        data: { model: model.name, field: field.name, tenantKey: tenantField.name },
        help: `Add @@unique([${tenantField.name}, ${field.name}]) (or @@index([${tenantField.name}, ${field.name}]) where duplicates are legitimate).`,
      });
    }
  },
});
