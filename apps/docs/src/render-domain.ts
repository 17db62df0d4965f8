// One page per domain (schema file): what the domain holds, its diagrams (SVG and Mermaid), and for every model
// its doc comment, scope, fields, relations with their ON DELETE behaviour, indexes and uniques, and the review
// findings that touched it; then the domain's enums with their values and lifecycle.
import type { Attribute, BlockNode, GraphField, GraphIndex, GraphModel, GraphRelation } from '@leadmetrics/rules';
import type { Changes } from './changes.js';
import type { DiagramPart } from './diagrams.js';
import type { Domain, DocsInput } from './load.js';
import { Linker } from './links.js';
import { cell, code, domainPagePath, enumHeading, GENERATED_NOTE, modelHeading, prose, relativeLink } from './markdown.js';
import { scopeLabel, scopeOf } from './scope.js';

/** A doc comment as Markdown: lines joined, blank `///` lines kept as paragraph breaks. */
function paragraphs(text: string | undefined): string {
  if (!text) return '';
  return text
    .split(/\n\s*\n/)
    .map((p) => prose(p))
    .filter(Boolean)
    .join('\n\n');
}

function fieldDoc(field: GraphField): string {
  return [field.node.doc, field.node.comment].filter(Boolean).map((t) => prose(t)).join(' ');
}

function attributeText(attribute: Attribute): string {
  const args = attribute.args.map((a) => (a.name ? `${a.name}: ${a.value}` : a.value)).join(', ');
  return `@${attribute.name}${attribute.args.length > 0 ? `(${args})` : ''}`;
}

function columnName(model: GraphModel, field: string): string {
  const node = model.fieldByName.get(field)?.node;
  const map = node?.attributes.find((a) => a.name === 'map');
  const value = map?.args[0]?.expr;
  return value?.kind === 'string' ? value.value : field;
}

/** The constraint or index name in the database: the explicit `map`/`name`, else Prisma's default. */
export function databaseName(model: GraphModel, index: GraphIndex): string {
  if (index.name) return index.name;
  if (index.kind === 'id') return `${model.dbName}_pkey`;
  const columns = index.fields.map((f) => columnName(model, f)).join('_');
  return `${model.dbName}_${columns}_${index.kind === 'unique' ? 'key' : 'idx'}`;
}

function onDelete(relation: GraphRelation): string {
  if (relation.onDelete) return relation.onDelete;
  return `${relation.field.optional ? 'SetNull' : 'Restrict'} (Prisma's default)`;
}

function onUpdate(relation: GraphRelation): string {
  return relation.onUpdate ?? "Cascade (Prisma's default)";
}

function scopeText(model: GraphModel, input: DocsInput, link: Linker): string {
  const scope = scopeOf(model, input.graph);
  switch (scope.kind) {
    case 'tenant-root':
      return 'the tenant itself: every tenant-scoped row points at it and is deleted with it';
    case 'tenant-scoped': {
      const relation = scope.relation;
      if (!relation) return `tenant-scoped by ${code(scope.key)}, but no relation enforces it`;
      return `tenant-scoped: ${code(scope.key)} → ${link.model(relation.to.name)}, ON DELETE ${onDelete(relation)}`;
    }
    case 'tenant-owned':
      return `owned by a tenant through ${code(scope.via.fields.join(', '))} → ${link.model(scope.via.to.name)} (ON DELETE ${onDelete(scope.via)})`;
    case 'platform-wide':
      return 'platform-wide: shared by every tenant, not deleted with one';
  }
}

