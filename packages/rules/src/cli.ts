/**
 * `lint-schema`: the command line, with ESLint's conventions (paths, --format, a config file, --rule, --max-warnings,
 * --quiet) and exit codes 0 (clean), 1 (error-level findings or too many warnings), 2 (usage or parse error).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CONFIG_FILE_NAME,
  UsageError,
  findConfigFile,
  loadConfigFile,
  parseRuleFlag,
  resolveConfig,
  type LintConfig,
  type ResolvedConfig,
} from './config.js';
import { allRules, lint } from './engine.js';
import { formatters } from './formatters/index.js';
import type { Report, Rule } from './types.js';
import { SchemaParseError } from './types.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Colours in stylish output (default: stdout is a terminal and NO_COLOR is unset). */
  color?: boolean;
}

const DEFAULT_PATHS_HELP = `Default: prisma/schema if that folder exists,
                           else prisma/schema.prisma`;

/** What `--help` prints; `defaultPaths` replaces the default search when a caller (a workspace script) sets one. */
function helpText(defaultPaths: readonly string[] | undefined): string {
  const defaults = defaultPaths ? `Default: ${defaultPaths.join(', ')}` : DEFAULT_PATHS_HELP;
  return HELP.replace(DEFAULT_PATHS_HELP, defaults);
}

const HELP = `Usage: lint-schema [options] [paths...]

Lints Prisma schemas for design problems: keys without relations, uniques and
personal data that ignore the tenant, redundant indexes, JSON used as a log, ...

Arguments:
  paths                    .prisma files or folders. A folder's *.prisma files
                           (not sub-folders) form one multi-file schema; each
                           argument is linted as a schema of its own.
                           Relative paths start from the current folder.
                           ${DEFAULT_PATHS_HELP}

Options:
  -f, --format <name>      stylish (default), json, sarif or github
  -c, --config <file>      use this config file instead of searching for
                           ${CONFIG_FILE_NAME}
      --rule <id>=<level>  set a rule's level: error, warning, info or off
                           (repeatable; <id>='["warning",{...}]' also sets options)
      --max-warnings <n>   exit 1 when there are more than n warnings
      --quiet              show error-level findings only
      --print-config       print the rule levels and options that apply to the
                           first path, then exit
  -h, --help               show this help
  -v, --version            show the version

Configuration: ${CONFIG_FILE_NAME}, looked up from each path's folder up to
the repository root (the first one found applies):
  { "rules": { "<rule-id>": "error" | "warning" | "info" | "off"
                            | ["warning", { <options> }] },
    "settings": { "tenantKey": "tenantId" } }

Suppressing one finding: a comment on the line above the declaration, or at the
end of its line, with the reason after a colon:
  // lint-ignore <rule-id>: <why it does not apply here>

Exit codes:
  0  no error-level findings (warnings and info allowed up to --max-warnings)
  1  error-level findings, or more warnings than --max-warnings
  2  usage error, unreadable file, or a schema that does not parse
     (printed as file:line:col: message)
`;

interface ParsedArgs {
  paths: string[];
  format: string;
  config?: string;
  ruleFlags: string[];
  maxWarnings?: number;
  quiet: boolean;
  printConfig: boolean;
  help: boolean;
  version: boolean;
}

