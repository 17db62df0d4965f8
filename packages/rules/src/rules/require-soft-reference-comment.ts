import type { Rule } from '../types.js';
import { EXTERNAL_ID_IGNORE_OPTION, EXTERNAL_ID_PATTERNS, bareReferences, hasComment, q, regexList, modelDeclaresSoftReferences } from './_shared.js';

const rule: Rule = {
  meta: {
    id: 'require-soft-reference-comment',
    defaultSeverity: 'info',
    description:
      'Require a comment on an id field that names another model but has no @relation, saying whether the missing relation is deliberate.',
    rationale:
      'A bare id with no relation and no comment cannot be told apart from a forgotten foreign key, so the next reader either adds a constraint that breaks a deliberate design or leaves a real integrity gap.',
    help: 'Add a @relation, or a comment stating that this is a soft reference and why (for example: rows may be deleted independently).',
    options: {
      ignore: EXTERNAL_ID_IGNORE_OPTION,
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
  check(context) {
    const ignore = regexList(context.options.ignore, EXTERNAL_ID_PATTERNS);
    for (const { model, field, target } of bareReferences(context.graph, ignore)) {
      // A comment on the field, or a `@property <field> - ...` line in the model's doc, both say what it is.
      // ... or a comment above its group of fields, or the model's comment saying its ids are not foreign keys.
      if (hasComment(field) || modelDeclaresSoftReferences(model)) continue;
      context.report({
        model,
        field,
        message: `${q(model, field)} holds ids of ${q(target)} with no @relation and no comment, so nobody can tell a deliberate soft reference from a forgotten foreign key.`,
      });
    }
  },
};

export default rule;
