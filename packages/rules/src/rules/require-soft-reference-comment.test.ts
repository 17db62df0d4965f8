import rule from './require-soft-reference-comment.js';
import { ruleTester } from './_testing.js';

const article = `
model Article {
  id String @id @default(cuid())
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'a soft reference that says so',
      code: `model Ticket {
  id         String  @id @default(cuid())
  articleId String? // soft reference to Article: no FK constraint, activities may be deleted independently
}
${article}`,
    },
    {
      name: 'any comment takes it out of this rule (a foreign-key comment is require-relation-for-foreign-key\'s)',
      code: `model Ticket {
  id         String  @id @default(cuid())
  /// FK -> Article
  articleId String?
}
${article}`,
    },
    {
      name: 'the id has a relation',
      code: `model Ticket {
  id         String    @id @default(cuid())
  articleId String?
  article   Article? @relation(fields: [articleId], references: [id], onDelete: SetNull)
}

model Article {
  id        String     @id @default(cuid())
  campaigns Ticket[]
}`,
    },
    {
      name: 'an id of an external system',
      code: `model Ticket {
  id              String  @id @default(cuid())
  googleAccountId String?
}

model Account {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'the tenant key is require-tenant-relation\'s business',
      code: `model Tenant {
  id String @id @default(cuid())
}

model SearchEvent {
  id       String @id @default(cuid())
  tenantId String
}`,
    },
    {
      name: 'an id whose stem names no model',
      code: `model Ticket {
  id        String  @id @default(cuid())
  sessionId String?
}`,
    },
  ],
  invalid: [
    {
      name: 'a silent bare id',
      code: `model Ticket {
  id         String  @id @default(cuid())
  articleId String?
}
${article}`,
      errors: [{ at: 'articleId', message: '"Ticket.articleId" holds ids of "Article" with no @relation and no comment' }],
    },
    {
      name: 'longest model-name suffix of the stem wins',
      code: `model Ticket {
  id              String  @id @default(cuid())
  lastArticleId  String?
}
${article}
model LastArticle {
  id String @id @default(cuid())
}`,
      errors: [{ at: 'lastArticleId', message: '"LastArticle"' }],
    },
    {
      name: 'snake_case keys are read as words too',
      code: `model Ticket {
  id          String  @id @default(cuid())
  article_id String?
}
${article}`,
      errors: [{ at: 'article_id', message: '"Article"' }],
    },
  ],
});
