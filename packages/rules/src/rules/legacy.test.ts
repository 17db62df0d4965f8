/**
 * The rules against the reviewed (legacy) schema: with the configuration beside it they must report every finding of
 * our catalog at its model and line, with the catalog's severity, and nothing else. That configuration only raises
 * a guessing rule (warning by default, since heuristics never run at error level) to the level the review gives its
 * finding; with the default configuration every finding is still reported, at the rule's own level. Expectations
 * come from the catalog (packages/db/catalog/findings.json) and from the schema itself, never from a copy of the
 * linter's output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../config.js';
import { lint } from '../engine.js';
import type { Report, Severity } from '../types.js';
import { rules } from './index.js';

// Fixtures owned by @leadmetrics/db, read as files so this package does not depend on that one.
const LEGACY_SCHEMA = fileURLToPath(new URL('../../../db/prisma/legacy/schema.prisma', import.meta.url));
const LEGACY_CONFIG = fileURLToPath(new URL('../../../db/prisma/legacy/lint-schema.config.json', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../../db/catalog/findings.json', import.meta.url));

interface Anchor {
  model: string;
  field?: string;
}

interface Finding {
  id: number;
  severity: 'high' | 'medium' | 'low';
  title: string;
  models: string[];
  anchor: Anchor;
  legacyLine: number | null;
  relatedAnchor?: Anchor;
  relatedLegacyLine?: number | null;
  rules: string[];
}

const LEVEL: Record<Finding['severity'], Severity> = { high: 'error', medium: 'warning', low: 'info' };
/** How far a report may sit from the line the catalog gives (the review's lines are approximate). */
const LINE_TOLERANCE = 3;

const findings: Finding[] = (JSON.parse(readFileSync(CATALOG, 'utf8')) as { findings: Finding[] }).findings;
const legacyText = readFileSync(LEGACY_SCHEMA, 'utf8');
const result = lint({ text: legacyText, file: 'schema.prisma', config: loadConfigFile(LEGACY_CONFIG, rules) });
const withDefaults = lint({ text: legacyText, file: 'schema.prisma', config: {} });
const graph = result.graph;

function describeReport(r: Report): string {
  return `${r.line}:${r.column} ${r.ruleId} [${r.model ?? ''}${r.field ? `.${r.field}` : ''}] ${r.message}`;
}

/** Lines of a model's block in the legacy schema, from its `model` line to its closing brace. */
function blockOf(model: string): { start: number; end: number } {
  const node = graph?.modelByName.get(model)?.node;
  if (!node) throw new Error(`the legacy schema has no model "${model}" although the catalog anchors a finding on it`);
  return { start: node.pos.line, end: node.endLine };
}

/**
 * A report sits at a finding's anchor when it is on the anchor model and, for a field anchor, within the tolerance
 * of the catalog's line; for a model anchor (the review cites the model, or a range of its lines) anywhere in that
 * model's block, whose first line must itself match the catalog's line.
 */
function atAnchor(r: Report, f: Finding): boolean {
  if (r.model !== f.anchor.model || f.legacyLine === null) return false;
  if (f.anchor.field) return Math.abs(r.line - f.legacyLine) <= LINE_TOLERANCE;
  const block = blockOf(f.anchor.model);
  return Math.abs(block.start - f.legacyLine) <= LINE_TOLERANCE && r.line >= block.start && r.line <= block.end;
}

describe('lint of the legacy schema with the configuration beside it', () => {
  it('raises only rules that are below error level by default', () => {
    const raised = Object.keys(loadConfigFile(LEGACY_CONFIG, rules).rules ?? {});
    expect(raised.length).toBeGreaterThan(0);
    for (const id of raised) expect(rules.find((r) => r.meta.id === id)!.meta.defaultSeverity, id).not.toBe('error');
  });

  it('parses and finds the tenant', () => {
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(graph?.tenantModel).toBeDefined();
  });

  it('every catalog finding names at least one known rule', () => {
    const known = new Set(rules.map((r) => r.meta.id));
    for (const f of findings) {
      expect(f.rules.length, `finding ${f.id} lists no rule`).toBeGreaterThan(0);
      for (const id of f.rules) expect(known.has(id), `finding ${f.id} lists unknown rule "${id}"`).toBe(true);
    }
  });

  for (const f of findings) {
    it(`finding ${f.id} is reported at ${f.anchor.model}${f.anchor.field ? `.${f.anchor.field}` : ''} (line ${f.legacyLine}) as ${LEVEL[f.severity]}`, () => {
      expect(f.legacyLine, `finding ${f.id} has no legacyLine in the catalog`).not.toBeNull();
      const own = result.reports.filter((r) => f.rules.includes(r.ruleId));
      const hit = own.find((r) => atAnchor(r, f));
      expect(
        hit,
        `no report of ${f.rules.join(', ')} at the anchor; reports of those rules:\n${own.map(describeReport).join('\n')}`,
      ).toBeDefined();
      expect(hit!.severity).toBe(LEVEL[f.severity]);
      if (f.relatedAnchor) {
        // A pair finding names its other model, and where it is.
        expect(hit!.message).toContain(`"${f.relatedAnchor.model}"`);
        if (f.relatedLegacyLine) expect(hit!.message).toMatch(new RegExp(`line (${range(f.relatedLegacyLine).join('|')})\\b`));
      }
    });
  }

  it('reports nothing that is not a catalog finding, at the catalog severity', () => {
    const strays = result.reports.filter(
      (r) =>
        !findings.some(
          (f) =>
            f.rules.includes(r.ruleId) &&
            (f.models.includes('*') || (r.model !== undefined && f.models.includes(r.model))) &&
            r.severity === LEVEL[f.severity],
        ),
    );
    expect(strays.map(describeReport)).toEqual([]);
  });
});

describe('lint of the legacy schema with the default configuration, as a stranger runs it', () => {
  for (const f of findings) {
    it(`finding ${f.id} is still reported at its anchor`, () => {
      expect(withDefaults.reports.some((r) => f.rules.includes(r.ruleId) && atAnchor(r, f))).toBe(true);
    });
  }
});

function range(line: number): number[] {
  const lines: number[] = [];
  for (let l = line - LINE_TOLERANCE; l <= line + LINE_TOLERANCE; l++) lines.push(l);
  return lines;
}
