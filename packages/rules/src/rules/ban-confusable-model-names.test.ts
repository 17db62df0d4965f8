import rule from './ban-confusable-model-names.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'only one word in common',
      code: `model DocumentVersion {
  id String @id @default(cuid())
}

model ArticleVersion {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'related models may share a name (one refines the other)',
      code: `model ImageImportJob {
  id       String        @id @default(cuid())
  webJobs  CsvImportJob[]
}

model CsvImportJob {
  id       String      @id @default(cuid())
  ragJobId String
  ragJob   ImageImportJob @relation(fields: [ragJobId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'names qualified by the model each belongs to (line items of an order, of a bill)',
      code: `model Order {
  id    String          @id @default(cuid())
  items OrderLineItem[]
}

model OrderLineItem {
  id      String @id @default(cuid())
  orderId String
  order   Order  @relation(fields: [orderId], references: [id], onDelete: Cascade)
}

model Bill {
  id    String            @id @default(cuid())
  items BillLineItem[]
}

model BillLineItem {
  id        String  @id @default(cuid())
  billId String
  bill   Bill @relation(fields: [billId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: "a specialisation of another model is ban-parallel-entity-models' business",
      code: `model CrawlJob {
  id String @id @default(cuid())
}

model CsvImportJob {
  id String @id @default(cuid())
}`,
    },
  ],
  invalid: [
    {
      name: 'two unrelated import jobs',
      code: `model ImageImportJob {
  id String @id @default(cuid())
}

model Bill {
  id String @id @default(cuid())
}

model CsvImportJob {
  id String @id @default(cuid())
}`,
      errors: [
        {
          messageId: 'confusableNames',
          at: 'model ImageImportJob',
          message: '"ImageImportJob" and "CsvImportJob" (line 9) both end in "ImportJob", so each looks like a flavour of the other',
        },
      ],
    },
    {
      name: 'three alike models give one report per pair, at the first of each',
      code: `model EmailSendLog {
  id String @id @default(cuid())
}

model SmsSendLog {
  id String @id @default(cuid())
}

model PushSendLog {
  id String @id @default(cuid())
}`,
      errors: [
        { messageId: 'confusableNames', at: 'model EmailSendLog', message: '"SmsSendLog"' },
        { messageId: 'confusableNames', at: 'model EmailSendLog', message: '"PushSendLog"' },
        { messageId: 'confusableNames', at: 'model SmsSendLog', message: '"PushSendLog"' },
      ],
    },
    {
      name: 'only one of the two is qualified by its owner',
      code: `model Order {
  id    String          @id @default(cuid())
  items OrderLineItem[]
}

model OrderLineItem {
  id      String @id @default(cuid())
  orderId String
  order   Order  @relation(fields: [orderId], references: [id], onDelete: Cascade)
}

model DraftLineItem {
  id String @id @default(cuid())
}`,
      errors: [
        {
          messageId: 'confusableNames',
          at: 'model OrderLineItem',
          message: '"OrderLineItem" and "DraftLineItem" (line 12) both end in "LineItem", so each looks like a flavour of the other',
        },
      ],
    },
    {
      name: 'minSharedWords: 1 widens the net',
      options: { minSharedWords: 1 },
      code: `model DocumentVersion {
  id String @id @default(cuid())
}

model ArticleVersion {
  id String @id @default(cuid())
}`,
      errors: [{ messageId: 'confusableNames', at: 'model DocumentVersion', message: 'both end in "Version"' }],
    },
  ],
});
