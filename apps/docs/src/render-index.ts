// docs/index.md: the entry point. The domain map links every domain page and every model's section, so any model
// is one click from here (two from the repository's README); then the overview diagram, the models A to Z, the
// review's findings and the catalogs.
import type { Changes } from './changes.js';
import type { DocsInput } from './load.js';
import { Linker } from './links.js';
import { cell, GENERATED_NOTE, prose } from './markdown.js';

/** The first sentence of a domain's intro comment, for the map. */
function firstSentence(text: string): string {
  const flat = prose(text);
  const match = /^(.+?\.)(\s|$)/.exec(flat);
  return match ? match[1]! : flat;
}

export function renderIndex(input: DocsInput, changes: Changes, overview: { mermaid: string }): string {
  const link = new Linker(input, 'index.md');
  const modelCount = input.graph.models.length;
  const lines: string[] = [
    '# Leadmetrics schema reference',
    '',
    GENERATED_NOTE,
    '',
    `The corrected schema has ${modelCount} models in ${input.domains.length} domains, one schema file each. Start with the domain map below; every model name links straight to its section (fields, relations and what ON DELETE does, indexes, the review findings that changed it).`,
    '',
    `- ${link.doc('migrations.md', 'Migration catalog')}: one row per migration folder, what it changes, its risk, locks and rollback.`,
    `- ${link.doc('rules.md', 'Rule catalog')}: what each lint rule catches, why, and how to fix it.`,
    `- ${link.doc('index.md', 'Review findings', 'review-findings')}: each of the review's findings with its before/after page.`,
    `- ${link.repo('ONBOARDING.md', 'ONBOARDING.md')}: a 30-minute path through the repository.`,
    '',
    '## Domain map',
    '',
  ];
  for (const domain of input.domains) {
    const intro = domain.intro ? ` ${firstSentence(domain.intro)}` : '';
    lines.push(`### ${link.domain(domain.name)} (${domain.models.length} models)`, '', `${intro.trim()}`.trim(), '');
    lines.push(domain.models.map((m) => link.model(m.name)).join(' · '), '');
  }

  lines.push(
    '## How the domains depend on each other',
    '',
    'An arrow points from the domain that holds a key to the domain it references; its number counts the relations.',
    '',
    '![Domains and the relations between them](diagrams/domains.svg)',
    '',
    '<details><summary>The same diagram as Mermaid</summary>',
    '',
    '```mermaid',
    overview.mermaid.trimEnd(),
    '```',
    '',
    '</details>',
    '',
    '## Models A to Z',
    '',
  );
  const sorted = [...input.graph.models].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let letter = '';
  let row: string[] = [];
  const flush = () => {
    if (row.length > 0) lines.push(`**${letter}** ${row.join(' · ')}`, '');
    row = [];
  };
  for (const model of sorted) {
    const first = model.name[0]!.toUpperCase();
    if (first !== letter) {
      flush();
      letter = first;
    }
    row.push(`${link.model(model.name)} (${input.domainOfModel.get(model.name)!.name})`);
  }
  flush();

  lines.push('## Review findings', '', '| # | Severity | Finding | Models now | Migration |', '| --- | --- | --- | --- | --- |');
  for (const finding of input.findings) {
    const change = changes.byFinding.get(finding.id)!;
    const models = change.models.length > 8
      ? `${change.models.slice(0, 6).map((m) => link.model(m)).join(', ')} and ${change.models.length - 6} more`
      : change.models.map((m) => link.model(m)).join(', ');
    const migration = change.folder ? link.migration(change.folder.name) : '';
    lines.push(`| ${link.finding(finding.id, String(finding.id))} | ${finding.severity} | ${cell(finding.title)} | ${models} | ${migration} |`);
  }
  lines.push('');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
