import rule from './require-model-doc.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a documented model',
      code: `/// One crawl result per domain, shared by all tenants.
model DomainLookup {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'a view needs no doc from this rule',
      code: `view Summary {
  id String @unique
}`,
    },
  ],
  invalid: [
    {
      name: 'a plain // comment is not a doc comment',
      code: `// internal
model DomainLookup {
  id String @id @default(cuid())
}`,
      errors: [{ messageId: 'missingDoc', at: 'model DomainLookup', message: '"DomainLookup" has no /// doc comment' }],
    },
    {
      name: 'a field doc does not document the model',
      code: `model Tag {
  /// the id
  id String @id @default(cuid())
}`,
      errors: [{ messageId: 'missingDoc', at: 'model Tag', message: '"Tag"' }],
    },
  ],
});
