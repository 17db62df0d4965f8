// The lint configuration that applies to a schema, as `pnpm lint:schema` finds it: the nearest
// lint-schema.config.json at or above the schema's folder (its own folder first).
import * as rules from '@leadmetrics/rules';

export function lintConfigFor(schemaPath: string): { file: string | null; config: rules.LintConfig } {
  const file = rules.findConfigFile(schemaPath) ?? null;
  return { file, config: file ? rules.loadConfigFile(file, rules.allRules()) : {} };
}
