import rule from './require-tenant-scoped-natural-key-index.js';
import { describe, expect, it } from 'vitest';
import { TENANT, ruleTester, runRule } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a tenant-scoped unique on the natural key',
      code: `${TENANT}
model Tag {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  tag  String

  @@unique([tenantId, tag])
}`,
    },
    {
      name: 'a tenant-leading index that contains the key further right',
      code: `${TENANT}
model Tag {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  kind     String
  tag      String

  @@index([tenantId, kind, tag])
}`,
    },
    {
      name: 'a slug unique within its parent row (which belongs to one tenant)',
      code: `${TENANT}
model Site {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}

model Page {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  siteId   String
  site     Site   @relation(fields: [siteId], references: [id], onDelete: Cascade)
  slug     String

  @@unique([siteId, slug])
}`,
    },
    {
      name: 'a model that is not tenant-scoped',
      code: `${TENANT}
model Country {
  id   String @id @default(cuid())
  code String
}`,
    },
    {
      name: 'a field that is not a natural key',
      code: `${TENANT}
model Tag {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  label    String
}`,
    },
  ],
  invalid: [
    {
      name: 'a field named after its model with only a tenant index',
      code: `${TENANT}
model Tag {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  tag  String
  volume   Int?

  @@index([tenantId])
}`,
      errors: [
        {
          messageId: 'unindexedNaturalKey',
          at: 'tag  String',
          message: '"Tag.tag" looks like the natural key of "Tag" but no unique or index starts with "tenantId"',
        },
      ],
    },
    {
      name: 'a slug indexed without the tenant key first',
      code: `${TENANT}
model Article {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  slug     String

  @@index([slug, tenantId])
}`,
      errors: [{ messageId: 'unindexedNaturalKey', at: 'slug     String', message: '"Article.slug"' }],
    },
    {
      name: 'the naturalKeys option',
      options: { naturalKeys: ['isbn'] },
      code: `${TENANT}
model Book {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  isbn     String
  slug     String
}`,
      errors: [{ messageId: 'unindexedNaturalKey', at: 'isbn', message: '"Book.isbn"' }],
    },
  ],
});

describe('help', () => {
  it('names the tenant key and the field, with no placeholder left', () => {
    const code = `${TENANT}
model Tag {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  tag      String

  @@index([tenantId])
}`;
    const [report] = runRule(rule, code);
    expect(report.help).toBe('Add @@unique([tenantId, tag]) (or @@index([tenantId, tag]) where duplicates are legitimate).');
  });
});
