import type { GraphField } from '../types.js';
import { defineRule, option } from './_define.js';
import { fieldComment } from './support/comments.js';
import { nameParts, singularParts } from './support/names.js';
import { childModels } from './support/structure.js';
import { singular } from '../utils/index.js';

const GUARD_WORDS = [
  'trigger',
  'maintained by',
  'derived',
  'computed',
  'same transaction',
  '$transaction',
  'transactionally',
  'kept in sync',
  'kept in step',
  'kept exact',
  'reconciled',
];

/** The counted noun of a counter name (`remindersSent` -> [reminder], `numRetries` -> [retry]), or undefined. */
/** Last words (`remindersSent`, `itemCount`) and first words (`numItems`) that make an Int field a counter. */
const COUNT_SUFFIXES: ReadonlySet<string> = new Set(['count', 'sent', 'total']);
const COUNT_PREFIXES: ReadonlySet<string> = new Set(['num', 'number', 'total', 'count']);
/** Words that make a number a quota or a limit the plan grants (`maxSeats`, `seatsLimit`), not a count of rows. */
const QUOTA_WORDS: ReadonlySet<string> = new Set([
  'limit',
  'max',
  'maximum',
  'min',
  'minimum',
  'quota',
  'allowed',
  'allowance',
  'included',
  'purchased',
  'capacity',
  'plan',
]);

function countedNoun(field: GraphField): string[] | undefined {
  if (field.list || !/^(Int|BigInt)$/.test(field.type)) return undefined;
  const w = nameParts(field.name);
  if (w.length < 2 || w.some((x) => QUOTA_WORDS.has(x))) return undefined;
  let noun: string[] = [];
  if (COUNT_SUFFIXES.has(w[w.length - 1])) noun = w.slice(0, -1);
  else if (COUNT_PREFIXES.has(w[0])) noun = w.slice(1).filter((x) => x !== 'of');
  return noun.length > 0 ? noun.map(singular) : undefined;
}

export default defineRule({
  meta: {
    id: 'ban-unguarded-counter',
    defaultSeverity: 'warning',
    description: 'Disallow a counter field beside the child table it counts unless its comment says how the count is kept exact.',
    rationale:
      'A hand-maintained count drifts from the rows it counts as soon as one of the two writes fails or races, and nothing tells you: repairing it takes a reconciliation query nobody runs.',
    help: "Derive the count from the child rows, or maintain it with a trigger (or in the same transaction) and say so in the field's comment.",
    messages: {
      unguardedCounter:
        '"{{model}}.{{field}}" looks like a count of "{{child}}" rows kept by hand, and its comment does not say how it is kept exact: a failed or concurrent write makes it drift from the rows, and only a manual reconciliation repairs it.',
    },
    examples: {
      incorrect: `model Order {
  id        String      @id @default(cuid())
  itemCount Int         @default(0)
  items     OrderItem[]
}

model OrderItem {
  id      String @id @default(cuid())
  orderId String
  order   Order  @relation(fields: [orderId], references: [id], onDelete: Cascade)
}`,
      correct: `model Order {
  id        String      @id @default(cuid())
  /// Number of OrderItem rows; maintained by a database trigger on insert and delete.
  itemCount Int         @default(0)
  items     OrderItem[]
}

model OrderItem {
  id      String @id @default(cuid())
  orderId String
  order   Order  @relation(fields: [orderId], references: [id], onDelete: Cascade)
}`,
    },
    whenNotToUse:
      'When the counter deliberately counts something other than the child rows (attempts including failed ones, say); write that in its comment, which also documents it for the next reader.',
  },
  options: {
    guardWords: option.phrases(
      "Phrases that, in the field's comment, state how the counter is kept exact (lower-case substrings).",
      GUARD_WORDS,
    ),
  },
  model(model, context) {
    // Built on the first counter-like field only: most models have none.
    let own: readonly string[] | undefined;
    let children: ReturnType<typeof childModels> | undefined;
    for (const field of model.fields) {
      const noun = countedNoun(field);
      if (!noun) continue;
      own ??= singularParts(model.name);
      children ??= childModels(model, context.graph);
      const ownWords = own;
      // The child's head noun (the last word of its name) must be what is counted: `remindersSent` counts
      // BillReminder rows and `totalViews` PageView rows, but `eventsCount` does not count EventMeta rows.
      const counted = children.find((child) => {
        const words = singularParts(child.name);
        const head = words[words.length - 1];
        return !ownWords.includes(head) && noun.includes(head);
      });
      if (!counted) continue;
      const comment = fieldComment(field);
      if (context.options.guardWords.some((g) => comment.includes(g))) continue;
      context.report({ model, field, messageId: 'unguardedCounter', data: { model: model.name, field: field.name, child: counted.name } });
    }
  },
});
