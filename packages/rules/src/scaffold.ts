/**
 * `pnpm --filter @leadmetrics/rules new-rule <id>`: creates a rule, its test, its doc page and its registry entry
 * together, so the four never drift apart. The id must start with ban-, require- or prefer- (squawk's vocabulary).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinRules } from './builtin-rules.js';
import { docPagePath, renderCatalog, renderRuleDoc } from './docs.js';
import type { Rule } from './types.js';

export const RULE_ID_PATTERN = /^(ban|require|prefer)-[a-z0-9]+(-[a-z0-9]+)*$/;

/** `require-created-at` -> `requireCreatedAt`: the name the registry imports the rule under. */
export function importName(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function ruleTemplate(id: string): string {
  const verb = id.startsWith('ban-') ? 'Disallow' : id.startsWith('require-') ? 'Require' : 'Prefer';
  return `import { defineRule } from './_define.js';

export default defineRule({
  meta: {
    id: '${id}',
    defaultSeverity: 'warning',
    description: '${verb} TODO: one sentence saying what the rule catches.',
    rationale: 'TODO: what the problem costs (data lost, rows leaking between tenants, slow queries...).',
    help: 'TODO: one imperative line saying how to fix it.',
    messages: {
      todo: '"{{model}}" TODO: what is wrong and what it costs (a guess from names or comments says it "looks like" the problem).',
    },
    examples: {
      incorrect: \`model Example {
  id String @id
}\`,
      correct: \`model Example {
  id String @id
}\`,
    },
  },
  // Options: \`options: { name: option.strings('what it does', ['default']) }\` (see _define.ts), read as context.options.name.
  model(model, context) {
    // TODO: reason about the graph; never name a model of a particular schema.
    if (model.fields.length > 0) return;
    context.report({ model, messageId: 'todo', data: { model: model.name } });
  },
});
`;
}

export function testTemplate(id: string): string {
  return `import rule from './${id}.js';
import { ruleTester } from './_testing.js';

ruleTester(rule, {
  valid: [
    {
      name: 'TODO: a schema the rule accepts',
      code: \`model Example {
  id String @id
}\`,
    },
  ],
  invalid: [
    // TODO: { name, code, errors: [{ at: 'text the report points at', messageId: 'todo' }] }
  ],
});
`;
}

/** The registry with `ids` imported and listed in alphabetical order. */
export function registryTemplate(ids: string[]): string {
  const sorted = [...new Set(ids)].sort();
  return `/**
 * Every rule, in alphabetical order of id. The engine runs them in this order; docs and config read ids from here.
 */
import type { Rule } from '../types.js';
${sorted.map((id) => `import ${importName(id)} from './${id}.js';`).join('\n')}

export const rules: Rule[] = [
${sorted.map((id) => `  ${importName(id)},`).join('\n')}
];
`;
}

/** Rule ids the registry imports today. */
export function registeredIds(registry: string): string[] {
  return [...registry.matchAll(/^import \w+ from '\.\/([a-z0-9-]+)\.js';$/gm)].map((m) => m[1]);
}

export async function scaffold(id: string, root: string): Promise<string[]> {
  if (!RULE_ID_PATTERN.test(id)) {
    throw new Error(`"${id}" is not a rule id: use kebab-case starting with ban-, require- or prefer- (e.g. require-created-at)`);
  }
  const rulePath = join(root, 'src', 'rules', `${id}.ts`);
  const testPath = join(root, 'src', 'rules', `${id}.test.ts`);
  const registryPath = join(root, 'src', 'rules', 'index.ts');
  for (const path of [rulePath, testPath]) {
    if (existsSync(path)) throw new Error(`${path} already exists; pick another id or edit the existing rule`);
  }
  const registry = readFileSync(registryPath, 'utf8');
  writeFileSync(rulePath, ruleTemplate(id));
  writeFileSync(testPath, testTemplate(id));
  writeFileSync(registryPath, registryTemplate([...registeredIds(registry), id]));
  // The registry of `root` is imported only now, so it includes the new rule.
  const { rules } = (await import(pathToFileURL(registryPath).href)) as { rules: Rule[] };
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`${registryPath} does not export the new rule; check the registry`);
  mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
  writeFileSync(join(root, docPagePath(id)), renderRuleDoc(rule.meta));
  writeFileSync(join(root, 'RULES.md'), renderCatalog([...rules, ...builtinRules]));
  return [`src/rules/${id}.ts`, `src/rules/${id}.test.ts`, 'src/rules/index.ts', docPagePath(id), 'RULES.md'];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const id = process.argv[2];
  if (!id || id === '--help' || id === '-h') {
    process.stdout.write(
      'Usage: pnpm --filter @leadmetrics/rules new-rule <rule-id>\nCreates the rule, its test, its doc page and its registry entry.\n',
    );
    process.exitCode = id ? 0 : 2;
  } else {
    const root = fileURLToPath(new URL('..', import.meta.url));
    scaffold(id, root).then(
      (files) => process.stdout.write(`Created ${files.join(', ')}\nNext: fill in the TODOs, then run the rule's test.\n`),
      (error: Error) => {
        process.stderr.write(`new-rule: ${error.message}\n`);
        process.exitCode = 2;
      },
    );
  }
}
