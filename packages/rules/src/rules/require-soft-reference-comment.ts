import { defineRule, option } from './_define.js';
import { EXTERNAL_ID_IGNORE_OPTION, EXTERNAL_ID_PATTERNS, bareReferences } from './support/bare-references.js';
import { hasComment, modelDeclaresSoftReferences } from './support/comments.js';

export default defineRule({
  meta: {
    id: 'require-soft-reference-comment',
    defaultSeverity: 'info',
    description:
      'Require a comment on an id field that names another model but has no @relation, saying whether the missing relation is deliberate.',
    rationale:
      'A bare id with no relation and no comment cannot be told apart from a forgotten foreign key, so the next reader either adds a constraint that breaks a deliberate design or leaves a real integrity gap.',
    help: 'Add a @relation, or a comment stating that this is a soft reference and why (for example: rows may be deleted independently).',
    messages: {
      undocumentedBareId:
        '"{{model}}.{{field}}" looks like it holds ids of "{{target}}", with no @relation and no comment, so nobody can tell a deliberate soft reference from a forgotten foreign key.',
    },
    examples: {
      incorrect: `model Ticket {
  id        String  @id @default(cuid())
  articleId String?
}

model Article {
  id String @id @default(cuid())
}`,
      correct: `model Ticket {
  id        String  @id @default(cuid())
  /// Soft reference to Article: no FK, articles may be deleted while tickets are kept.
  articleId String?
}

model Article {
  id String @id @default(cuid())
}`,
    },
    whenNotToUse:
      'In schemas where ids of other models without relations are the norm (relationMode = "prisma" with emulated relations is not such a case: declare the relations there). A comment above a group of consecutive fields covers the whole group, and a model comment saying its ids are not foreign keys covers all of them.',
  },
  options: {
    ignore: option.patterns(EXTERNAL_ID_IGNORE_OPTION.description, EXTERNAL_ID_PATTERNS),
  },
  check(context) {
    // bareReferences walks the schema once per run (shared with require-relation-for-foreign-key).
    for (const { model, field, target } of bareReferences(context.graph, context.options.ignore)) {
      // A comment on the field, or a `@property <field> - ...` line in the model's doc, both say what it is;
      // so does a comment above its group of fields, or the model's comment saying its ids are not foreign keys.
      if (hasComment(field) || modelDeclaresSoftReferences(model)) continue;
      context.report({
        model,
        field,
        messageId: 'undocumentedBareId',
        data: { model: model.name, field: field.name, target: target.name },
      });
    }
  },
});
