/**
 * The Incorrect / Correct examples on every rule's doc page are executed: the incorrect one must parse and report
 * the rule, the correct one must parse and report nothing of it. Tenant examples name their tenant key
 * `organizationId`, the way a project would configure `settings.tenantKey`.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../builtin-rules.js';
import { lint } from '../engine.js';
import { runRule } from './_testing.js';
import { rules } from './index.js';

const SETTINGS = { tenantKey: 'organizationId' };

describe('rule doc examples', () => {
  for (const rule of rules) {
    const { examples } = rule.meta;
    if (!examples) continue;
    describe(rule.meta.id, () => {
      it('the incorrect example reports the rule', () => {
        const reports = runRule(rule, examples.incorrect, {}, SETTINGS);
        expect(reports.filter((r) => r.ruleId === rule.meta.id).length).toBeGreaterThan(0);
      });
      it('the correct example reports nothing', () => {
        const reports = runRule(rule, examples.correct, {}, SETTINGS);
        expect(reports.map((r) => `${r.line}: ${r.message}`)).toEqual([]);
      });
    });
  }

  // The suppression rules judge the other rules' reports, so their examples run with every rule at its default.
  for (const rule of builtinRules) {
    const { examples } = rule.meta;
    if (!examples) continue;
    const own = (code: string) => {
      const result = lint({ text: code, config: { settings: SETTINGS } });
      expect(result.errors).toEqual([]);
      return result.reports.filter((r) => r.ruleId === rule.meta.id);
    };
    describe(rule.meta.id, () => {
      it('the incorrect example reports the rule', () => {
        expect(own(examples.incorrect).length).toBeGreaterThan(0);
      });
      it('the correct example does not report it', () => {
        expect(own(examples.correct).map((r) => `${r.line}: ${r.message}`)).toEqual([]);
      });
    });
  }

  it('every rule has examples', () => {
    expect([...rules, ...builtinRules].filter((r) => !r.meta.examples).map((r) => r.meta.id)).toEqual([]);
  });
});
