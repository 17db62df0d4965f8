import rule from './require-companion-relation.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the companion relates to what it describes',
      code: `model Server {
  id     String          @id @default(cuid())
  health ServerHealth?
}

model ServerHealth {
  id         String    @id @default(cuid())
  serverId String?   @unique
  server   Server? @relation(fields: [serverId], references: [id], onDelete: SetNull)
}`,
    },
    {
      name: 'the described model holds the key',
      code: `model Page {
  id      String     @id @default(cuid())
  statsId String     @unique
  stats   PageStats  @relation(fields: [statsId], references: [id], onDelete: Cascade)
}

model PageStats {
  id   String @id @default(cuid())
  page Page?
}`,
    },
    {
      name: 'no model named by the words before the companion word',
      code: `model SystemHealth {
  id String @id @default(cuid())
}`,
    },
  ],
  invalid: [
    {
      name: 'a health record that cannot be joined to its server',
      code: `model Ticket {
  id     String           @id @default(cuid())
  health ServerHealth[]
}

model Server {
  id String @id @default(cuid())
}

model ServerHealth {
  id         String   @id @default(cuid())
  ticketId String
  ticket   Ticket @relation(fields: [ticketId], references: [id], onDelete: Cascade)
}`,
      errors: [
        {
          messageId: 'unrelatedCompanion',
          at: 'model ServerHealth',
          message: '"ServerHealth" looks like it describes "Server" rows but has no relation to "Server"',
        },
      ],
    },
    {
      name: 'stats and scores of a multi-word model',
      code: `model Recipe {
  id String @id @default(cuid())
}

model RecipeStats {
  id String @id @default(cuid())
}

model RecipeScore {
  id String @id @default(cuid())
}`,
      errors: [
        { messageId: 'unrelatedCompanion', at: 'model RecipeStats', message: '"RecipeStats" looks like it describes "Recipe"' },
        { messageId: 'unrelatedCompanion', at: 'model RecipeScore', message: '"RecipeScore" looks like it describes "Recipe"' },
      ],
    },
    {
      name: 'the companionWords option',
      options: { companionWords: ['Audit'] },
      code: `model Bill {
  id String @id @default(cuid())
}

model BillAudit {
  id String @id @default(cuid())
}`,
      errors: [{ messageId: 'unrelatedCompanion', at: 'model BillAudit', message: '"BillAudit"' }],
    },
  ],
});
