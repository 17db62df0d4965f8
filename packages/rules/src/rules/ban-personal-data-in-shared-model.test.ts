import rule from './ban-personal-data-in-shared-model.js';
import { TENANT, ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'login accounts (unique by email), rows that must belong to one, and short-lived account credentials',
      code: `${TENANT}
model Project {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}
model User {
  id          String  @id @default(cuid())
  email       String  @unique
  displayName String?
  accounts    OAuthAccount[]
}
model OAuthAccount {
  id     String  @id @default(cuid())
  userId String
  user   User    @relation(fields: [userId], references: [id], onDelete: Cascade)
  email  String?
}
model PasswordReset {
  id        Int      @id @default(autoincrement())
  email     String
  token     String   @unique
  expiresAt DateTime
}`,
    },
    {
      name: 'a shared cache with structural data only',
      code: `${TENANT}
model DomainLookup {
  id             String   @id @default(cuid())
  domain         String   @unique
  contactPageUrl String?
  isReachable    Boolean  @default(true)
  emailVerified  Boolean  @default(false)
  emailCount     Int      @default(0)
  emailSubject   String?
  ipAddress      String?
}`,
    },
    {
      name: 'personal data on a tenant-scoped model',
      code: `${TENANT}
model Person {
  id        String @id @default(cuid())
  tenantId  String
  tenant    Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  email     String
  firstName String
}`,
    },
    {
      name: 'an identity model reached from the tenant through a membership table',
      code: `${TENANT}
model User {
  id       String         @id @default(cuid())
  email    String         @unique
  fullName String?
  members  Membership[]
}

model Membership {
  tenantId String
  userId   String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  user     User   @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@id([tenantId, userId])
}`,
    },
    {
      name: 'a child of tenant data without its own tenant key',
      code: `${TENANT}
model Supplier {
  id       String        @id @default(cuid())
  tenantId String
  tenant   Tenant        @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  contacts SupplierPerson[]
}

model SupplierPerson {
  id     String @id @default(cuid())
  supplierId String
  supplier   Supplier   @relation(fields: [supplierId], references: [id], onDelete: Cascade)
  phone  String
}`,
    },
    {
      name: "the tenant model's own billing contact",
      code: `model Tenant {
  id           String @id @default(cuid())
  billingEmail String
}

model Project {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'a schema with no tenant at all',
      settings: {},
      code: `model Person {
  id    String @id @default(cuid())
  email String
}`,
    },
  ],
  invalid: [
    {
      name: 'scraped recipient data in a shared cache',
      code: `${TENANT}
/// Shared by all tenants, keyed by domain.
model DomainLookup {
  id             String  @id @default(cuid())
  domain         String  @unique
  recipientEmail String?
  recipientName  String?
  isReachable    Boolean @default(true)
}`,
      errors: [
        {
          messageId: 'personalDataInSharedModel',
          at: 'model DomainLookup',
          message: '"DomainLookup" belongs to no tenant, yet "recipientEmail" and "recipientName" look like personal data',
        },
      ],
    },
    {
      name: 'phone numbers, postal addresses and birth dates',
      code: `${TENANT}
model Prospect {
  id             String    @id @default(cuid())
  whatsappNumber String?
  streetAddress  String?
  dateOfBirth    DateTime?
}`,
      errors: [
        { messageId: 'personalDataInSharedModel', at: 'model Prospect', message: '"whatsappNumber", "streetAddress" and "dateOfBirth"' },
      ],
    },
    {
      name: 'the personWords option',
      options: { personWords: ['donor'] },
      code: `${TENANT}
model Gift {
  id        String @id @default(cuid())
  donorName String
}`,
      errors: [{ messageId: 'personalDataInSharedModel', at: 'model Gift', message: '"donorName"' }],
    },
  ],
});
