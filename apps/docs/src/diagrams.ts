// Entity-relationship diagrams per domain: Graphviz (dot, compiled to WebAssembly, so no system package) renders the
// SVG, and the same part is written as a Mermaid erDiagram block so code hosts draw it inline.
//
// Readability bounds: a diagram holds at most MAX_MODELS_PER_DIAGRAM models and renders at most MAX_WIDTH_PX wide
// (at 96 dpi). A larger domain is split into parts along its relations (neighbours stay together); a part that still
// renders too wide is split again. A relation to a model outside the part is drawn once per model and outside
// group as a dashed stub naming the other domain (or part), so a diagram never pulls in half the schema.
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { GraphField, GraphModel, GraphRelation, SchemaGraph } from '@leadmetrics/rules';
import type { Domain } from './load.js';
import { domainPagePath, modelAnchor, relativeLink, slug } from './markdown.js';
import { scopeLabel, scopeOf, type Scope } from './scope.js';

export const MAX_MODELS_PER_DIAGRAM = 12;
export const MAX_WIDTH_PX = 2400;
/** Graphviz writes SVG sizes in points (1/72 in); resvg and browsers draw them at 96 px per inch. */
export const PX_PER_PT = 96 / 72;
/** Key fields beyond this many are summarised as "+N more fields" so a node stays short. */
const MAX_FIELD_ROWS = 10;
/**
 * Graphviz sizes boxes from its built-in metrics of this font. DejaVu Sans is among the widest common sans fonts, so
 * boxes fit whichever of the fallbacks in FONT_FAMILY a viewer ends up drawing with (Verdana is as wide, Helvetica
 * and Arial are narrower).
 */
const FONT = 'DejaVu Sans';
const FONT_FAMILY = 'DejaVu Sans,Verdana,Helvetica,Arial,sans-serif';

/** Runs dot and widens the SVG's font-family to the fallback list (Graphviz writes the single layout font). */
function renderSvg(graphviz: Graphviz, dot: string): string {
  return graphviz.dot(dot).split(`font-family="${FONT}"`).join(`font-family="${FONT_FAMILY}"`);
}

export interface DiagramPart {
  domain: Domain;
  /** 1-based; `count` parts in the domain. */
  index: number;
  count: number;
  models: GraphModel[];
  /** Path of the SVG relative to docs/. */
  svgPath: string;
  /** Heading of the part on the domain page (its anchor is linked from other parts' stubs). */
  heading: string;
  dot: string;
  mermaid: string;
  svg: string;
  widthPx: number;
  heightPx: number;
}

let graphvizPromise: Promise<Graphviz> | undefined;
export function loadGraphviz(): Promise<Graphviz> {
  graphvizPromise ??= Graphviz.load();
  return graphvizPromise;
}

/** Width and height in px of a Graphviz SVG (from its root `width="..pt" height="..pt"`). */
export function svgSizePx(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="([\d.]+)pt"[^>]*\sheight="([\d.]+)pt"/.exec(svg);
  if (!match) throw new Error('the SVG has no width/height in pt; was it produced by Graphviz?');
  return { width: Math.ceil(Number(match[1]) * PX_PER_PT), height: Math.ceil(Number(match[2]) * PX_PER_PT) };
}

// ---------------------------------------------------------------- partition

/** Owning relations (the side holding `fields`), where both ends are known models. */
function owningRelations(models: Iterable<GraphModel>): GraphRelation[] {
  const result: GraphRelation[] = [];
  for (const model of models) for (const relation of model.relations) if (relation.fields.length > 0) result.push(relation);
  return result;
}

/**
 * Orders a domain's models so related ones are adjacent: breadth-first along relations inside the domain, starting
 * from the first declared model not yet visited, neighbours in declaration order. Deterministic.
 */
export function relationOrder(models: GraphModel[]): GraphModel[] {
  const position = new Map(models.map((m, i) => [m, i]));
  const neighbours = new Map<GraphModel, Set<GraphModel>>(models.map((m) => [m, new Set()]));
  for (const relation of owningRelations(models)) {
    if (!position.has(relation.to) || relation.to === relation.from) continue;
    neighbours.get(relation.from)!.add(relation.to);
    neighbours.get(relation.to)!.add(relation.from);
  }
  const order: GraphModel[] = [];
  const visited = new Set<GraphModel>();
  for (const start of models) {
    if (visited.has(start)) continue;
    visited.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const model = queue.shift()!;
      order.push(model);
      const next = [...neighbours.get(model)!].filter((m) => !visited.has(m)).sort((a, b) => position.get(a)! - position.get(b)!);
      for (const m of next) {
        visited.add(m);
        queue.push(m);
      }
    }
  }
  return order;
}

