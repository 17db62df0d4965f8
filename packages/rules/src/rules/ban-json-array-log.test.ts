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
      code: `model Contract {
  id   String            @id @default(cuid())
  logs ContractLog[]
}

model ContractLog {
  id             String       @id @default(cuid())
  contractId String
  contract   Contract @relation(fields: [contractId], references: [id], onDelete: Cascade)
  toStatus       String
}`,
    },
  ],
  invalid: [
    {
      name: 'a change log kept in a JSON array',
      code: `model Contract {
  id               String @id @default(cuid())
  statusChangeLogs Json   @default("[]")
}`,
      errors: [
        {
          messageId: 'jsonArrayLog',
          at: 'statusChangeLogs',
          message: '"Contract.statusChangeLogs" looks like a log kept as a JSON array in one cell',
        },
      ],
    },
    {
      name: 'history, events and transitions',
      code: `model Opportunity {
  id               String @id @default(cuid())
  stageHistory     Json   @default("[]")
  events           Json   @default("[]")
  stateTransitions Json?  @default("[]")
}`,
      errors: [
        { messageId: 'jsonArrayLog', at: 'stageHistory', message: '"Opportunity.stageHistory"' },
        { messageId: 'jsonArrayLog', at: 'events ', message: '"Opportunity.events"' },
        { messageId: 'jsonArrayLog', at: 'stateTransitions', message: '"Opportunity.stateTransitions"' },
      ],
    },
    {
      name: 'the logWords option',
      options: { logWords: ['attempt'] },
      code: `model Delivery {
  id       String @id @default(cuid())
  attempts Json   @default("[]")
}`,
      errors: [{ messageId: 'jsonArrayLog', at: 'attempts', message: '"Delivery.attempts"' }],
    },
  ],
});
