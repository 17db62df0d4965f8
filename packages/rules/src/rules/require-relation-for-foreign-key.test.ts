import rule from './require-relation-for-foreign-key.js';
import { ruleTester } from './_testing.js';

const order = `
model Order {
  id String @id @default(cuid())
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'the key has its relation',
      code: `model Article {
  id                  String       @id @default(cuid())
  /// FK -> source Order
  sourceOrderId String?
  sourceOrder   Order? @relation(fields: [sourceOrderId], references: [id], onDelete: SetNull)
}
${order}`,
    },
    {
      name: 'the comment says it is a deliberate soft reference',
      code: `model Article {
  id                  String  @id @default(cuid())
  /// Soft reference to the source Order: no FK, orders may be deleted independently.
  sourceOrderId String?
}
${order}`,
    },
    {
      name: "no comment at all is require-soft-reference-comment's business",
      code: `model Article {
  id                  String  @id @default(cuid())
  sourceOrderId String?
}
${order}`,
    },
    {
      name: 'the stem names no model',
      code: `model Article {
  id       String  @id @default(cuid())
  /// FK to the parent article in the old system
  parentId String?
}`,
    },
    {
      name: 'a provider id that happens to end in a model name',
      code: `model Tenant {
  id               String  @id @default(cuid())
  /// Stripe customer, references cus_... in Stripe
  stripeCustomerId String?
}

model Customer {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'a comment that neither calls it a key nor a soft reference',
      code: `model Article {
  id                  String  @id @default(cuid())
  // the order this text was generated from
  sourceOrderId String?
}
${order}`,
    },
  ],
  invalid: [
    {
      name: 'documented as FK with an arrow, no relation',
      code: `model Article {
  id                  String  @id @default(cuid())
  sourceOrderId String? // FK → source Order
}
${order}`,
      errors: [
        {
          messageId: 'documentedForeignKeyWithoutRelation',
          at: 'sourceOrderId String?',
          message: '"Article.sourceOrderId" is described as a foreign key to "Order"',
        },
      ],
    },
    {
      name: '"references" in a doc comment, exact model name as stem',
      code: `model Ticket {
  id         String  @id @default(cuid())
  /// References the Order this ticket promotes.
  orderId String
}
${order}`,
      errors: [{ messageId: 'documentedForeignKeyWithoutRelation', at: 'orderId String', message: 'declares no @relation' }],
    },
    {
      name: 'an arrow naming the target model is enough',
      code: `model Article {
  id                  String  @id @default(cuid())
  sourceOrderId String? // -> Order
}
${order}`,
      errors: [{ messageId: 'documentedForeignKeyWithoutRelation', at: 'sourceOrderId', message: '"Order"' }],
    },
    {
      name: 'a plural stem is singularised; an Int key is still a key',
      code: `model Summary {
  id        Int @id @default(autoincrement())
  /// foreign key of the deliverables table
  ordersId Int
}
${order}`,
      errors: [{ messageId: 'documentedForeignKeyWithoutRelation', at: 'ordersId', message: 'foreign key to "Order"' }],
    },
  ],
});
