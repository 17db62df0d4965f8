import rule from './require-tenant-in-unique.js';
import { describe, expect, it } from 'vitest';
import { TENANT, ruleTester, runRule } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'values that must be unique across all tenants: hashed keys, public ids and keys, custom domains, host names',
      code: `${TENANT}
model ApiKey {
  id          String @id @default(cuid())
  tenantId    String
  tenant      Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  hashedKey   String @unique
  publicKey   String @unique
}
model Form {
  id           String  @id @default(cuid())
  tenantId     String
  tenant       Tenant  @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  publicId     String? @unique
  customDomain String? @unique
}
model Domain {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  slug     String @unique
}`,
    },
    {
      name: 'a row identifier declared as a unique where the model has no @id',
      code: `${TENANT}
model Share {
  id       String @unique
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'an optional tenant key: rows outside every tenant are only guarded by a global unique',
      code: `${TENANT}
model ShortLink {
  id       String  @id @default(cuid())
  tenantId String?
  tenant   Tenant? @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  slug     String  @unique
}`,
    },
    {
      name: 'the unique includes the tenant key',
      code: `${TENANT}
model Document {
  id          String @id @default(cuid())
  tenantId    String
  tenant      Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  contentHash String

  @@unique([tenantId, contentHash])
}`,
    },
    {
      name: 'a model without the tenant key may be globally unique',
      code: `${TENANT}
model Country {
  id   String @id @default(cuid())
  code String @unique
}`,
    },
    {
      name: 'a unique on the tenant key itself (one row per tenant)',
      code: `${TENANT}
model Wallet {
  id       String @id @default(cuid())
  tenantId String @unique
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'a one-to-one key to a tenant-scoped model, and a composite with a parent key',
      code: `${TENANT}
model Server {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}

model ServerHealth {
  id         String   @id @default(cuid())
  tenantId   String
  tenant     Tenant   @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  serverId String   @unique
  server   Server @relation(fields: [serverId], references: [id], onDelete: Cascade)
  version    Int

  @@unique([serverId, version])
}`,
    },
    {
      name: 'a unique that contains the primary key rejects nothing the key does not',
      code: `${TENANT}
model Hook {
  id       Int    @id @default(autoincrement()) @unique
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  url      String

  @@unique([id, url])
}`,
    },
    {
      name: 'a one-to-one key to a model with a generated id outside the tenant (no two tenants can hold the same row)',
      code: `${TENANT}
model PrintSettings {
  id       String @id @default(cuid())
  paper    String
}

model Report {
  id              String         @id @default(cuid())
  tenantId        String
  tenant          Tenant         @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  printSettingsId String         @unique
  printSettings   PrintSettings  @relation(fields: [printSettingsId], references: [id])
}`,
    },
    {
      name: 'values unique by nature: tokens, secrets, provider ids, generated ids',
      code: `${TENANT}
model InviteLink {
  id                   String @id @default(cuid())
  tenantId             String
  tenant               Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  token                String @unique
  webhookSecret        String @unique
  stripeContractId String @unique
  publicId             String @unique @default(uuid())
}`,
    },
    {
      name: 'a user linked to tenants through a membership table keeps a global email',
      code: `${TENANT}
model User {
  id       String  @id @default(cuid())
  tenantId String?
  tenant   Tenant? @relation(fields: [tenantId], references: [id], onDelete: SetNull)
  email    String  @unique
}

model Membership {
  tenantId String
  userId   String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  user     User   @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@id([tenantId, userId])
}`,
    },
  ],
  invalid: [
    {
      name: 'a global @unique on a tenant-scoped model',
      code: `${TENANT}
model Document {
  id          String @id @default(cuid())
  tenantId    String
  tenant      Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  contentHash String @unique
}`,
      errors: [
        { messageId: 'fieldUnique', at: 'contentHash String @unique', message: '"Document.contentHash" is unique across all tenants' },
      ],
    },
    {
      name: 'a block @@unique without the tenant key, even when the tenant key has no relation',
      code: `${TENANT}
model Page {
  id       String @id @default(cuid())
  tenantId String
  locale   String
  slug     String

  @@unique([locale, slug])
}`,
      errors: [{ messageId: 'compositeUnique', at: '@@unique([locale, slug])', message: 'The unique on "locale", "slug" of "Page"' }],
    },
    {
      name: 'a key to a shared model by its natural key is a value two tenants can both want',
      code: `${TENANT}
model Currency {
  code String @id
}

model PriceList {
  id           String   @id @default(cuid())
  tenantId     String
  tenant       Tenant   @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  currencyCode String   @unique
  currency     Currency @relation(fields: [currencyCode], references: [code])
}`,
      errors: [
        { messageId: 'fieldUnique', at: 'currencyCode String   @unique', message: '"PriceList.currencyCode" is unique across all tenants' },
      ],
    },
    {
      name: 'the globalFields option replaces the defaults',
      code: `${TENANT}
model ApiClient {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  token    String @unique
}`,
      options: { globalFields: ['^clientSecret$'] },
      errors: [{ messageId: 'fieldUnique', at: 'token ', message: '"ApiClient.token"' }],
    },
  ],
});

describe('help', () => {
  it('names the tenant key and the columns, with no placeholder left', () => {
    const code = `${TENANT}
model Document {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  title    String
  version  Int

  @@unique([title, version])
}`;
    const [report] = runRule(rule, code);
    expect(report.help).toBe('Scope the constraint to the tenant: replace it with @@unique([tenantId, title, version]).');
  });
});
