// docs/rules.md: the rule catalog, built from each rule's metadata. Each rule's section is the rules package's own
// page (packages/rules/src/docs.ts `renderRuleDoc`), nested one heading level down with its links re-based, so the
// two never say different things.
import { renderRuleDoc, END_OF_GENERATED, type RuleMeta } from '@leadmetrics/rules';
import type { DocsInput } from './load.js';
import { Linker } from './links.js';
import { cell, code, GENERATED_NOTE, slug } from './markdown.js';

const RULES_PACKAGE = 'packages/rules';

/** The package's page for one rule, made to sit inside docs/rules.md. */
export function embedRulePage(meta: RuleMeta): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of renderRuleDoc(meta).split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced) {
      if (line === END_OF_GENERATED || /^<!-- Generated from .* -->$/.test(line)) continue;
      if (line.startsWith('#')) {
        out.push(`#${line}`);
        continue;
      }
      // Links in the package page are relative to packages/rules/docs/rules/; from docs/ they go through the package.
      out.push(line.replace(/\]\(\.\.\/\.\.\//g, `](../${RULES_PACKAGE}/`));
      continue;
    }
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function renderRules(input: DocsInput): string {
  const link = new Linker(input, 'rules.md');
  const findingsOf = new Map<string, number[]>();
  for (const finding of input.findings) {
    for (const id of finding.rules) findingsOf.set(id, [...(findingsOf.get(id) ?? []), finding.id]);
  }
  const lines: string[] = [
    '# Rule catalog',
    '',
    GENERATED_NOTE,
    '',
    `${input.rules.length} rules of ${link.repo(RULES_PACKAGE, '`@leadmetrics/rules`')}, run by \`pnpm lint:schema\`. Levels and options go in \`lint-schema.config.json\`; see the package ${link.repo(`${RULES_PACKAGE}/README.md`, 'README')}. The rules are generic: none of them names a model of this schema.`,
    '',
    '| Rule | Default severity | What it catches | Review findings |',
    '| --- | --- | --- | --- |',
  ];
  for (const { meta } of input.rules) {
    const findings = (findingsOf.get(meta.id) ?? []).map((id) => link.finding(id, String(id))).join(', ');
    lines.push(`| [${code(meta.id)}](#${slug(meta.id)}) | ${meta.defaultSeverity} | ${cell(meta.description)} | ${findings} |`);
  }
  lines.push('');
  for (const { meta } of input.rules) {
    lines.push(embedRulePage(meta), '');
    const findings = findingsOf.get(meta.id) ?? [];
    if (findings.length > 0) {
      lines.push(`Found in the legacy schema by the review: ${findings.map((id) => link.finding(id)).join(', ')}.`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
