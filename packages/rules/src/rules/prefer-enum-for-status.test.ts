import rule from './prefer-enum-for-status.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a status that is an enum',
      code: `enum InvoiceStatus {
  draft
  open
  paid
}

model Invoice {
  id     String        @id @default(cuid())
  status InvoiceStatus @default(draft)
}`,
    },
    {
      name: 'a postal state, and fields that only start with status',
      code: `model Address {
  id            String @id @default(cuid())
  city          String
  state         String
  statusCode    Int
  statusMessage String?
}`,
    },
  ],
  invalid: [
    {
      name: 'a String status whose values live in the comment',
      code: `model Subscription {
  id     String @id @default(cuid())
  /// trialing -> active -> past_due -> canceled
  status String @default("trialing")
}`,
      errors: [{ at: 'status String', message: '"Subscription.status" is a free String whose allowed values live only in its comment' }],
    },
    {
      name: 'xxxStatus and xxxState without a comment',
      code: `model Payment {
  id            String @id @default(cuid())
  paymentStatus String
  syncState     String?
}`,
      errors: [
        { at: 'paymentStatus', message: '"Payment.paymentStatus" is a free String: the database accepts any value' },
        { at: 'syncState', message: '"Payment.syncState"' },
      ],
    },
    {
      name: 'requireValueComment keeps only documented ones',
      options: { requireValueComment: true },
      code: `model Job {
  id          String @id @default(cuid())
  status      String // one of: queued, running, done
  queueStatus String
}`,
      errors: [{ at: 'status      String', message: '"Job.status"' }],
    },
  ],
});
