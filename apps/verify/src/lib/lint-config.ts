// The lint configuration that applies to a schema, as `pnpm lint:schema` finds it: a lint-schema.config.json
// in the schema's own folder first (a copy of the project made by a test has no repository root above it to
// stop the search at), else the nearest one above it.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as rules from '@leadmetrics/rules';

export function lintConfigFor(schemaPath: string): { file: string | null; config: rules.LintConfig } {
  const folder = statSync(schemaPath).isDirectory() ? schemaPath : path.dirname(schemaPath);
  const own = path.join(folder, rules.CONFIG_FILE_NAME);
  const file = existsSync(own) ? own : (rules.findConfigFile(folder) ?? null);
  return { file, config: file ? rules.loadConfigFile(file, rules.allRules()) : {} };
}
