/**
 * @leadmetrics/rules: a generic Prisma schema linter.
 * text -> parseSchema -> buildGraph -> rules -> lint() reports -> formatters (stylish, json, sarif, github).
 */
export * from './types.js';
export { parseSchema, loadSchemaFiles, readSchemaSources, type SchemaSource } from './parser.js';
export { buildGraph, isScalarType, SCALAR_TYPES, type GraphOptions } from './graph.js';
export { lint, allRules, type LintOptions, type LintResult, type SuppressedReport } from './engine.js';
export {
  CONFIG_FILE_NAME,
  UsageError,
  findConfigFile,
  loadConfigFile,
  validateConfig,
  resolveConfig,
  type LintConfig,
  type ResolvedConfig,
  type RuleEntry,
  type RuleSetting,
} from './config.js';
export { formatters, type FormatInput, type Formatter } from './formatters/index.js';
export { rules } from './rules/index.js';
export { builtinRules } from './builtin-rules.js';
export { renderRuleDoc, END_OF_GENERATED } from './docs.js';
export { words, plural, singular, hasCommentMatching, indexCovers } from './utils/index.js';
