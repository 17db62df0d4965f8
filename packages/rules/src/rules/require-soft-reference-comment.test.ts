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
      name: 'a comment above a group of consecutive fields covers every field of the group',
      code: `model Ticket {
  id          String  @id @default(cuid())

  // Soft references, no FK: the referenced rows live in the archive database.
  articleId   String?
  authorId    String?
}
${article}
model Author {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'the model comment says its ids are deliberately not foreign keys',
      code: `// No FK constraints, so audit rows survive the rows they describe.
model AuditEntry {
  id        String @id @default(cuid())
  articleId String
}
${article}`,
    },
    {
      name: 'a soft reference that says so',
      code: `model Ticket {
  id         String  @id @default(cuid())
  articleId String? // soft reference to Article: no FK constraint, activities may be deleted independently
}
${article}`,
    },
    {
      name: "any comment takes it out of this rule (a foreign-key comment is require-relation-for-foreign-key's)",
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
      name: "the tenant key is require-tenant-relation's business",
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
    {
      name: 'the model doc documents the field JSDoc-style',
      code: `/// A reader of the help centre, as known to the customer's own app.
///
/// @property id - Row id
/// @property articleId - Last article the reader opened, as reported by the widget
model Reader {
  id        String  @id @default(cuid())
  articleId String?
}
${article}`,
    },
    {
      name: 'the words before the model name place the id in another system',
      code: `model Member {
  id                    String  @id @default(cuid())
  identityProviderArticleId String?
  vendorArticleId       String?
}
${article}`,
    },
  ],
  invalid: [
    {
      name: 'a @property line about another field does not document this one',
      code: `/// @property id - Row id
/// @property title - Shown in lists
model Reader {
  id        String  @id @default(cuid())
  title     String
  articleId String?
}
${article}`,
      errors: [{ messageId: 'undocumentedBareId', at: 'articleId', message: '"Reader.articleId" looks like it holds ids of "Article"' }],
    },
    {
      name: 'a provider word that is part of the model name is not a qualifier',
      code: `model Ticket {
  id                String  @id @default(cuid())
  serviceProviderId String?
}

model ServiceProvider {
  id String @id @default(cuid())
}`,
      errors: [{ messageId: 'undocumentedBareId', at: 'serviceProviderId', message: '"ServiceProvider"' }],
    },
    {
      name: 'a comment at the end of the previous field, or one cut off by a blank line, covers no group',
      code: `model Ticket {
  id        String  @id @default(cuid())
  title     String // shown in lists, no FK needed
  articleId String?
  // Soft reference, no FK: articles may be deleted while tickets are kept.
  authorId  String?

  editorId  String?
}
${article}
model Author {
  id String @id @default(cuid())
}
model Editor {
  id String @id @default(cuid())
}`,
      errors: [
        { messageId: 'undocumentedBareId', at: 'articleId', message: '"Ticket.articleId" looks like it holds ids of "Article"' },
        { messageId: 'undocumentedBareId', at: 'editorId', message: '"Ticket.editorId" looks like it holds ids of "Editor"' },
      ],
    },
    {
      name: 'a silent bare id',
      code: `model Ticket {
  id         String  @id @default(cuid())
  articleId String?
}
${article}`,
      errors: [
        {
          messageId: 'undocumentedBareId',
          at: 'articleId',
          message: '"Ticket.articleId" looks like it holds ids of "Article", with no @relation and no comment',
        },
      ],
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
      errors: [{ messageId: 'undocumentedBareId', at: 'lastArticleId', message: '"LastArticle"' }],
    },
    {
      name: 'snake_case keys are read as words too',
      code: `model Ticket {
  id          String  @id @default(cuid())
  article_id String?
}
${article}`,
      errors: [{ messageId: 'undocumentedBareId', at: 'article_id', message: '"Article"' }],
    },
  ],
});
