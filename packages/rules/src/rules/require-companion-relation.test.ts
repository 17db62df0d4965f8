import rule from './require-companion-relation.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the companion relates to what it describes',
      code: `model Backlink {
  id     String          @id @default(cuid())
  health BacklinkHealth?
}

model BacklinkHealth {
  id         String    @id @default(cuid())
  backlinkId String?   @unique
  backlink   Backlink? @relation(fields: [backlinkId], references: [id], onDelete: SetNull)
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
      name: 'a health record that cannot be joined to its backlink',
      code: `model Campaign {
  id     String           @id @default(cuid())
  health BacklinkHealth[]
}

model Backlink {
  id String @id @default(cuid())
}

model BacklinkHealth {
  id         String   @id @default(cuid())
  campaignId String
  campaign   Campaign @relation(fields: [campaignId], references: [id], onDelete: Cascade)
}`,
      errors: [{ at: 'model BacklinkHealth', message: '"BacklinkHealth" describes "Backlink" rows but has no relation to "Backlink"' }],
    },
    {
      name: 'stats and scores of a multi-word model',
      code: `model BlogPost {
  id String @id @default(cuid())
}

model BlogPostStats {
  id String @id @default(cuid())
}

model BlogPostScore {
  id String @id @default(cuid())
}`,
      errors: [
        { at: 'model BlogPostStats', message: '"BlogPostStats" describes "BlogPost"' },
        { at: 'model BlogPostScore', message: '"BlogPostScore" describes "BlogPost"' },
      ],
    },
    {
      name: 'the companionWords option',
      options: { companionWords: ['Audit'] },
      code: `model Invoice {
  id String @id @default(cuid())
}

model InvoiceAudit {
  id String @id @default(cuid())
}`,
      errors: [{ at: 'model InvoiceAudit', message: '"InvoiceAudit"' }],
    },
  ],
});
