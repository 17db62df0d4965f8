// Keeps the reconstructed legacy schema and the findings catalog in step: the file has the shape
// the review describes (122 models, about 3,480 lines), and every finding's legacyLine really is
// the line of its anchor and sits where the review says (within 3 lines, or inside the cited range).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFindingsCatalog, type SchemaAnchor } from './findings-catalog.js';

const legacyFile = fileURLToPath(new URL('../prisma/legacy/schema.prisma', import.meta.url));
const lines = readFileSync(legacyFile, 'utf8').replace(/\n$/, '').split('\n');
const catalog = loadFindingsCatalog();

/** model name -> { line of `model X {`, field name -> line }, all 1-based. */
function scanModels(text: string[]): Map<string, { line: number; fields: Map<string, number> }> {
  const models = new Map<string, { line: number; fields: Map<string, number> }>();
  let current: { line: number; fields: Map<string, number> } | undefined;
  text.forEach((raw, index) => {
    const open = /^model\s+(\w+)\s*\{/.exec(raw);
    if (open) {
      current = { line: index + 1, fields: new Map() };
      models.set(open[1]!, current);
      return;
    }
    if (/^\}/.test(raw)) {
      current = undefined;
      return;
    }
    const field = /^\s+([A-Za-z_]\w*)\s+\S/.exec(raw);
    if (current && field && !current.fields.has(field[1]!)) current.fields.set(field[1]!, index + 1);
  });
  return models;
}

const models = scanModels(lines);

function anchorLine(anchor: SchemaAnchor): number | undefined {
  const model = models.get(anchor.model);
  if (!model) return undefined;
  return anchor.field === undefined ? model.line : model.fields.get(anchor.field);
}

const describeAnchor = (a: SchemaAnchor) => (a.field ? `${a.model}.${a.field}` : `model ${a.model}`);

describe('legacy schema shape', () => {
  it('has exactly 122 models', () => {
    expect(models.size).toBe(122);
    expect(lines.filter((l) => /^model\s+\w+\s*\{/.test(l))).toHaveLength(122);
  });

  it('is between 3,430 and 3,530 lines long', () => {
    expect(lines.length).toBeGreaterThanOrEqual(3430);
    expect(lines.length).toBeLessThanOrEqual(3530);
  });
});

describe.each(catalog.findings.map((f) => [f.id, f] as const))('finding %i', (_id, finding) => {
  it(`legacyLine is the line of ${describeAnchor(finding.anchor)}`, () => {
    const actual = anchorLine(finding.anchor);
    expect(actual, `${describeAnchor(finding.anchor)} not found in prisma/legacy/schema.prisma`).toBeDefined();
    expect(finding.legacyLine, `catalog/findings.json finding ${finding.id}: set legacyLine to ${actual}`).toBe(actual);
  });

  if (finding.reviewLine !== undefined) {
    it(`sits within 3 lines of the review's line ${finding.reviewLine}`, () => {
      expect(Math.abs(finding.legacyLine! - finding.reviewLine!)).toBeLessThanOrEqual(3);
    });
  }

  if (finding.reviewLines !== undefined) {
    const [from, to] = finding.reviewLines;
    it(`sits inside the review's range ${from}-${to}`, () => {
      expect(finding.legacyLine).toBeGreaterThanOrEqual(from);
      expect(finding.legacyLine).toBeLessThanOrEqual(to);
    });
  }

  if (finding.relatedAnchor !== undefined) {
    const related = finding.relatedAnchor;
    it(`relatedLegacyLine is the line of ${describeAnchor(related)}`, () => {
      const actual = anchorLine(related);
      expect(actual, `${describeAnchor(related)} not found in prisma/legacy/schema.prisma`).toBeDefined();
      expect(finding.relatedLegacyLine).toBe(actual);
      if (finding.relatedReviewLine !== undefined) {
        expect(Math.abs(actual! - finding.relatedReviewLine)).toBeLessThanOrEqual(3);
      }
    });
  }
});

describe('ranges the review cites cover the whole model', () => {
  // For these findings the review cites the span of the model itself, so its closing brace
  // must fall inside the range too.
  const spanned = catalog.findings.filter((f) => f.reviewLines !== undefined && f.anchor.field === undefined);
  it.each(spanned.map((f) => [f.anchor.model, f.reviewLines!] as const))('%s ends inside %j', (model, [, to]) => {
    const start = models.get(model)!.line;
    const end = lines.findIndex((l, i) => i >= start && /^\}/.test(l)) + 1;
    expect(end).toBeLessThanOrEqual(to);
  });
});
