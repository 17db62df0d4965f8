import type { Rule } from '../types.js';
import { modelBlocks, q, stringList } from './_shared.js';

const CREATED_FIELDS = ['createdAt', 'created_at', 'insertedAt'];

const rule: Rule = {
  meta: {
    id: 'require-created-at',
    defaultSeverity: 'warning',
    description: 'Require every model to record when each row was created in a DateTime field such as `createdAt`.',
    rationale:
      'Without a creation timestamp nobody can audit when a row appeared, find rows created by a faulty release, or order rows by age; it cannot be recovered later for rows that already exist.',
    help: 'Add `createdAt DateTime @default(now())`.',
    options: {
      fields: {
        description: 'Names accepted for the creation timestamp (a DateTime field with any of these names satisfies the rule).',
        default: CREATED_FIELDS,
      },
    },
    examples: {
      incorrect: `model Wallet {
  id        String   @id @default(cuid())
  balance   Int      @default(0)
  updatedAt DateTime @updatedAt
}`,
      correct: `model Wallet {
  id        String   @id @default(cuid())
  balance   Int      @default(0)
  createdAt DateTime @default(now())
  updatedAt DateTime @updatedAt
}`,
    },
    whenNotToUse:
      "For tables whose rows are pure functions of other rows (materialised lookups, caches rebuilt on demand) or that carry their own domain timestamp (an event's `occurredAt`); add that name to the `fields` option.",
  },
  check(context) {
    const names = stringList(context.options.fields, CREATED_FIELDS);
    for (const model of modelBlocks(context.graph)) {
      if (model.fields.some((f) => f.type === 'DateTime' && names.includes(f.name))) continue;
      context.report({
        model,
        message: `${q(model)} has no creation timestamp (${names.map((n) => `"${n}"`).join(' / ')}): nobody can tell when its rows appeared, and the information cannot be recovered later.`,
      });
    }
  },
};

export default rule;
