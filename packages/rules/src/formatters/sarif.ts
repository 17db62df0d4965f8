/**
 * SARIF 2.1.0 (the format GitHub code scanning and most CI dashboards import): one run, the rule table from the rules'
 * metadata, one result per report. Parse errors become tool execution notifications.
 */
import type { FormatInput } from './types.js';

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

export function formatSarif(input: FormatInput): string {
  const ruleIndex = new Map(input.rules.map((rule, i) => [rule.meta.id, i]));
  const uri = (file: string) => input.displayPath(file).split('\\').join('/');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lint-schema',
            version: input.version,
            rules: input.rules.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.rationale },
              help: { text: rule.meta.help },
              defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity], enabled: rule.meta.defaultSeverity !== 'off' },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: input.errors.length === 0,
            toolExecutionNotifications: input.errors.map((e) => ({
              level: 'error',
              message: { text: e.detail },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: uri(e.pos.file) },
                    region: { startLine: e.pos.line, startColumn: e.pos.column },
                  },
                },
              ],
            })),
          },
        ],
        results: input.reports.map((r) => ({
          ruleId: r.ruleId,
          ...(ruleIndex.has(r.ruleId) ? { ruleIndex: ruleIndex.get(r.ruleId) } : {}),
          level: SARIF_LEVEL[r.severity],
          message: { text: `${r.message} ${r.help}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(r.file) },
                region: { startLine: r.line, startColumn: r.column },
              },
              ...(r.model
                ? {
                    logicalLocations: [
                      { fullyQualifiedName: r.field ? `${r.model}.${r.field}` : r.model, kind: r.field ? 'member' : 'type' },
                    ],
                  }
                : {}),
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
