import rule from './require-tenant-relation.js';
import { TENANT, ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the model comment says its tenant key is deliberately not a foreign key',
      code: `${TENANT}
// No FK constraints, so audit logs are preserved after their tenant is deleted.
model AuditLog {
  id       String @id @default(cuid())
  tenantId String
  action   String
}`,
    },
    {
      name: 'a detected key that most of its models leave empty does not scope rows (owned by a user or a team)',
      settings: {},
      code: `model Team {
  id String @id @default(cuid())
}
${['Website', 'Link', 'Pixel']
  .map(
    (m) =>
      `model ${m} {\n  id     String  @id @default(cuid())\n  teamId String?\n  team   Team?   @relation(fields: [teamId], references: [id])\n}`,
  )
  .join('\n')}
model TeamUser {
  id     String @id @default(cuid())
  teamId String
  team   Team   @relation(fields: [teamId], references: [id])
}`,
    },
    {
      name: 'related with Cascade',
      code: `${TENANT}
model PageRating {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'optional and related with SetNull',
      code: `${TENANT}
model AuditEntry {
  id       String  @id @default(cuid())
  tenantId String?
  tenant   Tenant? @relation(fields: [tenantId], references: [id], onDelete: SetNull)
}`,
    },
    {
      name: 'the tenant model itself and models without the key',
      code: `${TENANT}
model Country {
  id   String @id @default(cuid())
  code String
}`,
    },
    {
      name: 'a popular parent in a single-tenant schema is not taken for a tenant',
      settings: {},
      code: `model Product {
  id String @id @default(cuid())
}

model ProductVariant {
  id        String  @id @default(cuid())
  productId String
  product   Product @relation(fields: [productId], references: [id])
}

model ProductReview {
  id        String  @id @default(cuid())
  productId String
  product   Product @relation(fields: [productId], references: [id])
}

model OrderLine {
  id        String  @id @default(cuid())
  productId String
  product   Product @relation(fields: [productId], references: [id])
}

model Order {
  id String @id @default(cuid())
}

model Customer {
  id String @id @default(cuid())
}

model Category {
  id String @id @default(cuid())
}`,
    },
  ],
  invalid: [
    {
      name: 'a tenant key with no relation',
      code: `${TENANT}
model PageRating {
  id       String @id @default(cuid())
  tenantId String
  rating   Int
}

model SearchEvent {
  id       String @id @default(cuid())
  tenantId String
  query    String
}`,
      errors: [
        {
          messageId: 'noRelation',
          at: 'tenantId String\n  rating',
          message: '"PageRating.tenantId" holds a tenant id but has no relation to "Tenant"',
        },
        { messageId: 'noRelation', at: 'tenantId String\n  query', message: '"SearchEvent.tenantId"' },
      ],
    },
    {
      name: 'related without an onDelete',
      code: `${TENANT}
model Note {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id])
}`,
      errors: [{ messageId: 'implicitRequired', at: 'tenantId String', message: 'no explicit onDelete, so deleting a tenant is refused' }],
    },
    {
      name: 'related with Restrict',
      code: `${TENANT}
model Note {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Restrict)
}`,
      errors: [{ messageId: 'refused', at: 'tenantId String', message: 'onDelete: Restrict' }],
    },
    {
      name: 'another tenant key name, found by detection',
      settings: {},
      code: `model Organization {
  id String @id @default(cuid())
}

model Project {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
}

model Bill {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
}

model Member {
  id             String       @id @default(cuid())
  organizationId String
  organization   Organization @relation(fields: [organizationId], references: [id], onDelete: Cascade)
}

model Metric {
  id             String @id @default(cuid())
  organizationId String
}`,
      errors: [
        {
          messageId: 'noRelation',
          at: 'organizationId String\n}',
          message: '"Metric.organizationId" holds a tenant id but has no relation to "Organization"',
        },
      ],
    },
  ],
});
