/**
 * How rules word what they report. A rule that reads its finding from the structure (a relation, an index, a
 * missing field) states it as a fact; a rule that guesses from names, comments or similar models says that something
 * "looks like" the problem, so a reader knows to check before changing the schema. Heuristics never run at error
 * level, so an error-level message never hedges.
 */
import { describe, expect, it } from 'vitest';
import { rules } from './index.js';

/** Warning- or info-level rules whose finding is certain from the structure alone, with why. */
const CERTAIN_FROM_STRUCTURE: Record<string, string> = {
  'ban-redundant-index': 'an index whose columns lead a unique or primary key is redundant by definition',
  'require-model-doc': 'a model has a /// comment or it does not',
};

const HEDGE = /\blooks? like\b/;

describe('rule messages', () => {
  for (const rule of rules) {
    const { id, defaultSeverity, messages = {} } = rule.meta;
    const templates = Object.entries(messages);
    it(`${id}: ${defaultSeverity === 'error' || id in CERTAIN_FROM_STRUCTURE ? 'states facts' : 'says what only looks like a problem'}`, () => {
      expect(templates.length).toBeGreaterThan(0);
      for (const [messageId, template] of templates) {
        const hedged = HEDGE.test(template);
        const certain = defaultSeverity === 'error' || id in CERTAIN_FROM_STRUCTURE;
        expect(hedged, `${id}.${messageId}: ${template}`).toBe(!certain);
      }
    });
  }

  it('lists only rules that exist and are not at error level as certain', () => {
    for (const id of Object.keys(CERTAIN_FROM_STRUCTURE)) {
      const rule = rules.find((r) => r.meta.id === id);
      expect(rule, id).toBeDefined();
      expect(rule!.meta.defaultSeverity).not.toBe('error');
    }
  });
});
