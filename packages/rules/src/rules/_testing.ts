/**
 * A small rule tester in the spirit of ESLint's RuleTester: `valid` snippets must produce no report, `invalid`
 * snippets exactly the listed reports. Expected positions are given as `at`, a piece of the snippet whose first
 * character is where the report must point, so the expected line and column come from the snippet itself.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../engine.js';
import type { LintConfig } from '../config.js';
import type { Report, Rule } from '../types.js';

export interface ValidCase {
  name: string;
  code: string;
  options?: Record<string, unknown>;
  /**
   * Graph settings. Snippets are too small for tenant detection (it wants several models sharing one key), so the
   * tester names the tenant key `tenantId` unless a case says otherwise; the legacy test covers detection.
   */
  settings?: LintConfig['settings'];
}

export interface ExpectedReport {
  /** Text of the snippet the report points at (its first character); `occurrence` picks the n-th match (1-based). */
  at: string;
  occurrence?: number;
  /** The id of the rule's message template the report must use (rules written with defineRule). */
  messageId?: string;
  /** A fragment (string) or pattern the message must contain; at least one of messageId and message is given. */
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

/** Runs one rule on a snippet through the real engine (parser, strict graph, reports) and returns its reports. */
export function runRule(
  rule: Rule,
  code: string,
  options: Record<string, unknown> = {},
  settings: LintConfig['settings'] = { tenantKey: 'tenantId' },
): Report[] {
  const level = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
  // Snippets are fragments of a schema (a relation without its back-relation field): names must resolve, but
  // Prisma's checks beyond names are not what a rule test is about.
  const result = lint({
    text: code,
    rules: [rule],
    semanticChecks: false,
    config: { rules: { [rule.meta.id]: [level, options] }, settings },
  });
  if (result.errors.length > 0) throw result.errors[0];
  return result.reports;
}

/** 1-based line and column of the n-th occurrence of `text` in `code`. */
export function positionOf(code: string, text: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`test snippet has no occurrence ${occurrence} of ${JSON.stringify(text)}`);
  }
  const before = code.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column };
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(runRule(rule, c.code, c.options, c.settings)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const reports = runRule(rule, c.code, c.options, c.settings);
          const expected = c.errors
            .map((e) => ({ ...positionOf(c.code, e.at, e.occurrence), message: e.message, messageId: e.messageId }))
            .sort((a, b) => a.line - b.line || a.column - b.column);
          expect(reports.map((r) => ({ ruleId: r.ruleId, line: r.line, column: r.column }))).toEqual(
            expected.map((e) => ({ ruleId: rule.meta.id, line: e.line, column: e.column })),
          );
          reports.forEach((r, i) => {
            const { message: fragment, messageId } = expected[i];
            if (rule.meta.messages && messageId === undefined) throw new Error(`case "${c.name}": name the expected messageId`);
            if (fragment === undefined && messageId === undefined) throw new Error(`case "${c.name}": give messageId or message`);
            if (messageId !== undefined) expect(r.messageId).toBe(messageId);
            if (typeof fragment === 'string') expect(r.message).toContain(fragment);
            else if (fragment !== undefined) expect(r.message).toMatch(fragment);
            // A report may name what it knows (the tenant key, the columns) instead of the rule's generic help, but
            // never leaves a placeholder such as <tenant key> in it.
            expect(r.help).not.toMatch(/<[a-z][^>]*>/);
          });
        });
      }
    });
  });
}

/** A tenant model for snippets that need one; tests append their own models after it. */
export const TENANT = `model Tenant {
  id   String @id @default(cuid())
  name String
}
`;
