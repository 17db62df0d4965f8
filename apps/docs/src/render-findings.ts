// docs/findings/<id>.md: one page per finding of the review. The legacy excerpt at the line the catalog cites sits
// beside the corrected declarations of the models (and enums) the finding is about, followed by the rule that
// detects it and the migration that moves existing data across.
import type { Finding } from '@leadmetrics/db';
import type { Changes, FindingChange } from './changes.js';
import type { DocsInput } from './load.js';
import { Linker } from './links.js';
import { code, findingPagePath, GENERATED_NOTE, slug } from './markdown.js';
import { enumSnippet, legacySnippets, modelSnippet, type Snippet } from './snippets.js';

const MAX_AFTER_MODELS = 5;

/** Models shown on the "after" side: the anchor first, then the catalog's models and fields, then created tables. */
function afterModels(finding: Finding, change: FindingChange, input: DocsInput): string[] {
  const mapped = (name: string) => (input.graph.modelByName.has(name) ? name : change.renamed.get(name));
  const names = [
    finding.anchor.model,
    ...(finding.relatedAnchor ? [finding.relatedAnchor.model] : []),
    ...finding.models,
    ...finding.fields.map((f) => f.split('.')[0]!),
  ]
    .filter((n) => n !== '*')
    .map(mapped)
    .filter((n): n is string => n !== undefined);
  return [...new Set([...names, ...change.created])].slice(0, MAX_AFTER_MODELS);
}

/** Fields of `model` worth showing when its declaration is long. */
function focusFields(model: string, finding: Finding, change: FindingChange, shown: Set<string>, input: DocsInput): Set<string> {
  const focus = new Set<string>();
  const legacyNames = new Set([model, ...[...change.renamed].filter(([, now]) => now === model).map(([before]) => before)]);
  for (const field of finding.fields) {
    const [owner, name] = field.split('.');
    if (owner && name && legacyNames.has(owner)) focus.add(name);
  }
  if (finding.anchor.field && legacyNames.has(finding.anchor.model)) focus.add(finding.anchor.field);
  const graphModel = input.graph.modelByName.get(model)!;
  for (const relation of graphModel.relations) {
    if (relation.to !== graphModel && shown.has(relation.to.name)) {
      focus.add(relation.field.name);
      for (const key of relation.fields) focus.add(key);
    }
  }
  return focus;
}

