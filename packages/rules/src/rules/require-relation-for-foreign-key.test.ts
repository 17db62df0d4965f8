import rule from './require-relation-for-foreign-key.js';
import { ruleTester } from './_testing.js';

const deliverable = `
model Deliverable {
  id String @id @default(cuid())
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'the key has its relation',
      code: `model Activity {
  id                  String       @id @default(cuid())
  /// FK -> source Deliverable
  sourceDeliverableId String?
  sourceDeliverable   Deliverable? @relation(fields: [sourceDeliverableId], references: [id], onDelete: SetNull)
}
${deliverable}`,
    },
    {
      name: 'the comment says it is a deliberate soft reference',
      code: `model Activity {
  id                  String  @id @default(cuid())
  /// Soft reference to the source Deliverable: no FK, deliverables may be deleted independently.
  sourceDeliverableId String?
}
${deliverable}`,
    },
    {
      name: 'no comment at all is require-soft-reference-comment\'s business',
      code: `model Activity {
  id                  String  @id @default(cuid())
  sourceDeliverableId String?
}
${deliverable}`,
    },
    {
      name: 'the stem names no model',
      code: `model Activity {
  id       String  @id @default(cuid())
  /// FK to the parent activity in the old system
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
      code: `model Activity {
  id                  String  @id @default(cuid())
  // the deliverable this text was generated from
  sourceDeliverableId String?
}
${deliverable}`,
    },
  ],
  invalid: [
    {
      name: 'documented as FK with an arrow, no relation',
      code: `model Activity {
  id                  String  @id @default(cuid())
  sourceDeliverableId String? // FK → source Deliverable
}
${deliverable}`,
      errors: [{ at: 'sourceDeliverableId String?', message: '"Activity.sourceDeliverableId" is described as a foreign key to "Deliverable"' }],
    },
    {
      name: '"references" in a doc comment, exact model name as stem',
      code: `model Campaign {
  id         String  @id @default(cuid())
  /// References the Deliverable this campaign promotes.
  deliverableId String
}
${deliverable}`,
      errors: [{ at: 'deliverableId String', message: 'declares no @relation' }],
    },
    {
      name: 'an arrow naming the target model is enough',
      code: `model Activity {
  id                  String  @id @default(cuid())
  sourceDeliverableId String? // -> Deliverable
}
${deliverable}`,
      errors: [{ at: 'sourceDeliverableId', message: '"Deliverable"' }],
    },
    {
      name: 'a plural stem is singularised; an Int key is still a key',
      code: `model Report {
  id        Int @id @default(autoincrement())
  /// foreign key of the deliverables table
  deliverablesId Int
}
${deliverable}`,
      errors: [{ at: 'deliverablesId', message: 'foreign key to "Deliverable"' }],
    },
  ],
});
