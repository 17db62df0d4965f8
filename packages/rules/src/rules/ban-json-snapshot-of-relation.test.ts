import rule from './ban-json-snapshot-of-relation.js';
import { ruleTester } from './_testing.js';

const blog = (versionFaqs: string) => `model BlogPost {
  id       String            @id @default(cuid())
  faqs     BlogPostFaq[]
  versions BlogPostVersion[]
}

model BlogPostFaq {
  id         String   @id @default(cuid())
  blogPostId String
  blogPost   BlogPost @relation(fields: [blogPostId], references: [id], onDelete: Cascade)
  question   String
}

model BlogPostVersion {
  id         String   @id @default(cuid())
  blogPostId String
  blogPost   BlogPost @relation(fields: [blogPostId], references: [id], onDelete: Cascade)
${versionFaqs}
}`;

ruleTester(rule, {
  valid: [
    {
      name: 'the snapshot documents its restore procedure',
      code: blog(`  /// FAQ rows at this version. Restore: replace the post's BlogPostFaq rows with one row per entry.
  faqs       Json?`),
    },
    {
      name: 'a JSON field named after nothing related',
      code: blog('  content    Json?'),
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
      code: blog('  faqs       Json?'),
      errors: [{ at: 'faqs       Json?', message: '"BlogPostVersion.faqs" keeps as JSON what "BlogPostFaq" keeps as rows' }],
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
