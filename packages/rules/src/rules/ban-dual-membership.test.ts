import rule from './ban-dual-membership.js';
import { TENANT, ruleTester } from './_testing.js';

const member = `
model Membership {
  tenantId String
  userId   String
  role     String @default("member")
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  user     User   @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@id([tenantId, userId])
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'membership only through the join model',
      code: `${TENANT}
model User {
  id      String         @id @default(cuid())
  members Membership[]
}
${member}`,
    },
    {
      name: 'a direct key with no join model',
      code: `${TENANT}
model User {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'a third model with more keys than a join (an assignment, not a membership)',
      code: `${TENANT}
model User {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}

model Task {
  id         String @id @default(cuid())
  tenantId   String
  userId     String
  projectKey String
  tenant     Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  user       User   @relation(fields: [userId], references: [id], onDelete: Cascade)
  reviewerId String
  reviewer   User   @relation("Reviewer", fields: [reviewerId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'a join model that is neither unique over both keys nor documented as membership',
      code: `${TENANT}
model User {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}

/// One login, for the audit trail.
model LoginEvent {
  id       String @id @default(cuid())
  tenantId String
  userId   String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  user     User   @relation(fields: [userId], references: [id], onDelete: Cascade)
}`,
    },
  ],
  invalid: [
    {
      name: 'a direct tenant key beside a unique join model',
      code: `${TENANT}
model User {
  id       String         @id @default(cuid())
  tenantId String?
  tenant   Tenant?        @relation(fields: [tenantId], references: [id], onDelete: SetNull)
  members  Membership[]
}
${member}`,
      errors: [
        {
          messageId: 'dualMembership',
          at: 'tenantId String?',
          message: '"User.tenantId" ties each "User" to one "Tenant" while "Membership"',
        },
      ],
    },
    {
      name: 'a join model with more keys (who invited the member) is still a join when unique over the pair',
      code: `${TENANT}
model User {
  id       String  @id @default(cuid())
  tenantId String?
  tenant   Tenant? @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}

model Membership {
  id          String @id @default(cuid())
  tenantId    String
  userId      String
  invitedById String?
  tenant      Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  user        User   @relation(fields: [userId], references: [id], onDelete: Cascade)
  invitedBy   User?  @relation("Invited", fields: [invitedById], references: [id], onDelete: SetNull)

  @@unique([tenantId, userId])
}`,
      errors: [{ messageId: 'dualMembership', at: 'tenantId String?', message: 'while "Membership" also records' }],
    },
    {
      name: 'a join documented as membership, to a group model that is not the tenant',
      code: `${TENANT}
model Team {
  id       String @id @default(cuid())
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)
}

model Person {
  id     String @id @default(cuid())
  teamId String
  team   Team   @relation(fields: [teamId], references: [id], onDelete: Cascade)
}

/// Team membership of a person.
model Seat {
  id       String @id @default(cuid())
  teamId   String
  personId String
  team     Team   @relation(fields: [teamId], references: [id], onDelete: Cascade)
  person   Person @relation(fields: [personId], references: [id], onDelete: Cascade)
}`,
      errors: [
        {
          messageId: 'dualMembership',
          at: 'teamId String\n  team ',
          message: '"Person.teamId" ties each "Person" to one "Team" while "Seat"',
        },
      ],
    },
  ],
});
