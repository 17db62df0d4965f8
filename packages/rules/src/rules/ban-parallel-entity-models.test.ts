import rule from './ban-parallel-entity-models.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the prefixed model is the same kind of thing one level up: Other rows belong to a Prefix row',
      code: `model Workspace {
  id          String                @id @default(cuid())
  forms       Form[]
  invitations WorkspaceInvitation[]
}
model Form {
  id          String       @id @default(cuid())
  workspaceId String
  workspace   Workspace    @relation(fields: [workspaceId], references: [id], onDelete: Cascade)
  invitations Invitation[]
}
model Invitation {
  id     String @id @default(cuid())
  formId String
  form   Form   @relation(fields: [formId], references: [id], onDelete: Cascade)
  email  String
}
model WorkspaceInvitation {
  id          String    @id @default(cuid())
  workspaceId String
  workspace   Workspace @relation(fields: [workspaceId], references: [id], onDelete: Cascade)
  email       String
}`,
    },
    {
      name: 'the prefixed model points at the general one',
      code: `model Supplier {
  id       String        @id @default(cuid())
  contacts SupplierPerson[]
}

model SupplierPerson {
  id        String  @id @default(cuid())
  supplierId    String
  supplier      Supplier    @relation(fields: [supplierId], references: [id], onDelete: Cascade)
  personId String
  person   Person @relation(fields: [personId], references: [id], onDelete: Cascade)
}

model Person {
  id           String        @id @default(cuid())
  supplierContacts SupplierPerson[]
}`,
    },
    {
      name: 'the prefix model relates to the general one',
      code: `model Supplier {
  id        String        @id @default(cuid())
  personId String
  person   Person       @relation(fields: [personId], references: [id], onDelete: Cascade)
  contacts  SupplierPerson[]
}

model SupplierPerson {
  id     String @id @default(cuid())
  supplierId String
  supplier   Supplier   @relation(fields: [supplierId], references: [id], onDelete: Cascade)
}

model Person {
  id    String @id @default(cuid())
  leads Supplier[]
}`,
    },
    {
      name: 'a prefix that names no model: a different entity sharing a generic word',
      code: `model BankAccount {
  id     String @id @default(cuid())
  handle String
}

model Account {
  id       String @id @default(cuid())
  provider String
}`,
    },
    {
      name: 'no other model carries the tail of the name',
      code: `model Recipe {
  id   String        @id @default(cuid())
  steps RecipeStep[]
}

model RecipeStep {
  id         String   @id @default(cuid())
  recipeId String
  recipe   Recipe @relation(fields: [recipeId], references: [id], onDelete: Cascade)
}`,
    },
  ],
  invalid: [
    {
      name: 'a second person table with no link to the universal one',
      code: `model Supplier {
  id       String        @id @default(cuid())
  contacts SupplierPerson[]
}

model SupplierPerson {
  id     String @id @default(cuid())
  supplierId String
  supplier   Supplier   @relation(fields: [supplierId], references: [id], onDelete: Cascade)
  email  String
}

model Person {
  id    String @id @default(cuid())
  email String
}`,
      errors: [
        {
          messageId: 'parallelModelViaPrefix',
          at: 'model SupplierPerson',
          message:
            '"SupplierPerson" looks like it records the same kind of entity as "Person" but has no relation to it nor through "Supplier"',
        },
      ],
    },
    {
      name: 'a multi-word tail, and a prefixed model that has no relation to its prefix model either',
      code: `model Customer {
  id String @id @default(cuid())
}

model CustomerBillingAddress {
  id     String @id @default(cuid())
  street String
}

model BillingAddress {
  id     String @id @default(cuid())
  street String
}`,
      errors: [
        {
          messageId: 'parallelModelViaPrefix',
          at: 'model CustomerBillingAddress',
          message:
            '"CustomerBillingAddress" looks like it records the same kind of entity as "BillingAddress" but has no relation to it nor through "Customer"',
        },
      ],
    },
    {
      name: 'requirePrefixModel: false also reports a prefix that names no model',
      options: { requirePrefixModel: false },
      code: `model BankAccount {
  id     String @id @default(cuid())
  handle String
}

model Account {
  id       String @id @default(cuid())
  provider String
}`,
      errors: [
        {
          messageId: 'parallelModel',
          at: 'model BankAccount',
          message: '"BankAccount" looks like it records the same kind of entity as "Account" but has no relation to it:',
        },
      ],
    },
  ],
});
