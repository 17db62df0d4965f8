import rule from './require-soft-reference-comment.js';
import { ruleTester } from './_testing.js';

const activity = `
model Activity {
  id String @id @default(cuid())
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'a soft reference that says so',
      code: `model Campaign {
  id         String  @id @default(cuid())
  activityId String? // soft reference to Activity: no FK constraint, activities may be deleted independently
}
${activity}`,
    },
    {
      name: 'any comment takes it out of this rule (a foreign-key comment is require-relation-for-foreign-key\'s)',
      code: `model Campaign {
  id         String  @id @default(cuid())
  /// FK -> Activity
  activityId String?
}
${activity}`,
    },
    {
      name: 'the id has a relation',
      code: `model Campaign {
  id         String    @id @default(cuid())
  activityId String?
  activity   Activity? @relation(fields: [activityId], references: [id], onDelete: SetNull)
}

model Activity {
  id        String     @id @default(cuid())
  campaigns Campaign[]
}`,
    },
    {
      name: 'an id of an external system',
      code: `model Campaign {
  id              String  @id @default(cuid())
  googleAccountId String?
}

model Account {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'the tenant key is require-tenant-relation\'s business',
      code: `model Tenant {
  id String @id @default(cuid())
}

model HelpSearchEvent {
  id       String @id @default(cuid())
  tenantId String
}`,
    },
    {
      name: 'an id whose stem names no model',
      code: `model Campaign {
  id        String  @id @default(cuid())
  sessionId String?
}`,
    },
  ],
  invalid: [
    {
      name: 'a silent bare id',
      code: `model Campaign {
  id         String  @id @default(cuid())
  activityId String?
}
${activity}`,
      errors: [{ at: 'activityId', message: '"Campaign.activityId" holds ids of "Activity" with no @relation and no comment' }],
    },
    {
      name: 'longest model-name suffix of the stem wins',
      code: `model Campaign {
  id              String  @id @default(cuid())
  lastActivityId  String?
}
${activity}
model LastActivity {
  id String @id @default(cuid())
}`,
      errors: [{ at: 'lastActivityId', message: '"LastActivity"' }],
    },
    {
      name: 'snake_case keys are read as words too',
      code: `model Campaign {
  id          String  @id @default(cuid())
  activity_id String?
}
${activity}`,
      errors: [{ at: 'activity_id', message: '"Activity"' }],
    },
  ],
});
