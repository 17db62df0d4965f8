import rule from './require-created-at.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
    {
      name: 'no creation timestamp',
      code: `model Wallet {
  id        String   @id @default(cuid())
  balance   Int      @default(0)
  updatedAt DateTime @updatedAt
}`,
      errors: [{ at: 'model Wallet', message: '"Wallet" has no creation timestamp' }],
    },
    {
      name: 'a createdAt that is not a DateTime',
      code: `model Import {
  id        String @id @default(cuid())
  createdAt String
}`,
      errors: [{ at: 'model Import', message: '"Import"' }],
    },
  ],
});