/** Splits `models` into `parts` groups of near-equal size along `relationOrder`. */
export function partition(models: GraphModel[], parts: number): GraphModel[][] {
  const ordered = relationOrder(models);
  const size = Math.ceil(ordered.length / parts);
  const groups: GraphModel[][] = [];
  for (let i = 0; i < ordered.length; i += size) groups.push(ordered.slice(i, i + size));
  return groups;
}

// ---------------------------------------------------------------- shared reading of a part

interface Stub {
  id: string;
  title: string;
  /** Target of the stub's link, relative to docs/. */
  href: string;
  models: Set<string>;
}

interface PartEdge {
  /** The child (holds the key) and parent (is referenced); node ids. */
  child: string;
  parent: string;
  childOptional: boolean;
  parentOptional: boolean;
  /** The key is unique on the child: one child at most per parent. */
  oneToOne: boolean;
  label: string;
  external: boolean;
}

interface PartLayout {
  models: GraphModel[];
  stubs: Stub[];
  edges: PartEdge[];
}

function isUniqueKey(model: GraphModel, fields: string[]): boolean {
  return model.indexes.some(
    (index) => index.kind !== 'index' && index.fields.length === fields.length && index.fields.every((f, i) => f === fields[i]),
  );
}

function onDeleteOf(relation: GraphRelation): string {
  if (relation.onDelete) return relation.onDelete;
  // Prisma's defaults when the schema does not say.
  return relation.field.optional ? 'SetNull' : 'Restrict';
}

function edgeOf(relation: GraphRelation, child: string, parent: string, external: boolean): PartEdge {
  return {
    child,
    parent,
    childOptional: true,
    parentOptional: relation.field.optional,
    oneToOne: isUniqueKey(relation.from, relation.fields),
    label: `${relation.fields.join(', ')} (${onDeleteOf(relation)})`,
    external,
  };
}

/** Above this many outside groups referencing one model, they are drawn as a single summary stub. */
const MAX_INCOMING_GROUPS = 3;

interface ExternalRef {
  relation: GraphRelation;
  inner: GraphModel;
  outer: GraphModel;
  /** The model inside the part holds the key (the outside one is its parent). */
  innerIsChild: boolean;
}

