// `pnpm docs:check` as a test: docs/ must be exactly what the generator produces from today's sources. Then the
// promises of the reference, checked against the sources themselves (not against the generator's own output):
// every model is linked from docs/index.md to a section that exists, every migration folder has a catalog row,
// every finding has a page showing its legacy line, every rule has a section, and no link points nowhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraph, loadSchemaFiles, rules as registeredRules } from '@leadmetrics/rules';
import { loadFindingsCatalog } from '@leadmetrics/db';
import { listMigrationFolders } from '@leadmetrics/db/migrations';
import { correctedSchemaDir, legacySchemaFile, migrationsDir } from '@leadmetrics/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDiff, diffDocs, isClean } from './check.js';
import { generateDocs, type GeneratedDocs } from './generate.js';
import { docsDir, repoRoot } from './paths.js';

let generated: GeneratedDocs;
beforeAll(async () => {
  generated = await generateDocs();
});

const page = (file: string) => {
  const text = generated.files.get(file);
  if (text === undefined) throw new Error(`docs/${file} is not generated`);
  return text;
};

/** GitHub's heading anchors, computed here independently of the generator. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Markdown links `[text](target)` outside code blocks. */
function linksOf(markdown: string): string[] {
  const links: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) links.push(match[1]!);
  }
  return links;
}

describe('pnpm docs:check', () => {
  it('docs/ matches what the sources generate (run `pnpm docs:generate` and commit when this fails)', () => {
    const diff = diffDocs(generated.files, docsDir);
    expect(isClean(diff), describeDiff(diff, 'docs').join('\n')).toBe(true);
  });

  it('finds the sources in agreement (no warnings: every README parses, catalog and front matter agree)', () => {
    expect(generated.warnings.join('\n')).toBe('');
  });

  it('generates the same bytes twice', async () => {
    const again = await generateDocs();
    expect([...again.files.keys()]).toEqual([...generated.files.keys()]);
    for (const [file, content] of again.files) expect(content === generated.files.get(file), file).toBe(true);
  });
});

describe('the domain map', () => {
  const graph = buildGraph(loadSchemaFiles([correctedSchemaDir]));

  it('links every model of the corrected schema to a section that exists (two clicks from docs/index.md)', () => {
    const index = page('index.md');
    const missing: string[] = [];
    for (const model of graph.models) {
      const domain = path.basename(model.node.pos.file, '.prisma');
      const target = `domains/${domain}.md#model-${model.name.toLowerCase()}`;
      if (!index.includes(`[${model.name}](${target})`)) missing.push(`${model.name}: no link to ${target}`);
      else if (!anchorsOf(page(`domains/${domain}.md`)).has(`model-${model.name.toLowerCase()}`)) missing.push(`${model.name}: no section in ${domain}.md`);
    }
    expect(missing.join("\n")).toBe("");
    expect(graph.models.length).toBeGreaterThan(0);
  });

  it('has a page per schema file that declares models', () => {
    const domains = [...new Set(graph.models.map((m) => path.basename(m.node.pos.file, '.prisma')))].sort();
    const pages = [...generated.files.keys()].filter((f) => f.startsWith('domains/')).map((f) => path.basename(f, '.md')).sort();
    expect(pages).toEqual(domains);
  });

  it('lists every enum value of the schema on the page of its domain', () => {
    for (const file of loadSchemaFiles([correctedSchemaDir])) {
      for (const block of file.blocks.filter((b) => b.kind === 'enum')) {
        const text = page(`domains/${path.basename(file.file, '.prisma')}.md`);
        expect(text, block.name).toContain(`### Enum \`${block.name}\``);
        for (const value of block.values) expect(text, `${block.name}.${value.name}`).toContain(`| \`${value.name}\` |`);
      }
    }
  });
});

describe('the catalogs', () => {
  it('has one row per migration folder on disk', () => {
    const text = page('migrations.md');
    const table = text.slice(0, text.indexOf('## Cherry-picking'));
    for (const folder of listMigrationFolders(migrationsDir)) {
      expect(table.split('\n').filter((line) => line.startsWith(`| [\`${folder}\`]`)), folder).toHaveLength(1);
    }
  });

  it('has a section per rule of the registry', () => {
    const anchors = anchorsOf(page('rules.md'));
    for (const rule of registeredRules) expect(anchors.has(rule.meta.id), rule.meta.id).toBe(true);
  });

  it("has a before/after page per finding showing the legacy schema's line it cites", () => {
    const legacyLines = readFileSync(legacySchemaFile, 'utf8').split(/\r?\n/);
    for (const finding of loadFindingsCatalog().findings) {
      const text = page(`findings/${finding.id}.md`);
      expect(text).toContain(`# Finding ${finding.id}:`);
      if (finding.legacyLine) {
        const cited = legacyLines[finding.legacyLine - 1]!.trimEnd();
        expect(text, `finding ${finding.id}: legacy line ${finding.legacyLine}`).toContain(`${cited}  // <- line ${finding.legacyLine}`);
      }
    }
  });
});

describe('links', () => {
  it('every relative link of every page points at a generated page (and heading) or a file of the repository', () => {
    const broken: string[] = [];
    for (const [file, text] of generated.files) {
      if (!file.endsWith('.md')) continue;
      for (const link of linksOf(text)) {
        if (/^[a-z]+:/.test(link)) continue;
        const [target, anchor] = link.split('#') as [string, string | undefined];
        const resolved = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
        if (!resolved.startsWith('..')) {
          const content = generated.files.get(resolved);
          if (content === undefined) broken.push(`${file}: ${link} (no docs/${resolved})`);
          else if (anchor && resolved.endsWith('.md') && !anchorsOf(content).has(anchor)) broken.push(`${file}: ${link} (no heading #${anchor})`);
          continue;
        }
        const inRepo = path.join(repoRoot, 'docs', resolved);
        if (!existsSync(inRepo)) broken.push(`${file}: ${link} (no ${path.relative(repoRoot, inRepo)})`);
      }
    }
    expect(broken.join("\n")).toBe("");
  });
});
