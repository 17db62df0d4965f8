import rule from './require-snapshot-comment.js';
import { TENANT, ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the comment says the copy outlives its source',
      code: `model Link {
  id         String  @id @default(cuid())
  domainId   String?
  domain     Domain? @relation(fields: [domainId], references: [id], onDelete: SetNull)
  domainSlug String? // keeps the domain's slug even if the domain is deleted
}
model Domain {
  id    String @id @default(cuid())
  slug  String @unique
  links Link[]
}`,
    },
    {
      name: 'the copy is documented as a snapshot',
      code: `${TENANT}
model TenantClosure {
  id         String @id @default(cuid())
  tenantId   String
  tenant     Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  /// Snapshot of the tenant's name at deletion time, kept after the tenant is gone.
  tenantName String
}`,
    },
    {
      name: 'a field that merely starts like a relation but copies nothing',
      code: `${TENANT}
model ImportRun {
  id         String @id @default(cuid())
  tenantId   String
  tenant     Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  tenantPlan String
}`,
    },
    {
      name: 'same name but a different type is not a copy',
      code: `${TENANT}
model ImportRun {
  id         String @id @default(cuid())
  tenantId   String
  tenant     Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  tenantName Int
}`,
    },
  ],
  invalid: [
    {
      name: "an undocumented copy of the related model's name",
      code: `${TENANT}
model ImportRun {
  id         String @id @default(cuid())
  tenantId   String
  tenant     Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  tenantName String @default("")
}`,
      errors: [
        {
          messageId: 'undocumentedCopy',
          at: 'tenantName',
          message: '"ImportRun.tenantName" looks like a copy of "Tenant.name" and does not say it is a snapshot',
        },
      ],
    },
    {
      name: 'a comment that does not say snapshot does not count',
      code: `model User {
  id    String  @id @default(cuid())
  email String
}

model Order {
  id        String @id @default(cuid())
  buyerId   String
  buyer     User   @relation(fields: [buyerId], references: [id], onDelete: Cascade)
  // shown on the receipt
  buyerEmail String
}`,
      errors: [{ messageId: 'undocumentedCopy', at: 'buyerEmail', message: '"Order.buyerEmail" looks like a copy of "User.email"' }],
    },
  ],
});
