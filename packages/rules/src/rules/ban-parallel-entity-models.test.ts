import rule from './ban-parallel-entity-models.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the prefixed model points at the general one',
      code: `model Lead {
  id       String        @id @default(cuid())
  contacts LeadContact[]
}

model LeadContact {
  id        String  @id @default(cuid())
  leadId    String
  lead      Lead    @relation(fields: [leadId], references: [id], onDelete: Cascade)
  contactId String
  contact   Contact @relation(fields: [contactId], references: [id], onDelete: Cascade)
}

model Contact {
  id           String        @id @default(cuid())
  leadContacts LeadContact[]
}`,
    },
    {
      name: 'the prefix model relates to the general one',
      code: `model Lead {
  id        String        @id @default(cuid())
  contactId String
  contact   Contact       @relation(fields: [contactId], references: [id], onDelete: Cascade)
  contacts  LeadContact[]
}

model LeadContact {
  id     String @id @default(cuid())
  leadId String
  lead   Lead   @relation(fields: [leadId], references: [id], onDelete: Cascade)
}

model Contact {
  id    String @id @default(cuid())
  leads Lead[]
}`,
    },
    {
      name: 'a prefix that names no model: a different entity sharing a generic word',
      code: `model SocialAccount {
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
      code: `model BlogPost {
  id   String        @id @default(cuid())
  faqs BlogPostFaq[]
}

model BlogPostFaq {
  id         String   @id @default(cuid())
  blogPostId String
  blogPost   BlogPost @relation(fields: [blogPostId], references: [id], onDelete: Cascade)
}`,
    },
  ],
  invalid: [
    {
      name: 'a second contact table with no link to the universal one',
      code: `model Lead {
  id       String        @id @default(cuid())
  contacts LeadContact[]
}

model LeadContact {
  id     String @id @default(cuid())
  leadId String
  lead   Lead   @relation(fields: [leadId], references: [id], onDelete: Cascade)
  email  String
}

model Contact {
  id    String @id @default(cuid())
  email String
}`,
      errors: [{ at: 'model LeadContact', message: '"LeadContact" records the same kind of entity as "Contact" but has no relation to it nor through "Lead"' }],
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
      errors: [{ at: 'model CustomerBillingAddress', message: '"CustomerBillingAddress" records the same kind of entity as "BillingAddress" but has no relation to it nor through "Customer"' }],
    },
    {
      name: 'requirePrefixModel: false also reports a prefix that names no model',
      options: { requirePrefixModel: false },
      code: `model SocialAccount {
  id     String @id @default(cuid())
  handle String
}

model Account {
  id       String @id @default(cuid())
  provider String
}`,
      errors: [{ at: 'model SocialAccount', message: '"SocialAccount" records the same kind of entity as "Account" but has no relation to it:' }],
    },
  ],
});
