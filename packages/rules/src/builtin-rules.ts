/**
 * Rules the engine itself enforces about `// lint-ignore` comments. They have metadata (so they can be configured,
 * documented and listed like any rule) but no `check`: the engine reports them after matching suppressions.
 */
import type { Rule } from './types.js';

export const requireSuppressionReason: Rule = {
  meta: {
    id: 'require-suppression-reason',
    defaultSeverity: 'error',
    description: 'Require every `// lint-ignore` suppression to say why the finding does not apply.',
    rationale:
      'A suppression without a reason hides a finding with no record of the decision, so the next reader cannot tell a deliberate exception from a silenced mistake.',
    help: 'Write the reason after a colon: `// lint-ignore <rule-id>: <why this is fine here>`.',
    examples: {
      incorrect: ['// lint-ignore require-created-at', 'model Event {', '  id       String   @id', '  startsAt DateTime', '}'].join('\n'),
      correct: [
        '// lint-ignore require-created-at: rows are imported with their own timestamps',
        'model Event {',
        '  id       String   @id',
        '  startsAt DateTime',
        '}',
      ].join('\n'),
    },
  },
  check() {},
};

export const banUnusedSuppression: Rule = {
  meta: {
    id: 'ban-unused-suppression',
    defaultSeverity: 'warning',
    description: 'Disallow `// lint-ignore` suppressions that suppress nothing or name no known rule.',
    rationale:
      'A stale suppression outlives the problem it excused and would silently hide a new finding of the same rule on that line later.',
    help: 'Remove the suppression, or fix the rule id it names.',
    examples: {
      incorrect: [
        'model Tag {',
        '  id        String   @id',
        '  // lint-ignore require-created-at: nothing on the next line is reported',
        '  name      String',
        '  createdAt DateTime @default(now())',
        '}',
      ].join('\n'),
      correct: ['model Tag {', '  id        String   @id', '  name      String', '  createdAt DateTime @default(now())', '}'].join('\n'),
    },
  },
  check() {},
};

/** The engine's own rules, in alphabetical order. */
export const builtinRules: Rule[] = [banUnusedSuppression, requireSuppressionReason];
