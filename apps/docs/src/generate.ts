// Generates the whole of docs/ in memory: path (relative to docs/) -> content. Nothing here reads the clock or the
// machine, and every list is in a fixed order, so the same sources always give the same bytes; that is what makes
// `pnpm docs:check` meaningful.
import { computeChanges } from './changes.js';
import { domainDiagrams, overviewDiagram, type DiagramPart } from './diagrams.js';
import { defaultSources, loadDocsInput, type DocsSources } from './load.js';
import { renderDomainPage } from './render-domain.js';
import { renderFindingPages } from './render-findings.js';
import { renderIndex } from './render-index.js';
import { renderMigrations } from './render-migrations.js';
import { renderRules } from './render-rules.js';
import { domainPagePath } from './markdown.js';

export interface GeneratedDocs {
  files: Map<string, string>;
  /** Every diagram part, for the tests that look at the pictures. */
  diagrams: DiagramPart[];
  /** Non-fatal problems with the sources (a migration README missing, a catalog name that resolves to nothing). */
  warnings: string[];
}

/** Called before each domain's diagrams are drawn, the slow part of a run. */
export type DocsProgress = (domain: string, index: number, total: number) => void;

export async function generateDocs(sources: DocsSources = defaultSources(), onProgress?: DocsProgress): Promise<GeneratedDocs> {
  const input = loadDocsInput(sources);
  const changes = computeChanges(input);
  const files = new Map<string, string>();
  const diagrams: DiagramPart[] = [];

  for (const [index, domain] of input.domains.entries()) {
    onProgress?.(domain.name, index + 1, input.domains.length);
    // A turn of the event loop between diagrams: the work is synchronous otherwise, and Ctrl-C would wait for all of
    // it (then find the files written and the command ended with 0).
    await new Promise((resolve) => setImmediate(resolve));
    const parts = await domainDiagrams(domain, input);
    diagrams.push(...parts);
    for (const part of parts) files.set(part.svgPath, part.svg);
    files.set(domainPagePath(domain.name), renderDomainPage(domain, parts, input, changes));
  }
  const overview = await overviewDiagram(input.domains, input);
  files.set('diagrams/domains.svg', overview.svg);
  files.set('index.md', renderIndex(input, changes, overview));
  files.set('migrations.md', renderMigrations(input, changes));
  files.set('rules.md', renderRules(input));
  for (const [path, page] of renderFindingPages(input, changes)) files.set(path, page);

  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { files: sorted, diagrams, warnings: [...input.warnings] };
}
