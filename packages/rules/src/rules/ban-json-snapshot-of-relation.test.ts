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
    {
      name: 'a singular JSON field holds one value, not a copy of rows',
      code: `model Quiz {
  id        String         @id @default(cuid())
  triggers  QuizTrigger[]
  reminders QuizReminder[]
}

model QuizTrigger {
  id     String @id @default(cuid())
  quizId String
  quiz   Quiz   @relation(fields: [quizId], references: [id], onDelete: Cascade)
}

model QuizReminder {
  id      String @id @default(cuid())
  quizId  String
  quiz    Quiz   @relation(fields: [quizId], references: [id], onDelete: Cascade)
  trigger Json
}`,
    },
    {
      name: 'the table name is qualified by another model than the one linking them',
      code: `model Integration {
  id     String   @id @default(cuid())
  /// Client credentials this integration needs.
  keys   Json?
  tokens ApiKey[]
}

model ApiKey {
  id            String      @id @default(cuid())
  integrationId String
  integration   Integration @relation(fields: [integrationId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'a sibling named for another concept than the shared parent',
      code: `model Team {
  id       String                @id @default(cuid())
  settings OrganizationSettings?
  surveys  Survey[]
}

model OrganizationSettings {
  id           String @id @default(cuid())
  teamId       String @unique
  organization Team   @relation(fields: [teamId], references: [id], onDelete: Cascade)
}

model Survey {
  id       String @id @default(cuid())
  teamId   String
  team     Team   @relation(fields: [teamId], references: [id], onDelete: Cascade)
  settings Json?
}`,
    },
  ],
  invalid: [
    {
      name: 'JSON named after the whole sibling table (attributes of the parent at that time)',
      code: `model Customer {
  id         String              @id @default(cuid())
  attributes CustomerAttribute[]
  orders     Order[]
}

model CustomerAttribute {
  id         String   @id @default(cuid())
  customerId String
  customer   Customer @relation(fields: [customerId], references: [id], onDelete: Cascade)
}

model Order {
  id                 String   @id @default(cuid())
  customerId         String
  customer           Customer @relation(fields: [customerId], references: [id], onDelete: Cascade)
  customerAttributes Json?
}`,
      errors: [
        {
          messageId: 'jsonCopyOfRows',
          at: 'customerAttributes Json?',
          message: '"Order.customerAttributes" looks like a JSON copy of what "CustomerAttribute" keeps as rows',
        },
      ],
    },
    {
      name: 'JSON copies of rows that live in a sibling table',
      code: recipe('  steps       Json?'),
      errors: [
        {
          messageId: 'jsonCopyOfRows',
          at: 'steps       Json?',
          message: '"RecipeRevision.steps" looks like a JSON copy of what "RecipeStep" keeps as rows',
        },
      ],
    },
    {
      name: "JSON copies of the model's own child rows",
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
      errors: [{ messageId: 'jsonCopyOfRows', at: 'lineItems', message: '"OrderLineItem"' }],
    },
  ],
});
