import rule from './ban-json-array-log.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a JSON array that is not a log',
      code: `model Post {
  id   String @id @default(cuid())
  tags Json   @default("[]")
}`,
    },
    {
      name: 'a log-like JSON field without an array default',
      code: `model Job {
  id          String @id @default(cuid())
  lastEvent   Json?
  history     Json   @default("{}")
}`,
    },
    {
      name: 'a real log table',
      code: `model Subscription {
  id   String            @id @default(cuid())
  logs SubscriptionLog[]
}

model SubscriptionLog {
  id             String       @id @default(cuid())
  subscriptionId String
  subscription   Subscription @relation(fields: [subscriptionId], references: [id], onDelete: Cascade)
  toStatus       String
}`,
    },
  ],
  invalid: [
    {
      name: 'a change log kept in a JSON array',
      code: `model Subscription {
  id               String @id @default(cuid())
  statusChangeLogs Json   @default("[]")
}`,
      errors: [{ at: 'statusChangeLogs', message: '"Subscription.statusChangeLogs" keeps a log as a JSON array in one cell' }],
    },
    {
      name: 'history, events and transitions',
      code: `model Deal {
  id               String @id @default(cuid())
  stageHistory     Json   @default("[]")
  events           Json   @default("[]")
  stateTransitions Json?  @default("[]")
}`,
      errors: [
        { at: 'stageHistory', message: '"Deal.stageHistory"' },
        { at: 'events ', message: '"Deal.events"' },
        { at: 'stateTransitions', message: '"Deal.stateTransitions"' },
      ],
    },
    {
      name: 'the logWords option',
      options: { logWords: ['attempt'] },
      code: `model Delivery {
  id       String @id @default(cuid())
  attempts Json   @default("[]")
}`,
      errors: [{ at: 'attempts', message: '"Delivery.attempts"' }],
    },
  ],
});
