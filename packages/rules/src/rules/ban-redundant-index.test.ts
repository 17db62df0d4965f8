import rule from './ban-redundant-index.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an index in a different column order serves other lookups',
      code: `model DocumentRevision {
  id         String @id @default(cuid())
  strategyId String
  version    Int

  @@unique([strategyId, version])
  @@index([version, strategyId])
}`,
    },
    {
      name: 'a leading prefix of a unique is only reported with flagPrefixes',
      code: `model DocumentRevision {
  id         String @id @default(cuid())
  strategyId String
  version    Int

  @@unique([strategyId, version])
  @@index([strategyId])
}`,
    },
    {
      name: 'an index of another type on the same columns',
      code: `model Domain {
  id   String @id @default(cuid())
  host String @unique

  @@index([host], type: Hash)
}`,
    },
    {
      name: 'an index extending a unique is not covered by it',
      code: `model Page {
  id     String @id @default(cuid())
  siteId String
  slug   String @unique

  @@index([slug, siteId])
}`,
    },
  ],
  invalid: [
    {
      name: 'an index identical to a @@unique',
      code: `model DocumentRevision {
  id         String @id @default(cuid())
  strategyId String
  version    Int

  @@unique([strategyId, version])
  @@index([strategyId, version])
}`,
      errors: [{ at: '@@index([strategyId, version])', message: 'The index on ("strategyId", "version") of "DocumentRevision" repeats its unique' }],
    },
    {
      name: 'an index identical to a field-level @unique, and one identical to the primary key',
      code: `model Domain {
  id   String @id @default(cuid())
  host String @unique

  @@index([host], type: BTree)
  @@index([id])
}`,
      errors: [
        { at: '@@index([host], type: BTree)', message: 'repeats its unique on the same columns' },
        { at: '@@index([id])', message: 'repeats its primary key' },
      ],
    },
    {
      name: 'flagPrefixes reports leading prefixes of a composite key',
      options: { flagPrefixes: true },
      code: `model Membership {
  tenantId String
  userId   String

  @@id([tenantId, userId])
  @@index([tenantId])
}`,
      errors: [{ at: '@@index([tenantId])', message: 'is a leading prefix of its primary key on ("tenantId", "userId")' }],
    },
  ],
});
