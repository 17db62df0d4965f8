import { defineRule } from './_define.js';
import { SOFT_REFERENCE_WORDING, fieldComment, modelDeclaresSoftReferences } from './support/comments.js';
import { relationUsing } from './support/structure.js';
import { tenancy, tenantFieldOf } from './support/tenancy.js';

export default defineRule({
  meta: {
    id: 'require-tenant-relation',
    defaultSeverity: 'error',
    description:
      'Require the tenant key of every tenant-scoped model to be a relation to the tenant with an explicit onDelete of Cascade or SetNull.',
    rationale:
      'A tenant key without a relation is not a foreign key: it accepts ids of tenants that do not exist, and deleting a tenant leaves its rows behind forever. Without an explicit onDelete, deleting the tenant fails instead of removing its rows.',
    help: 'Relate the tenant key to the tenant model with onDelete: Cascade (or SetNull when the row must outlive its tenant).',
    messages: {
      noRelation:
        '"{{model}}.{{field}}" holds a tenant id but has no relation to "{{tenant}}": the database accepts ids of tenants that do not exist, and deleting a tenant leaves these rows orphaned.',
      setDefault:
        '"{{model}}.{{field}}" relates to "{{tenant}}" with onDelete: SetDefault, so deleting a tenant hands these rows to whichever tenant the default names (no cascade).',
      refused:
        '"{{model}}.{{field}}" relates to "{{tenant}}" with onDelete: {{action}}, so deleting a tenant is refused while these rows exist instead of removing them (no cascade).',
      implicitRequired:
        '"{{model}}.{{field}}" relates to "{{tenant}}" with no explicit onDelete, so deleting a tenant is refused while these rows exist instead of removing them (no cascade).',
      implicitOptional:
        '"{{model}}.{{field}}" relates to "{{tenant}}" with no explicit onDelete, so what happens to these rows when their tenant is deleted is left to an implicit default nobody chose (no cascade).',
    },
    examples: {
      incorrect: `model Organization {
  id String @id @default(cuid())
}

model PageView {
  id             String @id @default(cuid())
  organizationId String
  path           String
}`,
      correct: `model Organization {
  id        String     @id @default(cuid())
  pageViews PageView[]
}

model PageView {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  path           String
}`,
    },
    whenNotToUse:
      'When tenants live in another database and the key cannot be a foreign key; then the rows still need a clean-up path on tenant deletion, which this rule cannot see. A tenant key whose comment (its own, its group\'s or the model\'s) says it is deliberately no foreign key ("no FK", "soft reference") is not reported.',
  },
  model(model, context) {
    const { graph } = context;
    const tenant = tenancy(graph)?.model;
    if (!tenant) return;
    const field = tenantFieldOf(model, graph);
    if (!field) return;
    const relation = relationUsing(model, field.name);
    if (!relation) {
      // Documented on purpose (audit rows kept after their tenant is gone): a decision, not an oversight.
      if (SOFT_REFERENCE_WORDING.test(fieldComment(field)) || modelDeclaresSoftReferences(model)) return;
      context.report({ model, field, messageId: 'noRelation', data: { model: model.name, field: field.name, tenant: tenant.name } });
      return;
    }
    if (relation.onDelete === 'Cascade' || relation.onDelete === 'SetNull') return;
    const data = { model: model.name, field: field.name, tenant: relation.to.name, action: relation.onDelete ?? '' };
    const messageId =
      relation.onDelete === 'SetDefault'
        ? 'setDefault'
        : relation.onDelete
          ? 'refused'
          : field.optional
            ? 'implicitOptional'
            : 'implicitRequired';
    context.report({ model, field, messageId, data });
  },
});