/** The table of facts at the top of a finding's page: severity, rule, legacy line, migration, anomalies, models. */
function factRows(finding: Finding, change: FindingChange, input: DocsInput, link: Linker): string[] {
  const facts: [string, string][] = [['Severity', finding.severity]];
  facts.push(['Detected by', finding.rules.map((id) => link.doc('rules.md', code(id), slug(id))).join(', ') || 'no rule']);
  if (finding.legacyLine) {
    facts.push(['Legacy schema', link.repo(input.legacy.file, `${input.legacy.file.split('/').pop()} line ${finding.legacyLine}`, finding.legacyLine)]);
  }
  const folder = change.folder;
  if (folder) {
    const fm = folder.frontMatter;
    facts.push(['Migration', `${link.migration(folder.name, code(folder.name))}${fm ? ` (${fm.risk})` : ''}`]);
    if (fm) {
      facts.push(['Locks', fm.locks]);
      facts.push(['Rollback', fm.rollback]);
    }
  } else {
    facts.push(['Migration', 'no folder yet']);
  }
  if (finding.anomalies.length > 0) facts.push(['Seeded anomalies it resolves', finding.anomalies.map(code).join(', ')]);
  if (change.models.length > 0) {
    const shown = change.models.slice(0, 12).map((m) => link.model(m)).join(', ');
    facts.push(['Models now', change.models.length > 12 ? `${shown} and ${change.models.length - 12} more (see the migration)` : shown]);
  }
  return ['| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), ''];
}

/** Before: the cited lines of the legacy schema. */
function beforeSnippets(finding: Finding, input: DocsInput): Snippet[] {
  const cited: number[] = [];
  const marks = new Map<number, string>();
  if (finding.legacyLine) {
    cited.push(finding.legacyLine);
    marks.set(finding.legacyLine, `line ${finding.legacyLine}`);
  }
  // The review's cited range can reach a neighbouring model (finding 5 spans two); show where it starts and ends.
  if (finding.reviewLines) cited.push(...finding.reviewLines);
  if (finding.relatedLegacyLine) {
    cited.push(finding.relatedLegacyLine);
    marks.set(finding.relatedLegacyLine, `line ${finding.relatedLegacyLine}`);
  }
  return legacySnippets(input.legacy.ast, input.legacy.lines, cited, marks);
}

interface AfterPart {
  title: string;
  snippet: Snippet;
}

/** After: the corrected declarations of the finding's models, then of the enums its fields now use. */
function afterParts(finding: Finding, change: FindingChange, input: DocsInput, link: Linker): AfterPart[] {
  const names = afterModels(finding, change, input);
  const shown = new Set(names);
  const parts: AfterPart[] = [];
  for (const name of names) {
    const model = input.graph.modelByName.get(name)!;
    const domain = input.domainOfModel.get(name)!;
    const snippet = modelSnippet(model, input.schemaLines.get(domain.file)!, focusFields(name, finding, change, shown, input));
    parts.push({ title: `${link.model(name)} in ${link.repo(domain.file, domain.file.split('/').pop()!, snippet.from, snippet.to)}`, snippet });
  }
  const enums = new Set<string>();
  for (const field of finding.fields) {
    const [owner, fieldName] = field.split('.');
    const model = owner ? input.graph.modelByName.get(owner) ?? input.graph.modelByName.get(change.renamed.get(owner) ?? '') : undefined;
    const type = model?.fieldByName.get(fieldName ?? '')?.type;
    if (type && input.graph.enums.has(type)) enums.add(type);
  }
  for (const name of enums) {
    const block = input.graph.enums.get(name)!;
    const domain = input.domainOfEnum.get(name)!;
    const snippet = enumSnippet(block, input.schemaLines.get(domain.file)!);
    parts.push({ title: `${link.enumLink(name)} in ${link.repo(domain.file, domain.file.split('/').pop()!, snippet.from, snippet.to)}`, snippet });
  }
  return parts;
}

/** The "Before and after" section: legacy excerpts and corrected declarations side by side. */
function beforeAndAfter(before: Snippet[], after: AfterPart[], input: DocsInput, link: Linker): string[] {
  const lines = ['## Before and after', ''];
  if (before.length === 0 && after.length === 0) {
    lines.push('Nothing to show: the catalog gives no legacy line and no corrected model.', '');
    return lines;
  }
  lines.push('<table>', '<tr><th>Before: legacy schema</th><th>After: corrected schema</th></tr>', '<tr>');
  if (before.length === 0) {
    lines.push('<td valign="top">', '', 'The catalog gives no legacy line.', '', '</td>');
  } else {
    lines.push('<td valign="top">', '');
    for (const snippet of before) {
      const title = link.repo(input.legacy.file, `schema.prisma lines ${snippet.from}-${snippet.to}`, snippet.from, snippet.to);
      lines.push(title, '', '```prisma', snippet.text, '```', '');
    }
    lines.push('</td>');
  }
  if (after.length === 0) {
    lines.push('<td valign="top">', '', 'The models of this finding are gone from the corrected schema.', '', '</td>');
  } else {
    lines.push('<td valign="top">', '');
    for (const part of after) lines.push(part.title, '', '```prisma', part.snippet.text, '```', '');
    lines.push('</td>');
  }
  lines.push('</tr>', '</table>', '');
  return lines;
}

export function renderFindingPage(finding: Finding, input: DocsInput, changes: Changes): string {
  const page = findingPagePath(finding.id);
  const link = new Linker(input, page);
  const change = changes.byFinding.get(finding.id)!;
  const lines: string[] = [`# Finding ${finding.id}: ${finding.title}`, '', GENERATED_NOTE, ''];
  lines.push(...factRows(finding, change, input, link));
  lines.push('**The fix.** ' + finding.fix, '');
  const before = beforeSnippets(finding, input);
  const after = afterParts(finding, change, input, link);
  lines.push(...beforeAndAfter(before, after, input, link));
  lines.push(`Back to the ${link.doc('index.md', 'review findings', 'review-findings')}.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderFindingPages(input: DocsInput, changes: Changes): Map<string, string> {
  const pages = new Map<string, string>();
  for (const finding of input.findings) pages.set(findingPagePath(finding.id), renderFindingPage(finding, input, changes));
  return pages;
}
