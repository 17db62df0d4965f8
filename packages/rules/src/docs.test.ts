/**
 * One string is the rule id, file name, config key and doc slug; the doc pages and RULES.md are generated from the
 * metadata and must not drift. On failure: `pnpm --filter @leadmetrics/rules docs` regenerates the docs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtin-rules.js';
import { docPagePath, generatedPart, renderCatalog, renderRuleDoc } from './docs.js';
import { PACKAGE_ROOT, docPages, documentedRules, importRuleFile, ruleFiles } from './write-docs.js';
import { rules } from './rules/index.js';
import { RULE_ID_PATTERN } from './scaffold.js';

const FIX = 'run `pnpm --filter @leadmetrics/rules docs` to regenerate it';

describe('rule ids', () => {
  it('every rule file is registered, and every registered rule has a file', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(ruleFiles());
  });

  it('the registry is in alphabetical order', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s: id equals its file name and follows the naming vocabulary', async (id, rule) => {
    expect(await importRuleFile(id)).toBe(rule);
    expect(id).toMatch(RULE_ID_PATTERN);
  });

  it.each(documentedRules().map((r) => [r.meta.id, r.meta] as const))('%s: metadata is complete', (_id, meta) => {
    expect(meta.description).toMatch(/^(Disallow|Require|Enforce|Prefer)\b/);
    expect(meta.rationale.trim().length).toBeGreaterThan(0);
    expect(meta.help.trim().length).toBeGreaterThan(0);
    for (const [name, spec] of Object.entries(meta.options ?? {})) {
      expect({ name, description: spec.description.trim().length > 0 }).toEqual({ name, description: true });
    }
  });

  it('no built-in rule id collides with a registered one', () => {
    const registered = new Set(rules.map((r) => r.meta.id));
    expect(builtinRules.filter((r) => registered.has(r.meta.id))).toEqual([]);
  });
});

describe('rule docs', () => {
  it.each(documentedRules().map((r) => [r.meta.id, r.meta] as const))('%s: has a page that agrees with its metadata', (id, meta) => {
    const path = join(PACKAGE_ROOT, docPagePath(id));
    expect(existsSync(path), `${docPagePath(id)} is missing: ${FIX}`).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(generatedPart(page), `${docPagePath(id)} disagrees with the rule's metadata: ${FIX}`).toBe(renderRuleDoc(meta));
  });

  it('has no page for a rule that does not exist', () => {
    expect(docPages()).toEqual(
      documentedRules()
        .map((r) => r.meta.id)
        .sort(),
    );
  });

  it('RULES.md is the catalog generated from the metadata', () => {
    const path = join(PACKAGE_ROOT, 'RULES.md');
    expect(existsSync(path), `RULES.md is missing: ${FIX}`).toBe(true);
    expect(readFileSync(path, 'utf8'), `RULES.md is out of date: ${FIX}`).toBe(renderCatalog(documentedRules()));
  });
});

describe('renderRuleDoc', () => {
  it('renders the metadata sections, escaping table cells', () => {
    const page = renderRuleDoc({
      id: 'ban-example',
      defaultSeverity: 'info',
      description: 'Disallow examples.',
      rationale: 'Because.',
      help: 'Remove it.',
      options: { pattern: { description: 'A regex like a|b.', default: ['^x|y$'] } },
      examples: { incorrect: 'model A {\n  id Int @id\n}', correct: 'model B {\n  id Int @id\n}' },
      whenNotToUse: 'When examples are fine.',
    });
    expect(page).toMatch(/^# ban-example\n/);
    expect(page).toContain('- Default severity: **info**');
    expect(page).toContain('## Why it matters\n\nBecause.');
    expect(page).toContain('## How to fix\n\nRemove it.');
    expect(page).toContain('| `pattern` | `["^x\\|y$"]` | A regex like a\\|b. |');
    expect(page).toContain('### Incorrect\n\n```prisma\nmodel A {');
    expect(page).toContain('## When not to use it\n\nWhen examples are fine.');
  });
});
