/**
 * Writes the generated rule docs: `docs/rules/<id>.md` for every rule and `RULES.md`
 * (`pnpm --filter @leadmetrics/rules docs`). Also lists rule files and pages for the docs test.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinRules } from './builtin-rules.js';
import { docPagePath, renderCatalog, renderRulePage } from './docs.js';
import { rules as registeredRules } from './rules/index.js';
import type { Rule } from './types.js';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every rule that gets a page: the registry and the engine's suppression rules. */
export function documentedRules(): Rule[] {
  return [...registeredRules, ...builtinRules];
}

/** Writes every rule page and RULES.md; returns the paths written (relative to the package). */
export function writeDocs(root = PACKAGE_ROOT): string[] {
  const written: string[] = [];
  mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
  for (const rule of documentedRules()) {
    const path = join(root, docPagePath(rule.meta.id));
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const page = renderRulePage(rule.meta, existing);
    if (page !== existing) {
      writeFileSync(path, page);
      written.push(docPagePath(rule.meta.id));
    }
  }
  const catalog = renderCatalog(documentedRules());
  const catalogPath = join(root, 'RULES.md');
  if (!existsSync(catalogPath) || readFileSync(catalogPath, 'utf8') !== catalog) {
    writeFileSync(catalogPath, catalog);
    written.push('RULES.md');
  }
  return written;
}

/** Rule files in src/rules (one rule each), excluding helpers (`_x.ts`), tests and the registry. */
export function ruleFiles(root = PACKAGE_ROOT): string[] {
  return readdirSync(join(root, 'src', 'rules'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('_') && name !== 'index.ts')
    .map((name) => name.slice(0, -3))
    .sort();
}

/** Doc pages present under docs/rules. */
export function docPages(root = PACKAGE_ROOT): string[] {
  const dir = join(root, 'docs', 'rules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
}

/** Imports a rule file and returns its default export (what the registry imports). */
export async function importRuleFile(id: string, root = PACKAGE_ROOT): Promise<Rule | undefined> {
  const module = (await import(pathToFileURL(join(root, 'src', 'rules', `${id}.ts`)).href)) as { default?: Rule };
  return module.default;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = writeDocs();
  process.stdout.write(written.length > 0 ? `Wrote ${written.join(', ')}\n` : 'Docs are up to date.\n');
}
