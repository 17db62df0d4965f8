// Step 1: lint the legacy schema with the configuration beside it (the rules' defaults, with one guessing rule
// raised to the level the review gives its finding). Every finding of the
// catalog must be reported by one of its rules on its anchor model, at its line (a field anchor:
// within LINE_TOLERANCE of the catalog's line; a model anchor: inside that model's block, whose
// first line is the catalog's line), at the catalog's severity; and no report may fall outside
// the catalog (a rule on a model the catalog does not list for it).
import type { Finding } from '@leadmetrics/db';
import type { Report, SchemaGraph } from '@leadmetrics/rules';
import type { Step } from '../runner.js';
import * as rules from '@leadmetrics/rules';
import { lintConfigFor } from '../lib/lint-config.js';
import { displayPath } from '../paths.js';
import type { Problem } from '../types.js';

/** How far a report may sit from the catalog's line: the review's line numbers are approximate. */
export const LINE_TOLERANCE = 3;

/** The catalog's severity is the lint level the finding's rule must report at. */
export const LEVEL_OF_SEVERITY: Record<string, string> = { high: 'error', medium: 'warning', low: 'info' };

export interface DetectedFinding {
  id: number;
  rules: string[];
  anchor: string;
  expectedLine: number | null;
  /** The report that sits at the anchor, if any. */
  rule: string | null;
  line: number | null;
  severity: string | null;
  ok: boolean;
}

export interface LintLegacyDetails {
  file: string;
  reports: number;
  findings: DetectedFinding[];
  strays: { ruleId: string; line: number; model: string | null; field: string | null; message: string }[];
}

const anchorText = (f: Finding) => `${f.anchor.model}${f.anchor.field ? `.${f.anchor.field}` : ''}`;

function atAnchor(report: Report, finding: Finding, graph: SchemaGraph): boolean {
  if (report.model !== finding.anchor.model || finding.legacyLine === null) return false;
  if (finding.anchor.field) return Math.abs(report.line - finding.legacyLine) <= LINE_TOLERANCE;
  const node = graph.modelByName.get(finding.anchor.model)?.node;
  if (!node) return false;
  return Math.abs(node.pos.line - finding.legacyLine) <= LINE_TOLERANCE && report.line >= node.pos.line && report.line <= node.endLine;
}

/** A report the catalog explains: one of a finding's rules, on one of that finding's models. */
export function explainedBy(report: Report, findings: readonly Finding[]): Finding | undefined {
  return findings.find(
    (f) => f.rules.includes(report.ruleId) && (f.models.includes('*') || (report.model !== undefined && f.models.includes(report.model))),
  );
}

/** What every finding is checked against: the lint run on the legacy schema. */
interface LintRun {
  reports: readonly Report[];
  graph: SchemaGraph;
  /** Ids of the rules packages/rules has. */
  known: ReadonlySet<string>;
  /** The legacy schema and the catalog, as reports name them. */
  where: string;
  catalogWhere: string;
}

/**
 * Whether the finding is reported by one of its rules at its anchor and at its severity; what is wrong (in the
 * catalog or in the reports) goes to `problems`.
 */
function detectFinding(f: Finding, run: LintRun, problems: Problem[]): DetectedFinding {
  const row: DetectedFinding = {
    id: f.id,
    rules: f.rules,
    anchor: anchorText(f),
    expectedLine: f.legacyLine,
    rule: null,
    line: null,
    severity: null,
    ok: false,
  };
  if (f.rules.length === 0) {
    problems.push({
      message: `finding ${f.id}: the catalog names no rule that detects it (its "rules" list is empty)`,
      where: run.catalogWhere,
    });
    return row;
  }
  const unknown = f.rules.filter((id) => !run.known.has(id));
  if (unknown.length > 0) {
    problems.push({
      message: `finding ${f.id}: the catalog names ${unknown.map((id) => `"${id}"`).join(', ')}, which packages/rules does not have`,
      where: run.catalogWhere,
    });
  }
  if (f.legacyLine === null) {
    problems.push({
      message: `finding ${f.id}: the catalog gives no legacyLine for ${row.anchor}`,
      where: run.catalogWhere,
    });
    return row;
  }
  const own = run.reports.filter((r) => f.rules.includes(r.ruleId));
  const hit = own.find((r) => atAnchor(r, f, run.graph));
  if (!hit) {
    const seen =
      own.length === 0
        ? 'those rules reported nothing'
        : `those rules reported: ${own
            .slice(0, 5)
            .map((r) => `${r.ruleId} at line ${r.line} on ${r.model ?? '?'}`)
            .join('; ')}`;
    problems.push({
      message: `finding ${f.id} (${f.title}) is not detected: no report of ${f.rules.join(' / ')} on ${row.anchor} near line ${f.legacyLine} (${seen})`,
      where: `${run.where}:${f.legacyLine}`,
    });
    return row;
  }
  Object.assign(row, { rule: hit.ruleId, line: hit.line, severity: hit.severity, ok: true });
  const level = LEVEL_OF_SEVERITY[f.severity];
  if (hit.severity !== level) {
    row.ok = false;
    problems.push({
      message: `finding ${f.id} is reported by ${hit.ruleId} as ${hit.severity}, but the catalog's severity "${f.severity}" means ${level}`,
      where: `${run.where}:${hit.line}`,
    });
  }
  return row;
}

export const lintLegacyStep: Step<LintLegacyDetails> = {
  id: 'lint-legacy',
  title: 'Lint the legacy schema: every finding at its line, nothing else',
  async run(ctx, watch) {
    const file = ctx.paths.legacySchema;
    // The configuration beside the legacy schema: the rules' defaults, except a guessing rule (warning by
    // default) raised to the level the review gives its finding.
    const { config } = lintConfigFor(file);
    const result = await watch.time('lint', () => rules.lint({ files: [file], config }));
    const where = displayPath(file);
    if (result.errors.length > 0 || !result.graph) {
      return {
        summary: `${where} does not parse`,
        problems: result.errors.map((e) => ({
          message: `the legacy schema does not parse: ${e.detail}`,
          where: `${displayPath(e.pos.file)}:${e.pos.line}:${e.pos.column}`,
        })),
      };
    }
    const graph = result.graph;
    ctx.state.legacyGraph = graph;
    const run: LintRun = {
      reports: result.reports,
      graph,
      known: new Set(rules.rules.map((r) => r.meta.id)),
      where,
      catalogWhere: displayPath(ctx.options.catalogFile),
    };
    const problems: Problem[] = [];
    const findings = ctx.findings.map((f) => detectFinding(f, run, problems));

    const strays = result.reports.filter((r) => !explainedBy(r, ctx.findings));
    for (const r of strays) {
      problems.push({
        message: `report outside the catalog: ${r.ruleId} on ${r.model ?? '(no model)'}${r.field ? `.${r.field}` : ''}: ${r.message}`,
        where: `${displayPath(r.file)}:${r.line}:${r.column}`,
      });
    }
    const detected = findings.filter((f) => f.ok).length;
    return {
      summary: `${detected}/${ctx.findings.length} findings detected at their lines, ${strays.length} report(s) outside the catalog (${result.reports.length} reports in all)`,
      problems,
      details: {
        file: where,
        reports: result.reports.length,
        findings,
        strays: strays.map((r) => ({ ruleId: r.ruleId, line: r.line, model: r.model ?? null, field: r.field ?? null, message: r.message })),
      },
    };
  },
};
