import rule from './require-created-at.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a model Prisma ignores belongs to another tool',
      code: `model vendor_store {
  key   String @id
  value String

  @@ignore
}`,
    },
    {
      name: 'short-lived rows with a required expiry: sessions and one-time tokens',
      code: `model Session {
  id        String   @id @default(cuid())
  token     String   @unique
  expires   DateTime
}
model PasswordlessLink {
  token     String   @id
  expiresOn DateTime
}`,
    },
    {
      name: 'a DateTime named for the creation with another suffix (created, createdOn)',
      code: `model Price {
  id      String   @id
  created DateTime
}
model Team {
  id        String   @id
  createdOn DateTime
}`,
    },
    {
      name: 'a createdAt timestamp',
      code: `model Wallet {
  id        String   @id @default(cuid())
  createdAt DateTime @default(now())
}`,
    },
    {
      name: 'views and composite types are not tables of their own',
      code: `view BalanceSummary {
  id      String @unique
  balance Int
}

type Address {
  street String
}`,
    },
    {
      name: 'another accepted name through the fields option',
      options: { fields: ['recordedAt'] },
      code: `model Reading {
  id         String   @id @default(cuid())
  recordedAt DateTime @default(now())
}`,
    },
    {
      name: 'a creation timestamp under another name, filled with now() on insert',
      code: `model Feedback {
  id          Int      @id @default(autoincrement())
  submittedOn DateTime @default(now()) @map(name: "submitted")
  rating      Int
}`,
    },
    {
      name: 'a pure link table with a composite id',
      code: `model Badge {
  id        String          @id @default(cuid())
  createdAt DateTime        @default(now())
  holders   BadgesOnUsers[]
}

model Person {
  id        String          @id @default(cuid())
  createdAt DateTime        @default(now())
  badges    BadgesOnUsers[]
}

model BadgesOnUsers {
  badgeId  String
  badge    Badge  @relation(fields: [badgeId], references: [id], onDelete: Cascade)
  personId String
  person   Person @relation(fields: [personId], references: [id], onDelete: Cascade)

  @@id([badgeId, personId])
}`,
    },
  ],
  invalid: [
    {
      name: 'a DateTime defaulting to now() that is the update stamp',
      code: `model Setting {
  id        String   @id @default(cuid())
  value     String
  changedAt DateTime @default(now()) @updatedAt
}`,
      errors: [{ at: 'model Setting', message: '"Setting" has no creation timestamp' }],
    },
    {
      name: 'a now() default on a field named for later changes',
      code: `model Setting {
  id             String   @id
  value          String
  lastModifiedAt DateTime @default(now())
}`,
      errors: [{ at: 'model Setting', message: '"Setting" has no creation timestamp' }],
    },
    {
      name: 'a link table that also carries data of its own',
      code: `model Badge {
  id        String        @id @default(cuid())
  createdAt DateTime      @default(now())
  holders   BadgeHolder[]
}

model Person {
  id        String        @id @default(cuid())
  createdAt DateTime      @default(now())
  badges    BadgeHolder[]
}

model BadgeHolder {
  id       Int     @id @default(autoincrement())
  badgeId  String
  badge    Badge   @relation(fields: [badgeId], references: [id], onDelete: Cascade)
  personId String
  person   Person  @relation(fields: [personId], references: [id], onDelete: Cascade)
  pinned   Boolean @default(false)
}`,
      errors: [{ at: 'model BadgeHolder', message: '"BadgeHolder" has no creation timestamp' }],
    },
    {
      name: 'no creation timestamp',
      code: `model Wallet {
  id        String   @id @default(cuid())
  balance   Int      @default(0)
  updatedAt DateTime @updatedAt
}`,
      errors: [{ at: 'model Wallet', message: '"Wallet" has no creation timestamp' }],
    },
    {
      name: 'a createdAt that is not a DateTime',
      code: `model Import {
  id        String @id @default(cuid())
  createdAt String
}`,
      errors: [{ at: 'model Import', message: '"Import"' }],
    },
  ],
});
