/**
 * Rule documentation generated from the rules' own metadata, so that nothing is written twice:
 * - `docs/rules/<id>.md`: one page per rule (description, why, how to fix, options, examples). Notes written below
 *   the "end of generated part" marker are kept when a page is regenerated.
 * - `RULES.md`: the catalog table.
 *
 * `pnpm --filter @leadmetrics/rules docs` (src/write-docs.ts) rewrites both; `docs.test.ts` fails when they drift
 * from the metadata. This module only renders (it imports no rule), so the scaffold can use it before the registry
 * it renders is loaded.
 */
import { builtinRules } from './builtin-rules.js';
import type { Rule, RuleMeta } from './types.js';

export const END_OF_GENERATED = '<!-- end of generated part: notes below this line are kept when the page is regenerated -->';

/** Where a rule's code lives, relative to the package (registry rules have a file each). */
export function ruleSourcePath(id: string): string {
  return builtinRules.some((r) => r.meta.id === id) ? 'src/builtin-rules.ts' : `src/rules/${id}.ts`;
}

export function docPagePath(id: string): string {
  return `docs/rules/${id}.md`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(value: unknown): string {
  const text = JSON.stringify(value);
  // Backticks inside the value would end the code span early; a double-backtick span tolerates single ones.
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/**
 * What the rule prints, one template per message id (`{{name}}` is filled in per report). A reader sees here whether
 * the rule states a fact it reads from the structure or says that something only looks like the problem.
 */
function messageLines(meta: RuleMeta): string[] {
  const messages = Object.entries(meta.messages ?? {});
  if (messages.length === 0) return [];
  return ['## What it reports', '', ...messages.map(([id, template]) => `- \`${id}\`: ${template}`), ''];
}

/** The generated part of a rule's page (everything above END_OF_GENERATED). */
export function renderRuleDoc(meta: RuleMeta): string {
  const lines: string[] = [
    `# ${meta.id}`,
    '',
    `<!-- Generated from the metadata in ${ruleSourcePath(meta.id)} by \`pnpm --filter @leadmetrics/rules docs\`. Edit the rule, not this part. -->`,
    '',
    meta.description,
    '',
    `- Default severity: **${meta.defaultSeverity}**`,
    `- Config key: \`${meta.id}\``,
    `- Source: [${ruleSourcePath(meta.id)}](../../${ruleSourcePath(meta.id)})`,
    '',
    '## Why it matters',
    '',
    meta.rationale,
    '',
    '## How to fix',
    '',
    meta.help,
    '',
    ...messageLines(meta),
  ];
  const options = Object.entries(meta.options ?? {});
  lines.push('## Options', '');
  if (options.length === 0) {
    lines.push('This rule has no options.', '');
  } else {
    lines.push('| Option | Default | Description |', '| --- | --- | --- |');
    for (const [name, spec] of options) lines.push(`| \`${name}\` | ${cell(code(spec.default))} | ${cell(spec.description)} |`);
    lines.push('', 'Set them in `lint-schema.config.json`:', '', '```json');
    const example = Object.fromEntries(options.map(([name, spec]) => [name, spec.default]));
    const level = meta.defaultSeverity === 'off' ? 'warning' : meta.defaultSeverity;
    lines.push(JSON.stringify({ rules: { [meta.id]: [level, example] } }, null, 2), '```', '');
  }
  if (meta.examples) {
    lines.push(
      '## Examples',
      '',
      'Both examples are linted by the test suite (`src/rules/examples.test.ts`, with `settings.tenantKey` set to `organizationId`): the incorrect one reports this rule, the correct one does not.',
      '',
      '### Incorrect',
      '',
      '```prisma',
      meta.examples.incorrect.trimEnd(),
      '```',
      '',
      '### Correct',
      '',
      '```prisma',
      meta.examples.correct.trimEnd(),
      '```',
      '',
    );
  }
  if (meta.whenNotToUse) lines.push('## When not to use it', '', meta.whenNotToUse, '');
  lines.push(
    '## Suppressing it',
    '',
    `\`// lint-ignore ${meta.id}: <reason>\` on the line above the reported declaration, or at the end of its line.`,
    '',
  );
  return `${lines.join('\n')}\n${END_OF_GENERATED}\n`;
}

/** The page as it should be: the generated part, followed by whatever notes `existing` kept below the marker. */
export function renderRulePage(meta: RuleMeta, existing?: string): string {
  const generated = renderRuleDoc(meta);
  if (!existing) return generated;
  const at = existing.indexOf(END_OF_GENERATED);
  return at < 0 ? generated : generated + existing.slice(at + END_OF_GENERATED.length + 1);
}

/** The generated part of an existing page (up to and including the marker), or the whole page if it has none. */
export function generatedPart(page: string): string {
  const at = page.indexOf(END_OF_GENERATED);
  return at < 0 ? page : page.slice(0, at + END_OF_GENERATED.length + 1);
}

export function renderCatalog(rules: Rule[]): string {
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const lines = [
    '# Rules',
    '',
    "<!-- Generated from the rules' metadata by `pnpm --filter @leadmetrics/rules docs`. Do not edit. -->",
    '',
    `${sorted.length} rules. Levels and options are set in \`lint-schema.config.json\` (see [README.md](README.md)).`,
    '',
    '| Rule | Default | Description |',
    '| --- | --- | --- |',
  ];
  for (const { meta } of sorted) {
    lines.push(`| [\`${meta.id}\`](${docPagePath(meta.id)}) | ${meta.defaultSeverity} | ${cell(meta.description)} |`);
  }
  return `${lines.join('\n')}\n`;
}
