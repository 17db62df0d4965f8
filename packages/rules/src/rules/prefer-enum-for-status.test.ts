import rule from './prefer-enum-for-status.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a status that is an enum',
      code: `enum BillStatus {
  draft
  open
  paid
}

model Bill {
  id     String        @id @default(cuid())
  status BillStatus @default(draft)
}`,
    },
    {
      name: 'a postal state, an opaque protocol state, and fields that only start with status',
      code: `model Address {
  id            String @id @default(cuid())
  city          String
  state         String @default("CA")
  statusCode    Int
  statusMessage String?
}

model OAuthLogin {
  id            String  @id @default(cuid())
  state         String
  session_state String?
}`,
    },
  ],
  invalid: [
    {
      name: 'a String status whose values live in the comment',
      code: `model Contract {
  id     String @id @default(cuid())
  /// trialing -> active -> past_due -> canceled
  status String @default("trialing")
}`,
      errors: [
        {
          messageId: 'valuesInComment',
          at: 'status String',
          message: '"Contract.status" looks like a status kept in a free String, with its allowed values only in its comment',
        },
      ],
    },
    {
      name: 'values listed JSDoc-style in the model doc count as the field comment',
      code: `/// A signed contract.
/// @property status - trialing -> active -> past_due -> canceled
model Contract {
  id     String @id @default(cuid())
  status String @default("trialing")
}`,
      errors: [
        {
          messageId: 'valuesInComment',
          at: 'status String',
          message: '"Contract.status" looks like a status kept in a free String, with its allowed values only in its comment',
        },
      ],
    },
    {
      name: 'xxxStatus and xxxState without a comment',
      code: `model Charge {
  id            String @id @default(cuid())
  chargeStatus String
  syncState     String? @default("idle")
}`,
      errors: [
        {
          messageId: 'freeString',
          at: 'chargeStatus',
          message: '"Charge.chargeStatus" looks like a status kept in a free String: the database accepts any value',
        },
        { messageId: 'freeString', at: 'syncState', message: '"Charge.syncState"' },
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
      errors: [{ messageId: 'valuesInComment', at: 'status      String', message: '"Job.status"' }],
    },
  ],
});
