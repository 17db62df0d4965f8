import rule from './ban-confusable-model-names.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'only one word in common',
      code: `model StrategyVersion {
  id String @id @default(cuid())
}

model ClientContextVersion {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'related models may share a name (one refines the other)',
      code: `model RagCrawlJob {
  id       String        @id @default(cuid())
  webJobs  WebCrawlJob[]
}

model WebCrawlJob {
  id       String      @id @default(cuid())
  ragJobId String
  ragJob   RagCrawlJob @relation(fields: [ragJobId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'a specialisation of another model is ban-parallel-entity-models\' business',
      code: `model CrawlJob {
  id String @id @default(cuid())
}

model WebCrawlJob {
  id String @id @default(cuid())
}`,
    },
  ],
  invalid: [
    {
      name: 'two unrelated crawl jobs',
      code: `model RagCrawlJob {
  id String @id @default(cuid())
}

model Invoice {
  id String @id @default(cuid())
}

model WebCrawlJob {
  id String @id @default(cuid())
}`,
      errors: [{ at: 'model RagCrawlJob', message: '"RagCrawlJob" and "WebCrawlJob" (line 9) both end in "CrawlJob"' }],
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
        { at: 'model EmailSendLog', message: '"SmsSendLog"' },
        { at: 'model EmailSendLog', message: '"PushSendLog"' },
        { at: 'model SmsSendLog', message: '"PushSendLog"' },
      ],
    },
    {
      name: 'minSharedWords: 1 widens the net',
      options: { minSharedWords: 1 },
      code: `model StrategyVersion {
  id String @id @default(cuid())
}

model ClientContextVersion {
  id String @id @default(cuid())
}`,
      errors: [{ at: 'model StrategyVersion', message: 'both end in "Version"' }],
    },
  ],
});
