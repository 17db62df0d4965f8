/** Machine-readable output: every report with its position, plus the parse errors and a summary. */
import type { FormatInput } from './types.js';

export function formatJson(input: FormatInput): string {
  const count = (severity: string) => input.reports.filter((r) => r.severity === severity).length;
  return `${JSON.stringify(
    {
      reports: input.reports.map((r) => ({ ...r, file: input.displayPath(r.file) })),
      errors: input.errors.map((e) => ({
        message: e.detail,
        file: input.displayPath(e.pos.file),
        line: e.pos.line,
        column: e.pos.column,
      })),
      summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), suppressed: input.suppressedCount },
    },
    null,
    2,
  )}\n`;
}