function layoutOf(
  part: GraphModel[],
  groupOf: (model: GraphModel) => { key: string; title: string; href: string },
  hrefOfModel: (model: GraphModel) => string,
): PartLayout {
  const inside = new Set(part);
  const edges: PartEdge[] = [];
  const refs: ExternalRef[] = [];
  for (const model of part) {
    for (const relation of model.relations) {
      if (relation.fields.length === 0) continue;
      if (inside.has(relation.to)) edges.push(edgeOf(relation, model.name, relation.to.name, false));
      else refs.push({ relation, inner: model, outer: relation.to, innerIsChild: true });
    }
    for (const relation of model.referencedBy ?? []) {
      if (!inside.has(relation.from)) refs.push({ relation, inner: model, outer: relation.from, innerIsChild: false });
    }
  }

  // A model referenced from many outside groups (the tenant, the user) gets one summary stub instead of a stub per
  // group: the point is "everything hangs off this", and the domain pages list who.
  const incomingGroups = new Map<GraphModel, Set<string>>();
  for (const ref of refs) {
    if (ref.innerIsChild) continue;
    let groups = incomingGroups.get(ref.inner);
    if (!groups) incomingGroups.set(ref.inner, (groups = new Set()));
    groups.add(groupOf(ref.outer).key);
  }

  const stubs = new Map<string, Stub>();
  const grouped = new Map<string, { refs: ExternalRef[]; stub: Stub }>();
  for (const ref of refs) {
    const group = groupOf(ref.outer);
    const summarised = !ref.innerIsChild && incomingGroups.get(ref.inner)!.size > MAX_INCOMING_GROUPS;
    const key = summarised ? `refs_${ref.inner.name}` : group.key;
    let stub = stubs.get(key);
    if (!stub) {
      stub = summarised
        ? { id: `stub_${key}`, title: `${ref.inner.name} is referenced from`, href: hrefOfModel(ref.inner), models: new Set() }
        : { id: `stub_${key}`, title: group.title, href: group.href, models: new Set() };
      stubs.set(key, stub);
    }
    stub.models.add(summarised ? group.title : ref.outer.name);
    const edgeKey = `${ref.inner.name}\u0000${stub.id}\u0000${ref.innerIsChild}`;
    let entry = grouped.get(edgeKey);
    if (!entry) grouped.set(edgeKey, (entry = { refs: [], stub }));
    entry.refs.push(ref);
  }
  for (const { refs: group, stub } of grouped.values()) {
    const { inner, innerIsChild } = group[0]!;
    const child = innerIsChild ? inner.name : stub.id;
    const parent = innerIsChild ? stub.id : inner.name;
    edges.push(
      group.length === 1
        ? edgeOf(group[0]!.relation, child, parent, true)
        : { child, parent, childOptional: true, parentOptional: true, oneToOne: false, label: `${group.length} relations`, external: true },
    );
  }
  const sortedStubs = [...stubs.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { models: part, stubs: sortedStubs, edges };
}

/** Fields worth drawing: keys, foreign keys, uniques and enums (status and kind columns), in declaration order. */
function keyFields(model: GraphModel): { shown: { field: GraphField; keys: string[] }[]; hidden: number } {
  const idFields = new Set(model.indexes.filter((i) => i.kind === 'id').flatMap((i) => i.fields));
  const uniqueFields = new Set(model.indexes.filter((i) => i.kind === 'unique' && i.fields.length === 1).flatMap((i) => i.fields));
  const foreign = new Set(model.relations.flatMap((r) => r.fields));
  const scalars = model.fields.filter((f) => !f.isRelation);
  const candidates = scalars
    .map((field) => {
      const keys: string[] = [];
      if (idFields.has(field.name)) keys.push('PK');
      if (foreign.has(field.name)) keys.push('FK');
      if (uniqueFields.has(field.name)) keys.push('UK');
      return { field, keys };
    })
    .filter(({ field, keys }) => keys.length > 0 || (field.isEnum && !field.list));
  const shown = candidates.slice(0, MAX_FIELD_ROWS);
  return { shown, hidden: scalars.length - shown.length };
}

// ---------------------------------------------------------------- DOT

const HEADER_COLOURS: Record<Scope['kind'], { bg: string; fg: string }> = {
  'tenant-root': { bg: '#1f4e79', fg: '#ffffff' },
  'tenant-scoped': { bg: '#d6e4f0', fg: '#000000' },
  'tenant-owned': { bg: '#e2efda', fg: '#000000' },
  'platform-wide': { bg: '#ededed', fg: '#000000' },
};

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function typeText(field: GraphField): string {
  return `${field.type}${field.list ? '[]' : ''}${field.optional ? '?' : ''}`;
}

function nodeLabel(model: GraphModel, graph: SchemaGraph): string {
  const scope = scopeOf(model, graph);
  const colour = HEADER_COLOURS[scope.kind];
  const { shown, hidden } = keyFields(model);
  const rows = [
    `<tr><td colspan="3" bgcolor="${colour.bg}"><font color="${colour.fg}"><b>${html(model.name)}</b><br/><font point-size="8">${html(scopeLabel(scope))}</font></font></td></tr>`,
  ];
  for (const { field, keys } of shown) {
    rows.push(
      `<tr><td align="left">${html(field.name)}</td><td align="left">${html(typeText(field))}</td><td align="left">${html(keys.join(' '))}</td></tr>`,
    );
  }
  if (hidden > 0) rows.push(`<tr><td colspan="3" align="left"><i>+${hidden} more field${hidden === 1 ? '' : 's'}</i></td></tr>`);
  return `<<table border="0" cellborder="1" cellspacing="0" cellpadding="3">${rows.join('')}</table>>`;
}

function stubLabel(stub: Stub): string {
  const names = [...stub.models].sort();
  const listed = names.slice(0, 4);
  const lines = [stub.title, ...listed];
  if (names.length > listed.length) lines.push(`+${names.length - listed.length} more`);
  return lines.join('\n');
}

function arrowFor(edge: PartEdge): { tail: string; head: string } {
  // Crow's foot: the child end says how many children a parent has, the parent end whether the key may be empty.
  return {
    tail: edge.oneToOne ? 'teeodot' : 'crowodot',
    head: edge.parentOptional ? 'teeodot' : 'teetee',
  };
}

export function toDot(name: string, layout: PartLayout, graph: SchemaGraph, svgPath: string, hrefOfModel: (m: GraphModel) => string): string {
  const lines = [
    `digraph ${dotString(name)} {`,
    `  graph [rankdir=RL, fontname="${FONT}", fontsize=10, nodesep=0.25, ranksep=0.7, pad=0.2, bgcolor="#ffffff"];`,
    `  node [shape=plaintext, fontname="${FONT}", fontsize=10];`,
    `  edge [fontname="${FONT}", fontsize=8, color="#555555", fontcolor="#333333", arrowsize=0.8];`,
  ];
  for (const model of layout.models) {
    lines.push(`  ${dotString(model.name)} [label=${nodeLabel(model, graph)}, URL=${dotString(relativeLink(svgPath, hrefOfModel(model)))}, tooltip=${dotString(model.name)}];`);
  }
  for (const stub of layout.stubs) {
    lines.push(
      `  ${dotString(stub.id)} [shape=box, style="dashed,rounded", color="#888888", fontcolor="#444444", label=${dotString(stubLabel(stub))}, URL=${dotString(relativeLink(svgPath, stub.href))}];`,
    );
  }
  for (const edge of layout.edges) {
    const { tail, head } = arrowFor(edge);
    const style = edge.external ? ', style=dashed' : '';
    lines.push(`  ${dotString(edge.child)} -> ${dotString(edge.parent)} [dir=both, arrowtail=${tail}, arrowhead=${head}, label=${dotString(edge.label)}${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- Mermaid

function mermaidEntity(id: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(id) ? id : `"${id.replace(/"/g, "'")}"`;
}

export function toMermaid(layout: PartLayout): string {
  const lines = ['erDiagram'];
  const stubNames = new Map(layout.stubs.map((s) => [s.id, s.title]));
  const nameOf = (id: string) => mermaidEntity(stubNames.get(id) ?? id);
  for (const model of layout.models) {
    const { shown } = keyFields(model);
    if (shown.length === 0) {
      lines.push(`  ${model.name}`); // an entity without attributes is declared by its name alone
      continue;
    }
    lines.push(`  ${model.name} {`);
    for (const { field, keys } of shown) {
      lines.push(`    ${field.type}${field.list ? '[]' : ''} ${field.name}${keys.length > 0 ? ` ${keys.join(', ')}` : ''}${field.optional ? ' "optional"' : ''}`);
    }
    lines.push('  }');
  }
  for (const edge of layout.edges) {
    const childEnd = edge.oneToOne ? '|o' : '}o';
    const parentEnd = edge.parentOptional ? 'o|' : '||';
    const line = edge.external ? '..' : '--';
    lines.push(`  ${nameOf(edge.child)} ${childEnd}${line}${parentEnd} ${nameOf(edge.parent)} : "${edge.label.replace(/"/g, "'")}"`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- per domain

export interface DiagramContext {
  graph: SchemaGraph;
  domainOfModel: Map<string, Domain>;
}

function partHeading(domain: Domain, index: number, count: number): string {
  return count === 1 ? `Diagram` : `Diagram part ${index} of ${count}`;
}

/** Renders a domain's diagrams, splitting until every part has at most the allowed models and width. */
export async function domainDiagrams(domain: Domain, context: DiagramContext): Promise<DiagramPart[]> {
  const graphviz = await loadGraphviz();
  const total = domain.models.length;
  if (total === 0) return [];
  let count = Math.max(1, Math.ceil(total / MAX_MODELS_PER_DIAGRAM));
  for (;;) {
    const groups = partition(domain.models, count);
    const actualCount = groups.length;
    const partOf = new Map<string, number>();
    groups.forEach((group, i) => group.forEach((m) => partOf.set(m.name, i + 1)));
    const parts: DiagramPart[] = groups.map((models, i) => {
      const index = i + 1;
      const svgPath = actualCount === 1 ? `diagrams/${domain.name}.svg` : `diagrams/${domain.name}-${index}.svg`;
      const hrefOfModel = (model: GraphModel) => `${domainPagePath(context.domainOfModel.get(model.name)!.name)}#${modelAnchor(model.name)}`;
      const layout = layoutOf(models, (other) => {
        const otherDomain = context.domainOfModel.get(other.name)!;
        if (otherDomain !== domain) {
          return { key: otherDomain.name, title: `${otherDomain.name} domain`, href: domainPagePath(otherDomain.name) };
        }
        const otherPart = partOf.get(other.name)!;
        return {
          key: `${domain.name}_part_${otherPart}`,
          title: `${domain.name} part ${otherPart}`,
          href: `${domainPagePath(domain.name)}#${slug(partHeading(domain, otherPart, actualCount))}`,
        };
      }, hrefOfModel);
      const name = actualCount === 1 ? domain.name : `${domain.name}-${index}`;
      const dot = toDot(name, layout, context.graph, svgPath, hrefOfModel);
      const svg = renderSvg(graphviz, dot);
      const { width, height } = svgSizePx(svg);
      return {
        domain,
        index,
        count: actualCount,
        models,
        svgPath,
        heading: partHeading(domain, index, actualCount),
        dot,
        mermaid: toMermaid(layout),
        svg,
        widthPx: width,
        heightPx: height,
      };
    });
    const tooWide = parts.some((p) => p.widthPx > MAX_WIDTH_PX);
    if (!tooWide || count >= total) {
      if (tooWide) {
        const wide = parts.filter((p) => p.widthPx > MAX_WIDTH_PX).map((p) => `${p.svgPath} (${p.widthPx}px)`);
        throw new Error(`cannot draw ${wide.join(', ')} within ${MAX_WIDTH_PX}px even with one model per diagram; shorten its labels`);
      }
      return parts;
    }
    count += 1;
  }
}

// ---------------------------------------------------------------- domain overview

/** One node per domain, one edge per pair of domains joined by relations (child domain -> parent domain). */
export async function overviewDiagram(domains: Domain[], context: DiagramContext): Promise<{ dot: string; svg: string; mermaid: string; widthPx: number; heightPx: number }> {
  const graphviz = await loadGraphviz();
  const counts = new Map<string, number>();
  for (const domain of domains) {
    for (const relation of owningRelations(domain.models)) {
      const parent = context.domainOfModel.get(relation.to.name);
      if (!parent || parent === domain) continue;
      const key = `${domain.name}\u0000${parent.name}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const edges = [...counts.entries()].map(([key, n]) => ({ child: key.split('\u0000')[0]!, parent: key.split('\u0000')[1]!, n })).sort((a, b) => (a.child + a.parent < b.child + b.parent ? -1 : 1));
  const svgPath = 'diagrams/domains.svg';
  const lines = [
    'digraph "domains" {',
    `  graph [rankdir=RL, fontname="${FONT}", fontsize=10, nodesep=0.3, ranksep=0.9, pad=0.2, bgcolor="#ffffff"];`,
    `  node [shape=box, style="rounded,filled", fillcolor="#d6e4f0", color="#1f4e79", fontname="${FONT}", fontsize=11];`,
    `  edge [fontname="${FONT}", fontsize=8, color="#777777", fontcolor="#333333", arrowsize=0.7];`,
  ];
  for (const domain of domains) {
    lines.push(`  ${dotString(domain.name)} [label=${dotString(`${domain.name}\n${domain.models.length} models`)}, URL=${dotString(relativeLink(svgPath, domainPagePath(domain.name)))}];`);
  }
  for (const edge of edges) lines.push(`  ${dotString(edge.child)} -> ${dotString(edge.parent)} [label=${dotString(String(edge.n))}];`);
  lines.push('}');
  const dot = `${lines.join('\n')}\n`;
  const svg = renderSvg(graphviz, dot);
  const { width, height } = svgSizePx(svg);
  const mermaid = [
    'flowchart RL',
    ...domains.map((d) => `  ${d.name}["${d.name} (${d.models.length} models)"]`),
    ...edges.map((e) => `  ${e.child} -- ${e.n} --> ${e.parent}`),
  ].join('\n');
  return { dot, svg, mermaid: `${mermaid}\n`, widthPx: width, heightPx: height };
}

