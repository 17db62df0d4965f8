/**
 * The lint engine: schema text -> parser -> graph -> every enabled rule -> suppressions -> sorted reports.
 * Rules report against a model or field; the engine fills in file, line and column from it.
 */
import { builtinRules } from './builtin-rules.js';
import { findConfigFile, loadConfigFile, resolveConfig, type LintConfig, type ResolvedConfig } from './config.js';
import { buildGraph } from './graph.js';
import { parseSchema, readSchemaSources, type SchemaSource } from './parser.js';
import { rules as registeredRules } from './rules/index.js';
import {
  SchemaParseError,
  type Position,
  type Report,
  type ReportInput,
  type Rule,
  type SchemaFileAst,
  type SchemaGraph,
  type Severity,
  type Suppression,
} from './types.js';

export interface LintOptions {
  /** Files or folders forming ONE schema (a folder contributes all its `*.prisma` files). */
  files?: string[];
  /** In-memory schema files (alternative to `files`). */
  sources?: SchemaSource[];
  /** A single in-memory schema (alternative to `files`), reported as `file` (default `schema.prisma`). */
  text?: string;
  file?: string;
  /**
   * Rule levels and options. When absent and `files` is given, the nearest `lint-schema.config.json` above the first
   * path is used; pass `{}` to use the rules' defaults only.
   */
  config?: LintConfig | ResolvedConfig;
  /** The rules to run (default: the registry plus the built-in suppression rules). */
  rules?: Rule[];
  /**
   * Reject what Prisma rejects, for whatever reason (default true). False lints a fragment of a schema, as rule
   * tests do: names are still resolved, but a missing back-relation field or a datasource-less view is let through.
   */
  semanticChecks?: boolean;
}

export interface SuppressedReport {
  report: Report;
  suppression: Suppression;
}

export interface LintResult {
  reports: Report[];
  suppressed: SuppressedReport[];
  /** Parse and schema errors; when there are any, no rule ran. */
  errors: SchemaParseError[];
  /** The schema graph, when the schema parsed. */
  graph?: SchemaGraph;
  /** The files that were linted, in order. */
  files: string[];
  /** The configuration that applied. */
  config: ResolvedConfig;
}

/** Every rule the engine knows: the registry and the engine's own suppression rules. */
export function allRules(): Rule[] {
  return [...registeredRules, ...builtinRules];
}

const SUPPRESSION_RULE_IDS = new Set(builtinRules.map((r) => r.meta.id));

