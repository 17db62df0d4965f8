import { defineRule, option } from './_define.js';
import { EXTERNAL_ID_IGNORE_OPTION, EXTERNAL_ID_PATTERNS, bareReferences } from './support/bare-references.js';
import { SOFT_REFERENCE_WORDING, fieldComment } from './support/comments.js';

/** Wording that presents a field as a foreign key: "FK", "foreign key", "references X", "-> X". */
const FOREIGN_KEY_WORDING = /\bfk\b|foreign[\s-]*key|\breferenc(e|es|ing)\b|\bpoints? (at|to)\b/;
const ARROW = /→|->|=>/;

export default defineRule({
  meta: {
    id: 'require-relation-for-foreign-key',
    defaultSeverity: 'error',
    description: 'Require a @relation on an id field that its own comment describes as a foreign key to another model.',
    rationale:
      'Without the relation there is no foreign-key constraint: the column accepts ids of rows that never existed or were deleted, and nothing cascades or nulls it when the referenced row goes.',
    help: 'Declare the @relation over this field (onDelete: SetNull or Cascade), or say in its comment that it is a deliberate soft reference.',
    messages: {
      documentedForeignKeyWithoutRelation:
        '"{{model}}.{{field}}" is described as a foreign key to "{{target}}" but declares no @relation, so the database accepts ids of missing rows and nothing happens to it when the referenced row is deleted.',
    },
    examples: {
      incorrect: `model Shipment {
  id            String  @id @default(cuid())
  /// FK -> the Order this shipment fulfils
  sourceOrderId String?
}

model Order {
  id String @id @default(cuid())
}`,
      correct: `model Shipment {
  id            String  @id @default(cuid())
  sourceOrderId String?
  sourceOrder   Order?  @relation(fields: [sourceOrderId], references: [id], onDelete: SetNull)
}

model Order {
  id        String     @id @default(cuid())
  shipments Shipment[]
}`,
    },
    whenNotToUse:
      'When the referenced rows live in another database or schema that Prisma cannot relate to; then write that in the comment ("soft reference ... no FK") instead of calling it a foreign key.',
  },
  options: {
    ignore: option.patterns(EXTERNAL_ID_IGNORE_OPTION.description, EXTERNAL_ID_PATTERNS),
  },
  check(context) {
    // bareReferences walks the schema once per run (shared with require-soft-reference-comment).
    for (const { model, field, target } of bareReferences(context.graph, context.options.ignore)) {
      const comment = fieldComment(field);
      if (!comment || SOFT_REFERENCE_WORDING.test(comment)) continue;
      const saysForeignKey = FOREIGN_KEY_WORDING.test(comment) || (ARROW.test(comment) && comment.includes(target.name.toLowerCase()));
      if (!saysForeignKey) continue;
      context.report({
        model,
        field,
        messageId: 'documentedForeignKeyWithoutRelation',
        data: { model: model.name, field: field.name, target: target.name },
      });
    }
  },
});
