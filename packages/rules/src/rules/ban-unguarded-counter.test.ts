import rule from './ban-unguarded-counter.js';
import { ruleTester } from './_testing.js';

const reminder = `
model BillReminder {
  id        String  @id @default(cuid())
  billId String
  bill   Bill @relation(fields: [billId], references: [id], onDelete: Cascade)
}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'the comment says a trigger keeps it exact',
      code: `model Bill {
  id            String            @id @default(cuid())
  /// Number of BillReminder rows, maintained by the database (trigger on insert/delete).
  remindersSent Int               @default(0)
  reminders     BillReminder[]
}
${reminder}`,
    },
    {
      name: 'a counter with no child table of that name',
      code: `model Job {
  id         String @id @default(cuid())
  retryCount Int    @default(0)
}`,
    },
    {
      name: 'a counter named after a model that is not a child',
      code: `model Bill {
  id            String @id @default(cuid())
  remindersSent Int    @default(0)
}

model Reminder {
  id String @id @default(cuid())
}`,
    },
    {
      name: 'not a counter: a String, or a name without a count word',
      code: `model Bill {
  id        String            @id @default(cuid())
  reminders BillReminder[]
  reminderCount String?
  reminderDays  Int @default(7)
}
${reminder}`,
    },
    {
      name: 'a usage count of something the child does not hold: the child is named for another head noun',
      code: `model Project {
  id          String      @id @default(cuid())
  eventsCount Int         @default(0)
  meta        EventMeta[]
}

model EventMeta {
  id        String  @id @default(cuid())
  projectId String
  project   Project @relation(fields: [projectId], references: [id], onDelete: Cascade)
}`,
    },
    {
      name: 'a quota or limit the plan grants is not a count of rows',
      code: `model Workspace {
  id             String @id @default(cuid())
  maxSeatsCount  Int    @default(5)
  totalSeatLimit Int    @default(5)
  seats          WorkspaceSeat[]
}

model WorkspaceSeat {
  id          String    @id @default(cuid())
  workspaceId String
  workspace   Workspace @relation(fields: [workspaceId], references: [id], onDelete: Cascade)
}`,
    },
  ],
  invalid: [
    {
      name: 'a hand-kept count of the child rows',
      code: `model Bill {
  id            String            @id @default(cuid())
  remindersSent Int               @default(0)
  reminders     BillReminder[]
}
${reminder}`,
      errors: [
        {
          messageId: 'unguardedCounter',
          at: 'remindersSent',
          message: '"Bill.remindersSent" looks like a count of "BillReminder" rows kept by hand',
        },
      ],
    },
    {
      name: 'xxxCount, numXxx and totalXxx forms',
      code: `model Post {
  id            String        @id @default(cuid())
  commentCount  Int           @default(0)
  numLikes      Int           @default(0)
  totalViews    BigInt        @default(0)
  /// incremented by the API
  shareTotal    Int           @default(0)
}

model PostComment {
  id     String @id @default(cuid())
  postId String
  post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)
}

model Like {
  id     String @id @default(cuid())
  postId String
  post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)
}

model PageView {
  id     String @id @default(cuid())
  postId String
  post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)
}

model PostShare {
  id     String @id @default(cuid())
  postId String
  post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)
}`,
      errors: [
        { messageId: 'unguardedCounter', at: 'commentCount', message: '"PostComment"' },
        { messageId: 'unguardedCounter', at: 'numLikes', message: '"Like"' },
        { messageId: 'unguardedCounter', at: 'totalViews', message: '"PageView"' },
        { messageId: 'unguardedCounter', at: 'shareTotal', message: '"PostShare"' },
      ],
    },
  ],
});
