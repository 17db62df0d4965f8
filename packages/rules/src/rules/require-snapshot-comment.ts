import type { Rule } from '../types.js';
import { fieldComment, isScalar, modelBlocks, owningRelations, q, stringList } from './_shared.js';

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

const rule: Rule = {
  meta: {
    id: 'require-snapshot-comment',
    defaultSeverity: 'warning',
    description:
      'Require a comment on a field that copies a field of a related model (`<relation><Field>`, such as `tenantName` beside a `tenant` relation) saying it is a deliberate snapshot.',
    rationale:
      'An undocumented copy looks like the live value: it goes stale when the source changes, and readers cannot tell whether it is a point-in-time snapshot to keep or a bug to fix by syncing it.',
    help: 'Say in the field\'s comment that it is a snapshot taken when the row was written and not kept in sync with the source.',
    options: {
      snapshotWords: {
        description: 'Phrases that, in the field\'s comment, show the copy is deliberate (lower-case substrings).',
        default: SNAPSHOT_WORDS,
      },
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
  check(context) {
    const snapshotWords = stringList(context.options.snapshotWords, SNAPSHOT_WORDS).map((w) => w.toLowerCase());
    for (const model of modelBlocks(context.graph)) {
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
          if (snapshotWords.some((w) => comment.includes(w))) continue;
          context.report({
            model,
            field,
            message: `${q(model, field)} copies ${q(relation.to, source)} without saying it is a snapshot: it goes stale when the source changes, and readers cannot tell a deliberate point-in-time copy from a value that should be kept in sync.`,
          });
        }
      }
    }
  },
};

export default rule;