export function lint(options: LintOptions): LintResult {
  const rules = options.rules ?? allRules();
  const config = toResolved(options, rules);
  const sources = collectSources(options);
  const files = sources.map((s) => s.file);
  const result: LintResult = { reports: [], suppressed: [], errors: [], files, config };

  const asts: SchemaFileAst[] = [];
  for (const source of sources) {
    try {
      asts.push(parseSchema(source.text, source.file));
    } catch (error) {
      if (error instanceof SchemaParseError) result.errors.push(error);
      else throw error;
    }
  }
  if (result.errors.length > 0) return result;
  let graph: SchemaGraph;
  try {
    graph = buildGraph(asts, { strict: true, semanticChecks: options.semanticChecks ?? true, tenantKey: config.settings.tenantKey });
  } catch (error) {
    if (error instanceof SchemaParseError) {
      result.errors.push(error);
      return result;
    }
    throw error;
  }
  result.graph = graph;

  const fallbackPos: Position = { file: files[0] ?? 'schema.prisma', line: 1, column: 1 };
  const raw: Report[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id);
    const level = setting?.level ?? rule.meta.defaultSeverity;
    if (level === 'off' || SUPPRESSION_RULE_IDS.has(rule.meta.id)) continue;
    const severity: Severity = level;
    const report = (input: ReportInput): void => {
      const pos = input.pos ?? input.field?.node.pos ?? input.model?.node.pos ?? fallbackPos;
      raw.push({
        ruleId: rule.meta.id,
        severity,
        message: input.message,
        ...(input.messageId === undefined ? {} : { messageId: input.messageId }),
        help: input.help ?? rule.meta.help,
        file: pos.file,
        line: pos.line,
        column: pos.column,
        model: input.model?.name ?? input.field?.model.name,
        field: input.field?.name,
      });
    };
    try {
      rule.check({ graph, options: setting?.options ?? {}, report });
    } catch (error) {
      throw new Error(`Rule "${rule.meta.id}" crashed: ${(error as Error).message}`, { cause: error });
    }
  }

  applySuppressions(raw, asts, rules, config, result);
  const order = new Map(files.map((file, i) => [file, i]));
  result.reports.sort(
    (a, b) =>
      (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return result;
}

function toResolved(options: LintOptions, rules: Rule[]): ResolvedConfig {
  const config = options.config;
  if (config && config.rules instanceof Map) return config as ResolvedConfig;
  if (config) return resolveConfig(rules, config as LintConfig);
  if (options.files && options.files.length > 0) {
    const found = findConfigFile(options.files[0]);
    if (found) return { ...resolveConfig(rules, loadConfigFile(found, rules)), source: found };
  }
  return resolveConfig(rules);
}

function collectSources(options: LintOptions): SchemaSource[] {
  if (options.sources) return options.sources;
  if (options.text !== undefined) return [{ file: options.file ?? 'schema.prisma', text: options.text }];
  if (options.files) return readSchemaSources(options.files);
  throw new Error('lint() needs files, sources or text');
}

/**
 * A report is suppressed by a `lint-ignore` for its rule that targets its file and line. Suppressions without a
 * reason, naming an unknown rule, or matching nothing are reported by the built-in suppression rules.
 */
function applySuppressions(raw: Report[], asts: SchemaFileAst[], rules: Rule[], config: ResolvedConfig, result: LintResult): void {
  const byLine = new Map<string, Suppression[]>();
  for (const ast of asts) {
    for (const s of ast.suppressions) {
      const key = `${s.pos.file}\u0000${s.targetLine}`;
      const list = byLine.get(key);
      if (list) list.push(s);
      else byLine.set(key, [s]);
    }
  }
  const used = new Set<Suppression>();
  for (const report of raw) {
    const candidates = byLine.get(`${report.file}\u0000${report.line}`);
    const suppression = candidates?.find((s) => s.ruleId === report.ruleId);
    if (suppression) {
      used.add(suppression);
      result.suppressed.push({ report, suppression });
    } else {
      result.reports.push(report);
    }
  }

  const known = new Set(rules.map((r) => r.meta.id));
  const levelOf = (id: string) => config.rules.get(id)?.level ?? 'off';
  const builtin = (id: string, s: Suppression, message: string): void => {
    const level = levelOf(id);
    if (level === 'off' || !known.has(id)) return;
    const meta = rules.find((r) => r.meta.id === id)!.meta;
    result.reports.push({
      ruleId: id,
      severity: level,
      message,
      help: meta.help,
      file: s.pos.file,
      line: s.pos.line,
      column: s.pos.column,
    });
  };
  for (const ast of asts) {
    for (const s of ast.suppressions) {
      if (!s.ruleId) {
        builtin('ban-unused-suppression', s, 'This `lint-ignore` names no rule, so it suppresses nothing.');
        continue;
      }
      if (!s.reason) {
        builtin(
          'require-suppression-reason',
          s,
          `The suppression of "${s.ruleId}" gives no reason, so nobody can tell a deliberate exception from a silenced mistake.`,
        );
      }
      if (!known.has(s.ruleId)) {
        builtin('ban-unused-suppression', s, `The suppression names "${s.ruleId}", which is not a rule, so it suppresses nothing.`);
      } else if (!used.has(s) && levelOf(s.ruleId) !== 'off' && !SUPPRESSION_RULE_IDS.has(s.ruleId)) {
        builtin(
          'ban-unused-suppression',
          s,
          `The suppression of "${s.ruleId}" matches no report on line ${s.targetLine}, so it would silently hide a future one.`,
        );
      }
    }
  }
}
