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
      name: 'a leading prefix of a unique is kept when flagPrefixes is off',
      options: { flagPrefixes: false },
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
    {
      name: 'indexes a unique cannot serve: an operator class, a sort order, a prefix length, a Hash index',
      code: `model Article {
  id    String   @id @default(cuid())
  slug  String
  tags  String[]
  title String

  @@unique([slug, title])
  @@unique([tags, slug])
  @@index([tags(ops: ArrayOps)], type: Gin)
  @@index([slug(sort: Desc)])
  @@index([slug], type: Hash)
}`,
    },
    {
      name: 'a unique over the primary key columns in another order keeps an index of its own order',
      code: `model Follow {
  followerId String
  followeeId String

  @@id([followerId, followeeId])
  @@unique([followeeId, followerId])
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
      errors: [
        {
          messageId: 'indexRepeatsConstraint',
          at: '@@index([strategyId, version])',
          message: 'The index on ("strategyId", "version") of "DocumentRevision" repeats its unique',
        },
      ],
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
        { messageId: 'indexRepeatsConstraint', at: '@@index([host], type: BTree)', message: 'repeats its unique on the same columns' },
        { messageId: 'indexRepeatsConstraint', at: '@@index([id])', message: 'repeats its primary key' },
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
      errors: [
        {
          messageId: 'indexIsPrefix',
          at: '@@index([tenantId])',
          message: 'is a leading prefix of its primary key on ("tenantId", "userId")',
        },
      ],
    },
    {
      name: 'an index on the leading columns of a unique or of the primary key, by default',
      code: `model Membership {
  teamId String
  userId String
  role   String

  @@id([teamId, userId])
  @@unique([userId, role])
  @@index([teamId])
  @@index([userId])
}`,
      errors: [
        { messageId: 'indexIsPrefix', at: '@@index([teamId])', message: 'is a leading prefix of its primary key on ("teamId", "userId")' },
        { messageId: 'indexIsPrefix', at: '@@index([userId])', message: 'is a leading prefix of its unique on ("userId", "role")' },
      ],
    },
    {
      name: '@id together with @unique on the same field',
      code: `model Website {
  id   String @id @unique @default(uuid())
  name String
}`,
      errors: [{ messageId: 'uniqueRepeatsKey', at: '@unique', message: 'The unique on ("id") of "Website" repeats its primary key' }],
    },
    {
      name: 'a @@unique over the columns of the @@id',
      code: `model PostTag {
  postId String
  tagId  String

  @@id([postId, tagId])
  @@unique([postId, tagId])
}`,
      errors: [{ messageId: 'uniqueRepeatsKey', at: '@@unique', message: 'repeats its primary key' }],
    },
  ],
});