function modelSection(model: GraphModel, domain: Domain, input: DocsInput, changes: Changes, link: Linker): string[] {
  const lines: string[] = [`### ${modelHeading(model.name)}`, ''];
  const doc = paragraphs(model.node.doc ?? model.node.comment);
  lines.push(doc || '_No doc comment._', '');

  const facts: [string, string][] = [
    ['Table', code(model.dbName)],
    ['Owner', scopeText(model, input, link)],
    ['Declared in', link.repo(domain.file, `${domain.file.split('/').pop()} line ${model.node.pos.line}`, model.node.pos.line)],
  ];
  const touched = changes.byModel.get(model.name);
  for (const change of touched?.findings ?? []) {
    const { finding, folder } = change;
    const how = change.created.includes(model.name) ? 'created by' : 'changed by';
    const migration = folder ? ` → migration ${link.migration(folder.name)}` : ' (no migration folder yet)';
    facts.push(['Review', `${how} ${link.finding(finding.id)} (${finding.severity}): ${cell(finding.title)}${migration}`]);
  }
  for (const change of touched?.infrastructure ?? []) {
    const how = change.created.includes(model.name) ? 'created by' : 'changed by';
    facts.push(['Migration', `${how} ${link.migration(change.folder.name)} (${cell(change.folder.frontMatter?.title)})`]);
  }
  lines.push('| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '');

  const scalars = model.fields.filter((f) => !f.isRelation);
  lines.push('**Fields**', '', '| Field | Type | Presence | Default | Attributes | Doc |', '| --- | --- | --- | --- | --- | --- |');
  for (const field of scalars) {
    const type = field.isEnum ? link.enumLink(field.type) : code(field.type);
    const presence = field.list ? 'list' : field.optional ? 'optional' : 'required';
    const defaultAttr = field.node.attributes.find((a) => a.name === 'default');
    const defaultText = defaultAttr ? code(defaultAttr.args.map((a) => a.value).join(', ')) : '';
    const others = field.node.attributes.filter((a) => a.name !== 'default').map((a) => code(attributeText(a)));
    lines.push(`| ${code(field.name)} | ${type} | ${presence} | ${cell(defaultText)} | ${cell(others.join(' '))} | ${cell(fieldDoc(field))} |`);
  }
  lines.push('');

  const owning = model.relations.filter((r) => r.fields.length > 0);
  if (owning.length > 0) {
    lines.push(
      '**References** (this model holds the key)',
      '',
      '| Field | To | Key | ON DELETE | ON UPDATE | Doc |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const relation of owning) {
      const key = `${relation.fields.map(code).join(', ')} → ${relation.references.map(code).join(', ')}`;
      lines.push(
        `| ${code(relation.field.name)} | ${link.model(relation.to.name)}${relation.field.optional ? ' (optional)' : ''} | ${key} | ${onDelete(relation)} | ${onUpdate(relation)} | ${cell(fieldDoc(relation.field))} |`,
      );
    }
    lines.push('');
  }

  const incoming = [...(model.referencedBy ?? [])];
  if (incoming.length > 0) {
    lines.push(
      '**Referenced by** (what happens to those rows when this one is deleted)',
      '',
      '| Model | Its key | ON DELETE | Field here |',
      '| --- | --- | --- | --- |',
    );
    for (const relation of incoming) {
      lines.push(
        `| ${link.model(relation.from.name)} | ${relation.fields.map(code).join(', ')} | ${onDelete(relation)} | ${relation.opposite ? code(relation.opposite.name) : ''} |`,
      );
    }
    lines.push('');
  }

  const relationFieldsWithoutKey = model.relations.filter((r) => r.fields.length === 0 && !r.opposite);
  if (relationFieldsWithoutKey.length > 0) {
    lines.push(`Relation fields without a resolved counterpart: ${relationFieldsWithoutKey.map((r) => code(r.field.name)).join(', ')}.`, '');
  }

  lines.push('**Indexes and uniques**', '');
  if (model.indexes.length === 0) {
    lines.push('None.', '');
  } else {
    lines.push('| Kind | Columns | Database name |', '| --- | --- | --- |');
    for (const index of model.indexes) {
      const kind = index.kind === 'id' ? 'primary key' : index.kind === 'unique' ? 'unique' : 'index';
      lines.push(`| ${kind} | ${index.fields.map(code).join(', ')} | ${code(databaseName(model, index))} |`);
    }
    lines.push('');
  }
  return lines;
}

function enumSection(block: BlockNode, input: DocsInput, link: Linker): string[] {
  const lines: string[] = [`### ${enumHeading(block.name)}`, ''];
  lines.push(paragraphs(block.doc ?? block.comment) || '_No doc comment._', '');
  lines.push('| Value | Doc |', '| --- | --- |');
  for (const value of block.values) {
    lines.push(`| ${code(value.name)} | ${cell(prose([value.doc, value.comment].filter(Boolean).join(' ')))} |`);
  }
  lines.push('');
  const users = input.graph.models.flatMap((m) => m.fields.filter((f) => f.type === block.name).map((f) => ({ m, f })));
  if (users.length > 0) {
    lines.push(`Used by: ${users.map(({ m, f }) => `${link.model(m.name, `${m.name}.${f.name}`)}`).join(', ')}.`, '');
  }
  return lines;
}

export function renderDomainPage(domain: Domain, parts: DiagramPart[], input: DocsInput, changes: Changes): string {
  const page = domainPagePath(domain.name);
  const link = new Linker(input, page);
  const lines: string[] = [`# Domain \`${domain.name}\``, '', GENERATED_NOTE, ''];
  if (domain.intro) lines.push(paragraphs(domain.intro), '');
  lines.push(
    `${domain.models.length} models and ${domain.enums.length} enums, declared in ${link.repo(domain.file, domain.file)}. Back to the ${link.doc('index.md', 'domain map')}.`,
    '',
    '| Model | Owner | Table |',
    '| --- | --- | --- |',
  );
  for (const model of domain.models) {
    const scope = scopeLabel(scopeOf(model, input.graph));
    lines.push(`| ${link.model(model.name)} | ${scope} | ${code(model.dbName)} |`);
  }
  lines.push('');
  if (domain.enums.length > 0) lines.push(`Enums: ${domain.enums.map((e) => link.enumLink(e.name)).join(', ')}.`, '');

  for (const part of parts) {
    lines.push(`## ${part.heading}`, '');
    if (part.count > 1) {
      lines.push(`Models: ${part.models.map((m) => link.model(m.name)).join(', ')}.`, '');
    }
    lines.push(
      `![Entity-relationship diagram of ${domain.name}${part.count > 1 ? `, part ${part.index}` : ''}](${relativeLink(page, part.svgPath)})`,
      '',
      'Boxes show keys, foreign keys, uniques and enum columns; the header colour says who owns the rows (dark: the tenant, blue: tenant-scoped, green: owned through a tenant-scoped parent, grey: platform-wide). Edge labels give the key and its ON DELETE action; dashed boxes stand for models drawn on another diagram.',
      '',
      '<details><summary>The same diagram as Mermaid</summary>',
      '',
      '```mermaid',
      part.mermaid.trimEnd(),
      '```',
      '',
      '</details>',
      '',
    );
  }

  lines.push('## Models', '');
  for (const model of domain.models) lines.push(...modelSection(model, domain, input, changes, link));
  if (domain.enums.length > 0) {
    lines.push('## Enums', '');
    for (const block of domain.enums) lines.push(...enumSection(block, input, link));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