function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'print-config': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}. Run lint-schema --help for the options.`);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!(format in formatters)) {
    throw new UsageError(`--format ${format}: unknown format (use ${Object.keys(formatters).join(', ')})`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings ${values['max-warnings']}: expected a whole number of 0 or more`);
    }
  }
  return {
    paths: positionals,
    format,
    config: values.config,
    ruleFlags: values.rule ?? [],
    maxWarnings,
    quiet: values.quiet ?? false,
    printConfig: values['print-config'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function findDefaultPaths(cwd: string): string[] {
  if (existsSync(join(cwd, 'prisma', 'schema'))) return [join('prisma', 'schema')];
  if (existsSync(join(cwd, 'prisma', 'schema.prisma'))) return [join('prisma', 'schema.prisma')];
  throw new UsageError('No schema given and neither prisma/schema/ nor prisma/schema.prisma exists here. Pass a file or folder.');
}

function readVersion(packageRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** One line for a failure: a file the system would not let us read, or an unexpected error (no stack trace). */
function describeFailure(error: unknown): string {
  const { code, path, syscall, message } = (error ?? {}) as { code?: string; path?: string; syscall?: string; message?: string };
  if (code && path) return `cannot ${syscall ?? 'read'} ${path}: ${message?.split(', ')[0] ?? code}; check the path and its permissions`;
  const first = (message ?? String(error)).split('\n')[0];
  return `unexpected error: ${first} (run again with LEADMETRICS_DEBUG=1 to see where it came from)`;
}

export interface CliSettings {
  /** Where package.json is (for --version); default: the folder above this file. */
  packageRoot?: string;
  /**
   * What to lint when no path is given (absolute, or relative to `io.cwd`), instead of looking for prisma/schema or
   * prisma/schema.prisma in `io.cwd`. A workspace script sets it to its own schema.
   */
  defaultPaths?: string[];
}

/** Runs the command line; returns the exit code. */
export function main(argv: string[], io: CliIO = processIO(), settings: CliSettings = {}): number {
  const root = settings.packageRoot ?? fileURLToPath(new URL('..', import.meta.url));
  try {
    return run(argv, io, root, settings.defaultPaths);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SchemaParseError) {
      io.stderr(`lint-schema: ${error.message}\n`);
      return 2;
    }
    io.stderr(`lint-schema: ${describeFailure(error)}\n`);
    if (process.env.LEADMETRICS_DEBUG) io.stderr(`${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

function run(argv: string[], io: CliIO, packageRoot: string, defaultPaths: string[] | undefined): number {
  const args = parseCommandLine(argv);
  if (args.help) {
    io.stdout(helpText(defaultPaths?.map((path) => relative(io.cwd, path) || path)));
    return 0;
  }
  const version = readVersion(packageRoot);
  if (args.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const rules = allRules();
  const explicitConfig = args.config ? loadConfigFile(resolve(io.cwd, args.config), rules) : undefined;
  const flagConfigs: LintConfig[] = args.ruleFlags.map((flag) => parseRuleFlag(flag, rules));
  const paths = args.paths.length > 0 ? args.paths : (defaultPaths ?? findDefaultPaths(io.cwd));

  const configFor = (path: string): ResolvedConfig => {
    const source = args.config ? resolve(io.cwd, args.config) : findConfigFile(resolve(io.cwd, path));
    const fileConfig = explicitConfig ?? (source ? loadConfigFile(source, rules) : undefined);
    return { ...resolveConfig(rules, fileConfig, ...flagConfigs), source };
  };

  if (args.printConfig) {
    const config = configFor(paths[0]);
    const printable = {
      source: config.source ? relative(io.cwd, config.source) || config.source : null,
      settings: config.settings,
      rules: Object.fromEntries(
        [...config.rules].map(([id, s]) => [id, Object.keys(s.options).length > 0 ? [s.level, s.options] : s.level]),
      ),
    };
    io.stdout(`${JSON.stringify(printable, null, 2)}\n`);
    return 0;
  }

  const reports: Report[] = [];
  const errors: SchemaParseError[] = [];
  let suppressedCount = 0;
  for (const path of paths) {
    const absolute = resolve(io.cwd, path);
    let result;
    try {
      result = lint({ files: [absolute], config: configFor(path), rules });
    } catch (error) {
      // Name the path the way the user typed it.
      if (error instanceof UsageError) throw new UsageError(error.message.replace(absolute, path));
      throw error;
    }
    // One by one: spreading a large list into push() passes every element as an argument and overflows the stack.
    for (const report of result.reports) reports.push(report);
    for (const error of result.errors) errors.push(error);
    suppressedCount += result.suppressed.length;
  }

  const displayPath = (file: string) => relative(io.cwd, file) || file;
  for (const error of errors) {
    io.stderr(`${displayPath(error.pos.file)}:${error.pos.line}:${error.pos.column}: ${error.detail}\n`);
  }
  const shown = args.quiet ? reports.filter((r) => r.severity === 'error') : reports;
  const output = formatters[args.format]({
    reports: shown,
    errors,
    suppressedCount,
    rules: rules as Rule[],
    version,
    displayPath,
    color: io.color ?? false,
  });
  if (output) io.stdout(output);

  if (errors.length > 0) return 2;
  let errorCount = 0;
  let warningCount = 0;
  for (const report of reports) {
    if (report.severity === 'error') errorCount++;
    else if (report.severity === 'warning') warningCount++;
  }
  if (errorCount > 0) return 1;
  if (args.maxWarnings !== undefined && warningCount > args.maxWarnings) {
    io.stderr(`lint-schema: ${warningCount} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    color: (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR) || Boolean(process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0'),
  };
}
