// Step 2: lint the corrected schema (every file of the folder, as one schema) with the folder's
// own lint-schema.config.json, as `pnpm lint:schema` does: zero reports of any severity. Inline
// suppressions are allowed (each must give a reason, which a built-in rule enforces) and are
// listed in the report so nobody has to take them on trust.
import type { Step } from '../runner.js';
import { loadGraph } from '../lib/schema-graph.js';
import * as rules from '@leadmetrics/rules';
import { lintConfigFor } from '../lib/lint-config.js';
import { displayPath } from '../paths.js';

export interface LintCorrectedDetails {
  files: number;
  config: string | null;
  reports: { ruleId: string; file: string; line: number; model: string | null; field: string | null; message: string }[];
  /** finding id -> reports of its rules (0 = quiet). */
  byFinding: Record<number, number>;
  suppressed: { ruleId: string; file: string; line: number; reason: string | null }[];
}

export const lintCorrectedStep: Step<LintCorrectedDetails> = {
  id: 'lint-corrected',
  title: 'Lint the corrected schema: zero reports',
  async run(ctx, watch) {
    const dir = ctx.paths.correctedSchemaDir;
    const { file: configFile, config } = lintConfigFor(dir);
    const result = await watch.time('lint', () => rules.lint({ files: [dir], config }));
    if (result.errors.length > 0 || !result.graph) {
      return {
        summary: `${displayPath(dir)} does not parse`,
        problems: result.errors.map((e) => ({
          message: `the corrected schema does not parse: ${e.detail}`,
          where: `${displayPath(e.pos.file)}:${e.pos.line}:${e.pos.column}`,
        })),
      };
    }
    // The graph the catalog checks, erasure and smoke test derive their expectations from.
    ctx.state.correctedGraph = await loadGraph([dir]);
    const byFinding: Record<number, number> = {};
    for (const f of ctx.findings) byFinding[f.id] = result.reports.filter((r) => f.rules.includes(r.ruleId)).length;
    const problems = result.reports.map((r) => ({
      message: `${r.severity} ${r.ruleId} on ${r.model ?? '(no model)'}${r.field ? `.${r.field}` : ''}: ${r.message}${explain(r.ruleId, ctx.findings)}`,
      where: `${displayPath(r.file)}:${r.line}:${r.column}`,
    }));
    return {
      summary: `${result.reports.length} report(s) on ${result.files.length} files${result.suppressed.length ? `, ${result.suppressed.length} suppressed with a reason` : ''} (config: ${configFile ? displayPath(configFile) : 'rule defaults'})`,
      problems,
      details: {
        files: result.files.length,
        config: configFile ? displayPath(configFile) : null,
        reports: result.reports.map((r) => ({
          ruleId: r.ruleId,
          file: displayPath(r.file),
          line: r.line,
          model: r.model ?? null,
          field: r.field ?? null,
          message: r.message,
        })),
        byFinding,
        suppressed: result.suppressed.map((s) => ({
          ruleId: s.report.ruleId,
          file: displayPath(s.report.file),
          line: s.report.line,
          reason: s.suppression.reason ?? null,
        })),
      },
    };
  },
};

/** " (finding 12 is back)" when the rule is one of a catalog finding's rules. */
function explain(ruleId: string, findings: readonly { id: number; rules: string[] }[]): string {
  const ids = findings.filter((f) => f.rules.includes(ruleId)).map((f) => f.id);
  return ids.length > 0 ? ` (finding ${ids.join(', ')} is back)` : '';
}
