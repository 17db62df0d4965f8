import { defineRule } from './_define.js';

export default defineRule({
  meta: {
    id: 'require-model-doc',
    defaultSeverity: 'off',
    description: 'Require a `///` doc comment on every model saying what it holds and who owns its rows.',
    rationale:
      'The doc comment is what generated documentation, editors and the Prisma client show a new developer; a model without one has to be reverse-engineered from its fields and the code that uses it.',
    help: 'Add a `///` comment above the model: what one row is, and whether it belongs to a tenant or is shared.',
    messages: {
      missingDoc:
        '"{{model}}" has no /// doc comment: generated docs and editors show nothing for it, and a new developer has to reverse-engineer what a row is and who owns it.',
    },
    examples: {
      incorrect: `model DomainLookup {
  id     String @id @default(cuid())
  domain String @unique
}`,
      correct: `/// Result of looking up one domain, shared by all organizations (no personal data).
model DomainLookup {
  id     String @id @default(cuid())
  domain String @unique
}`,
    },
    whenNotToUse: "In throwaway or generated schemas. It is off by default; turn it on where the schema is the project's documentation.",
  },
  model(model, context) {
    if (model.node.doc?.trim()) return;
    context.report({ model, messageId: 'missingDoc', data: { model: model.name } });
  },
});
