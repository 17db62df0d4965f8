/**
 * Configuration, ESLint style: a `lint-schema.config.json` found next to the linted schema or in a folder above it
 * (up to the repository root), or one named with `--config`, sets each rule's level and options:
 *
 *   { "rules": { "require-created-at": "off", "ban-foo": ["warning", { "ignore": ["Bar"] }] },
 *     "settings": { "tenantKey": "organizationId" } }
 *
 * Mistakes in a config are usage errors (exit 2) that name the file and the key, never silently ignored.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError, unreadablePathError, type Rule, type RuleLevel, type RuleMeta } from './types.js';

export { UsageError };

export const CONFIG_FILE_NAME = 'lint-schema.config.json';

const LEVELS: ReadonlySet<string> = new Set<RuleLevel>(['error', 'warning', 'info', 'off']);

export type RuleEntry = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

export interface LintConfig {
  rules?: Record<string, RuleEntry>;
  settings?: {
    /** The tenant key field name; detected from the schema when absent. */
    tenantKey?: string;
  };
}

export interface RuleSetting {
  level: RuleLevel;
  /** The rule's defaults overlaid with the configured options. */
  options: Record<string, unknown>;
}

/** A configuration with every rule's level and options filled in. */
export interface ResolvedConfig {
  rules: Map<string, RuleSetting>;
  settings: { tenantKey?: string };
  /** The file the configuration came from, if any. */
  source?: string;
}

/** The nearest config file at or above `path`, stopping at the repository root (a folder holding `.git`). */
export function findConfigFile(path: string): string | undefined {
  let dir = resolve(path);
  if (!isDirectory(dir)) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads and validates a config file. */
export function loadConfigFile(path: string, rules: Rule[]): LintConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadablePathError(path, error, 'config file');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return validateConfig(raw, path, rules);
}

/** Checks a config object against the known rules and their options; throws UsageError naming `source` and the key. */
export function validateConfig(raw: unknown, source: string, rules: Rule[]): LintConfig {
  if (!isPlainObject(raw)) throw new UsageError(`${source}: the config must be a JSON object with a "rules" key`);
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== 'settings' && key !== '$schema' && key !== '$comment') {
      throw new UsageError(`${source}: unknown key "${key}" (expected "rules" or "settings")`);
    }
  }
  const metaById = new Map(rules.map((r) => [r.meta.id, r.meta]));
  const config: LintConfig = {};
  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules)) throw new UsageError(`${source}: "rules" must be an object of rule id -> level`);
    config.rules = {};
    for (const [id, entry] of Object.entries(raw.rules)) {
      const meta = metaById.get(id);
      if (!meta) throw new UsageError(`${source}: rules.${id}: unknown rule${suggest(id, [...metaById.keys()])}`);
      config.rules[id] = validateEntry(entry, meta, `${source}: rules.${id}`);
    }
  }
  if (raw.settings !== undefined) {
    if (!isPlainObject(raw.settings)) throw new UsageError(`${source}: "settings" must be an object`);
    for (const [key, value] of Object.entries(raw.settings)) {
      if (key !== 'tenantKey') throw new UsageError(`${source}: settings.${key}: unknown setting (expected "tenantKey")`);
      if (typeof value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
        throw new UsageError(`${source}: settings.tenantKey: must be a field name such as "tenantId"`);
      }
    }
    config.settings = { tenantKey: raw.settings.tenantKey as string | undefined };
  }
  return config;
}

function validateEntry(entry: unknown, meta: RuleMeta, where: string): RuleEntry {
  const levelText = `"error", "warning", "info" or "off"`;
  if (typeof entry === 'string') {
    if (!LEVELS.has(entry)) throw new UsageError(`${where}: level must be ${levelText}, not "${entry}"`);
    return entry as RuleLevel;
  }
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) {
    throw new UsageError(`${where}: expected a level (${levelText}) or [level, { options }]`);
  }
  const [level, options] = entry;
  if (typeof level !== 'string' || !LEVELS.has(level)) {
    throw new UsageError(`${where}[0]: level must be ${levelText}, not ${JSON.stringify(level)}`);
  }
  if (options === undefined) return [level as RuleLevel];
  if (!isPlainObject(options)) throw new UsageError(`${where}[1]: options must be an object`);
  const known = meta.options ?? {};
  for (const [name, value] of Object.entries(options)) {
    const spec = known[name];
    if (!spec) {
      const names = Object.keys(known);
      throw new UsageError(
        `${where}[1].${name}: unknown option (${names.length > 0 ? `the rule takes ${names.map((n) => `"${n}"`).join(', ')}` : 'the rule takes no options'})`,
      );
    }
    const expected = kindOf(spec.default);
    const actual = kindOf(value);
    if (expected !== 'null' && expected !== actual) {
      throw new UsageError(`${where}[1].${name}: expected ${expected}, got ${actual}`);
    }
    if (expected === 'array' && Array.isArray(spec.default) && spec.default.length > 0) {
      const itemKind = kindOf(spec.default[0]);
      const bad = (value as unknown[]).findIndex((item) => kindOf(item) !== itemKind);
      if (bad >= 0) throw new UsageError(`${where}[1].${name}[${bad}]: expected ${itemKind}, got ${kindOf((value as unknown[])[bad])}`);
    }
    if (spec.parse) {
      try {
        spec.parse(value);
      } catch (error) {
        throw new UsageError(`${where}[1].${name}: ${(error as Error).message}`);
      }
    }
  }
  return [level as RuleLevel, options];
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ` (did you mean "x"?)` for the closest known id, or ''. */
function suggest(id: string, known: string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best && bestDistance <= Math.max(3, Math.floor(id.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Every rule's level and options: rule defaults, then each config in order (later wins). */
export function resolveConfig(rules: Rule[], ...configs: Array<LintConfig | undefined>): ResolvedConfig {
  const resolved: ResolvedConfig = { rules: new Map(), settings: {} };
  for (const rule of rules) {
    const defaults: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.meta.options ?? {})) defaults[name] = spec.default;
    resolved.rules.set(rule.meta.id, { level: rule.meta.defaultSeverity, options: defaults });
  }
  for (const config of configs) {
    if (!config) continue;
    for (const [id, entry] of Object.entries(config.rules ?? {})) {
      const setting = resolved.rules.get(id);
      if (!setting) continue;
      const [level, options] = Array.isArray(entry) ? entry : [entry];
      setting.level = level;
      if (options) setting.options = { ...setting.options, ...options };
    }
    if (config.settings?.tenantKey) resolved.settings.tenantKey = config.settings.tenantKey;
  }
  return resolved;
}

/** `id=level` or `id=["level", {options}]` from the command line, validated like a config file entry. */
export function parseRuleFlag(flag: string, rules: Rule[]): LintConfig {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw new UsageError(`--rule ${flag}: expected <rule-id>=<level>, e.g. --rule require-created-at=off`);
  const id = flag.slice(0, eq).trim();
  const value = flag.slice(eq + 1).trim();
  let entry: unknown = value;
  if (value.startsWith('[')) {
    try {
      entry = JSON.parse(value);
    } catch {
      throw new UsageError(`--rule ${flag}: the value is not valid JSON`);
    }
  }
  return validateConfig({ rules: { [id]: entry } }, '--rule', rules);
}
