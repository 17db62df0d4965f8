import rule from './require-created-at.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a row that extends its parent row: the primary key is the parent key',
      code: `model Member {
  id        String          @id @default(cuid())
  createdAt DateTime        @default(now())
  settings  MemberSettings?
}
model MemberSettings {
  memberId String @id
  member   Member @relation(fields: [memberId], references: [id], onDelete: Cascade)
  theme    String
}
model BuildBreakpoints {
  buildId String @id
  values  String
}`,
    },
    {
      name: 'named entries of a store: a natural primary key and no relations',
      code: `model Property {
  key   String @id
  value String
}`,
    },
    {
      name: "one value of a parent's list: the parent key plus the value, nothing else",
      code: `model Agency {
  id        String        @id @default(cuid())
  createdAt DateTime      @default(now())
  niches    AgencyNiche[]
}
model AgencyNiche {
  agencyId String
  agency   Agency @relation(fields: [agencyId], references: [id], onDelete: Cascade)
  niche    String

  @@id([agencyId, niche])
}`,
    },
    {
      name: 'an event row with its own required time',
      code: `model TrendingLog {
  id       String   @id @default(cuid())
  language String?
  date     DateTime
}
model Reading {
  id         String   @id @default(cuid())
  value      Float
  recordedAt DateTime
}`,
    },
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
      name: 'one row per tenant under a generated id, a value list with data of its own, an optional event time',
      code: `model Balance {
  id       String @id @default(cuid())
  tenantId String @unique
  amount   Int    @default(0)
}
model AgencyNiche {
  agencyId String
  agency   Agency @relation(fields: [agencyId], references: [id], onDelete: Cascade)
  niche    String
  note     String

  @@id([agencyId, niche])
}
model Agency {
  id        String        @id @default(cuid())
  createdAt DateTime      @default(now())
  niches    AgencyNiche[]
}
model Ping {
  id         String    @id @default(cuid())
  recordedAt DateTime?
}`,
      errors: [
        { messageId: 'missingCreatedAt', at: 'model Balance', message: '"Balance" has no field that looks like a creation timestamp' },
        {
          messageId: 'missingCreatedAt',
          at: 'model AgencyNiche',
          message: '"AgencyNiche" has no field that looks like a creation timestamp',
        },
        { messageId: 'missingCreatedAt', at: 'model Ping', message: '"Ping" has no field that looks like a creation timestamp' },
      ],
    },
    {
      name: 'a DateTime defaulting to now() that is the update stamp',
      code: `model Setting {
  id        String   @id @default(cuid())
  value     String
  changedAt DateTime @default(now()) @updatedAt
}`,
      errors: [
        { messageId: 'missingCreatedAt', at: 'model Setting', message: '"Setting" has no field that looks like a creation timestamp' },
      ],
    },
    {
      name: 'a now() default on a field named for later changes',
      code: `model Setting {
  id             String   @id
  value          String
  lastModifiedAt DateTime @default(now())
}`,
      errors: [
        { messageId: 'missingCreatedAt', at: 'model Setting', message: '"Setting" has no field that looks like a creation timestamp' },
      ],
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
      errors: [
        {
          messageId: 'missingCreatedAt',
          at: 'model BadgeHolder',
          message: '"BadgeHolder" has no field that looks like a creation timestamp',
        },
      ],
    },
    {
      name: 'no creation timestamp',
      code: `model Wallet {
  id        String   @id @default(cuid())
  balance   Int      @default(0)
  updatedAt DateTime @updatedAt
}`,
      errors: [
        { messageId: 'missingCreatedAt', at: 'model Wallet', message: '"Wallet" has no field that looks like a creation timestamp' },
      ],
    },
    {
      name: 'a createdAt that is not a DateTime',
      code: `model Import {
  id        String @id @default(cuid())
  createdAt String
}`,
      errors: [{ messageId: 'missingCreatedAt', at: 'model Import', message: '"Import"' }],
    },
  ],
});
