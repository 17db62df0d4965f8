import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderRuleDoc } from './docs.js';
import { registeredIds, scaffold } from './scaffold.js';
import type { Rule } from './types.js';

// The scaffold runs on a copy of src/, so the real registry and docs are never touched.
const SOURCE = fileURLToPath(new URL('.', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'lint-schema-scaffold-'));
cpSync(SOURCE, join(root, 'src'), { recursive: true, filter: (path) => !path.endsWith('.test.ts') });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('new-rule scaffold', () => {
  it('creates rule, test, doc page and registry entry together', async () => {
    const before = registeredIds(readFileSync(join(root, 'src', 'rules', 'index.ts'), 'utf8'));
    const created = await scaffold('prefer-zz-example', root);
    expect(created).toEqual([
      'src/rules/prefer-zz-example.ts',
      'src/rules/prefer-zz-example.test.ts',
      'src/rules/index.ts',
      'docs/rules/prefer-zz-example.md',
      'RULES.md',
    ]);
    for (const file of created) expect(existsSync(join(root, file)), file).toBe(true);

    const after = registeredIds(readFileSync(join(root, 'src', 'rules', 'index.ts'), 'utf8'));
    expect(after).toEqual([...before, 'prefer-zz-example'].sort());

    const rule = ((await import(join(root, 'src', 'rules', 'prefer-zz-example.ts'))) as { default: Rule }).default;
    expect(rule.meta.id).toBe('prefer-zz-example');
    expect(readFileSync(join(root, 'docs', 'rules', 'prefer-zz-example.md'), 'utf8')).toBe(renderRuleDoc(rule.meta));
    expect(readFileSync(join(root, 'RULES.md'), 'utf8')).toContain('[`prefer-zz-example`](docs/rules/prefer-zz-example.md)');
    expect(readFileSync(join(root, 'src', 'rules', 'prefer-zz-example.test.ts'), 'utf8')).toContain(
      "import rule from './prefer-zz-example.js';",
    );
  });

  it('refuses ids outside the vocabulary and ids that exist', async () => {
    await expect(scaffold('no-floats', root)).rejects.toThrow(/start(ing)? with ban-, require- or prefer-/);
    await expect(scaffold('Require-Thing', root)).rejects.toThrow(/not a rule id/);
    await expect(scaffold('prefer-zz-example', root)).rejects.toThrow(/already exists/);
  });
});
