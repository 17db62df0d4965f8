// Looks at the committed diagrams the way a reader would: every SVG in docs/diagrams is rendered to a PNG with
// resvg (no browser, no system package), which must come out non-empty and no wider than the readability bound.
// Then the splitting itself, on a synthetic domain far larger than any of ours.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { buildGraph, parseSchema, loadSchemaFiles } from '@leadmetrics/rules';
import { correctedSchemaDir } from '@leadmetrics/db';
import { describe, expect, it } from 'vitest';
import { domainDiagrams, MAX_MODELS_PER_DIAGRAM, MAX_WIDTH_PX } from './diagrams.js';
import type { Domain } from './load.js';
import { docsDir } from './paths.js';

const diagramsDir = path.join(docsDir, 'diagrams');
const svgFiles = readdirSync(diagramsDir).filter((f) => f.endsWith('.svg')).sort();

/** Share of pixels that are not (near) white: drawn boxes, lines and text. */
function inkRatio(rgba: Uint8Array | Buffer): number {
  let ink = 0;
  const pixels = rgba.length / 4;
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3]!;
    if (alpha > 0 && (rgba[i]! < 200 || rgba[i + 1]! < 200 || rgba[i + 2]! < 200)) ink++;
  }
  return ink / pixels;
}

describe('committed diagrams rendered to PNG', () => {
  it('exist for every domain of the corrected schema', () => {
    const domains = [...new Set(loadSchemaFiles([correctedSchemaDir]).filter((f) => f.blocks.some((b) => b.kind === 'model')).map((f) => path.basename(f.file, '.prisma')))];
    for (const domain of domains) {
      const parts = svgFiles.filter((f) => f === `${domain}.svg` || new RegExp(`^${domain}-\\d+\\.svg$`).test(f));
      expect(parts.length, `no diagram for domain ${domain}`).toBeGreaterThan(0);
    }
  });

  it.each(svgFiles)('%s renders, non-empty, at most %s px wide', (file) => {
    const svg = readFileSync(path.join(diagramsDir, file), 'utf8');
    // No system fonts: loading them costs a second per diagram and the test is about shapes and size.
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const png = image.asPng();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.width).toBeGreaterThan(0);
    expect(image.height).toBeGreaterThan(0);
    expect(image.width, `${file} is ${image.width}px wide`).toBeLessThanOrEqual(MAX_WIDTH_PX);
    // Boxes and edges cover a visible share of the picture; a blank or broken render covers none.
    expect(inkRatio(image.pixels)).toBeGreaterThan(0.005);
  });
});

describe('splitting a large domain', () => {
  // 30 models in one file: a chain of parents and children with a hub that everything references.
  const models = Array.from({ length: 30 }, (_, i) => i);
  const text = [
    'model Hub {\n  id String @id\n' + models.map((i) => `  m${i} Item${i}[]`).join('\n') + '\n}',
    ...models.map(
      (i) =>
        `model Item${i} {\n  id String @id\n  hubId String\n  hub Hub @relation(fields: [hubId], references: [id], onDelete: Cascade)\n` +
        (i > 0 ? `  parentId String?\n  parent Item${i - 1}? @relation(fields: [parentId], references: [id], onDelete: SetNull)\n` : '') +
        (i < 29 ? `  children Item${i + 1}[]\n` : '') +
        `  label String @unique\n}`,
    ),
  ].join('\n\n');
  const ast = parseSchema(text, 'big.prisma');
  const graph = buildGraph([ast]);
  const domain: Domain = { name: 'big', file: 'big.prisma', intro: '', models: graph.models, enums: [] };

  it(`keeps every part within ${MAX_MODELS_PER_DIAGRAM} models and ${MAX_WIDTH_PX}px, every model drawn once`, async () => {
    const parts = await domainDiagrams(domain, { graph, domainOfModel: new Map(graph.models.map((m) => [m.name, domain])) });
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(graph.models.length / MAX_MODELS_PER_DIAGRAM));
    for (const part of parts) {
      expect(part.models.length).toBeLessThanOrEqual(MAX_MODELS_PER_DIAGRAM);
      expect(part.widthPx).toBeLessThanOrEqual(MAX_WIDTH_PX);
      // The generator's width (rounded up) is what resvg draws, to the pixel.
      expect(Math.abs(new Resvg(part.svg, { font: { loadSystemFonts: false } }).render().width - part.widthPx)).toBeLessThanOrEqual(1);
    }
    const drawn = parts.flatMap((p) => p.models.map((m) => m.name)).sort();
    expect(drawn).toEqual(graph.models.map((m) => m.name).sort());
    // Relations that cross parts are drawn as stubs naming the other part, in both the SVG and the Mermaid block.
    expect(parts.some((p) => p.svg.includes('big part'))).toBe(true);
    expect(parts.some((p) => p.mermaid.includes('"big part'))).toBe(true);
  });
});
