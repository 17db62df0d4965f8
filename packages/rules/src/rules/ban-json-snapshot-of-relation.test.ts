import rule from './ban-json-snapshot-of-relation.js';
import { ruleTester } from './_testing.js';

const recipe = (versionFaqs: string) => `model Recipe {
  id       String            @id @default(cuid())
  steps     RecipeStep[]
  versions RecipeRevision[]
}

model RecipeStep {
  id         String   @id @default(cuid())
  recipeId String
  recipe   Recipe @relation(fields: [recipeId], references: [id], onDelete: Cascade)
  question   String
}

model RecipeRevision {
  id         String   @id @default(cuid())
  recipeId String
  recipe   Recipe @relation(fields: [recipeId], references: [id], onDelete: Cascade)
${versionFaqs}
}`;

ruleTester(rule, {
  valid: [
    {
      name: 'the snapshot documents its restore procedure',
      code: recipe(`  /// RecipeStep rows at this revision. Restore: replace the recipe's RecipeStep rows with one row per entry.
  steps       Json?`),
    },
    {
      name: 'a JSON field named after nothing related',
      code: recipe('  content    Json?'),
    },
    {
      name: 'a JSON field named like an unrelated model',
      code: `model Post {
  id   String @id @default(cuid())
  tags Json?
}

model Tag {
  id String @id @default(cuid())
}`,
    },
  ],
  invalid: [
    {
      name: 'JSON copies of rows that live in a sibling table',
      code: recipe('  steps       Json?'),
      errors: [{ at: 'steps       Json?', message: '"RecipeRevision.steps" keeps as JSON what "RecipeStep" keeps as rows' }],
    },
    {
      name: 'JSON copies of the model\'s own child rows',
      code: `model Order {
  id        String      @id @default(cuid())
  lineItems Json
  lines     OrderLineItem[]
}

model OrderLineItem {
  id      String @id @default(cuid())
  orderId String
  order   Order  @relation(fields: [orderId], references: [id], onDelete: Cascade)
}`,
      errors: [{ at: 'lineItems', message: '"OrderLineItem"' }],
    },
  ],
});
