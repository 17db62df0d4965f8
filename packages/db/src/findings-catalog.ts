// Typed access to catalog/findings.json: the project's single list of the review's findings
// (where each sits in the legacy schema, which rule finds it, which migration fixes it, which
// seeded anomalies that migration must resolve). Read it through here rather than importing the
// JSON directly, so every consumer gets the same shape checks and the same error messages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const findingsCatalogFile = fileURLToPath(new URL('../catalog/findings.json', import.meta.url));

export type FindingSeverity = 'high' | 'medium' | 'low';

/** A place in the legacy schema: a model, or one field of it. */
export interface SchemaAnchor {
  model: string;
  field?: string;
}

export interface Finding {
  id: number;
  severity: FindingSeverity;
  title: string;
  models: string[];
  fields: string[];
  anchor: SchemaAnchor;
  /** 1-based line of `anchor` in prisma/legacy/schema.prisma (the field's line, else the `model X {` line). */
  legacyLine: number | null;
  /** Line the review cites for this finding, when it cites one line. */
  reviewLine?: number;
  /** Inclusive line range the review cites, when it cites a range. */
  reviewLines?: [number, number];
  /** Second place the finding is about (finding 17: the look-alike model). */
  relatedAnchor?: SchemaAnchor;
  relatedLegacyLine?: number | null;
  relatedReviewLine?: number;
  fix: string;
  rules: string[];
  migration: string | null;
  anomalies: string[];
}

export interface FindingsCatalog {
  findings: Finding[];
}

const SEVERITIES: readonly string[] = ['high', 'medium', 'low'];

function fail(message: string): never {
  throw new Error(`${findingsCatalogFile}: ${message}`);
}

function checkAnchor(where: string, value: unknown): asserts value is SchemaAnchor {
  const anchor = value as Partial<SchemaAnchor> | null;
  if (!anchor || typeof anchor.model !== 'string' || (anchor.field !== undefined && typeof anchor.field !== 'string')) {
    fail(`${where} must be { "model": string, "field"?: string }`);
  }
}

function isLine(value: unknown): boolean {
  return value === null || (Number.isInteger(value) && (value as number) > 0);
}

/**
 * Reads and shape-checks catalog/findings.json. Throws with the file name and the offending
 * finding when an entry is malformed, so a bad edit fails loudly instead of skewing a check.
 */
export function loadFindingsCatalog(file: string = findingsCatalogFile): FindingsCatalog {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read the findings catalog: ${(error as Error).message}`);
  }
  const findings = (raw as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) fail('expected a top-level "findings" array');
  const seen = new Set<number>();
  for (const entry of findings as Finding[]) {
    const where = `finding ${JSON.stringify(entry?.id)}`;
    if (!Number.isInteger(entry.id)) fail(`${where}: "id" must be an integer`);
    if (seen.has(entry.id)) fail(`${where}: duplicate id`);
    seen.add(entry.id);
    if (!SEVERITIES.includes(entry.severity)) fail(`${where}: "severity" must be one of ${SEVERITIES.join(', ')}`);
    checkAnchor(`${where}: "anchor"`, entry.anchor);
    if (!isLine(entry.legacyLine)) fail(`${where}: "legacyLine" must be a positive integer or null`);
    if (entry.reviewLine !== undefined && !isLine(entry.reviewLine)) fail(`${where}: "reviewLine" must be a positive integer`);
    if (entry.reviewLines !== undefined) {
      const [from, to] = entry.reviewLines;
      if (entry.reviewLines.length !== 2 || !isLine(from) || !isLine(to) || from > to) {
        fail(`${where}: "reviewLines" must be [from, to] with from <= to`);
      }
    }
    if (entry.relatedAnchor !== undefined) checkAnchor(`${where}: "relatedAnchor"`, entry.relatedAnchor);
    if (entry.relatedLegacyLine !== undefined && !isLine(entry.relatedLegacyLine)) {
      fail(`${where}: "relatedLegacyLine" must be a positive integer or null`);
    }
    for (const key of ['models', 'fields', 'rules', 'anomalies'] as const) {
      if (!Array.isArray(entry[key])) fail(`${where}: "${key}" must be an array`);
    }
  }
  return { findings: findings as Finding[] };
}
