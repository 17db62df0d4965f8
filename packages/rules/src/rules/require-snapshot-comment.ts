import { defineRule, option } from './_define.js';
import { fieldComment } from './support/comments.js';
import { isScalar, owningRelations } from './support/structure.js';

const SNAPSHOT_WORDS = [
  'snapshot',
  'denormalis',
  'denormaliz',
  'copy',
  'copied',
  'cached',
  'point-in-time',
  'point in time',
  'at the time',
  'not kept in sync',
  'not kept in step',
  'even if',
  'even when',
  'even after',
  'outlive',
];

export default defineRule({
  meta: {
    id: 'require-snapshot-comment',
    defaultSeverity: 'warning',
    description:
      'Require a comment on a field that copies a field of a related model (`<relation><Field>`, such as `tenantName` beside a `tenant` relation) saying it is a deliberate snapshot.',
    rationale:
      'An undocumented copy looks like the live value: it goes stale when the source changes, and readers cannot tell whether it is a point-in-time snapshot to keep or a bug to fix by syncing it.',
    help: "Say in the field's comment that it is a snapshot taken when the row was written and not kept in sync with the source.",
    messages: {
      undocumentedCopy:
        '"{{model}}.{{field}}" looks like a copy of "{{source}}.{{sourceField}}" and does not say it is a snapshot: it goes stale when the source changes, and readers cannot tell a deliberate point-in-time copy from a value that should be kept in sync.',
    },
    examples: {
      incorrect: `model Customer {
  id     String  @id @default(cuid())
  name   String
  orders Order[]
}

model Order {
  id           String   @id @default(cuid())
  customerId   String
  customer     Customer @relation(fields: [customerId], references: [id], onDelete: Cascade)
  customerName String   @default("")
}`,
      correct: `model Customer {
  id     String  @id @default(cuid())
  name   String
  orders Order[]
}

model Order {
  id           String   @id @default(cuid())
  customerId   String
  customer     Customer @relation(fields: [customerId], references: [id], onDelete: Cascade)
  /// Snapshot of the customer's name when the order was placed; not kept in sync with the customer.
  customerName String   @default("")
}`,
    },
    whenNotToUse:
      'When the field is kept in sync on purpose (a trigger or application code updates it with its source); say that in its comment instead, which the rule does not check.',
  },
  options: {
    snapshotWords: option.phrases(
      "Phrases that, in the field's comment, show the copy is deliberate (lower-case substrings).",
      SNAPSHOT_WORDS,
    ),
  },
  model(model, context) {
    for (const relation of owningRelations(model)) {
      const prefix = relation.field.name;
      for (const field of model.fields) {
        if (!isScalar(field) || relation.fields.includes(field.name)) continue;
        if (!field.name.startsWith(prefix) || !/^[A-Z]/.test(field.name.slice(prefix.length))) continue;
        const rest = field.name.slice(prefix.length);
        const sourceName = rest[0].toLowerCase() + rest.slice(1);
        if (sourceName === 'id') continue;
        const source = relation.to.fieldByName.get(sourceName);
        if (!source || !isScalar(source) || source.type !== field.type) continue;
        const comment = fieldComment(field);
        if (context.options.snapshotWords.some((w) => comment.includes(w))) continue;
        context.report({
          model,
          field,
          messageId: 'undocumentedCopy',
          data: { model: model.name, field: field.name, source: relation.to.name, sourceField: source.name },
        });
      }
    }
  },
});
