/**
 * ESLint's "stylish" output: a header per file, one line per report (`line:col  severity  message  rule-id`) with the
 * fix on the line below, and a summary.
 */
import type { Report } from '../types.js';
import type { FormatInput } from './types.js';

const ANSI = {
  reset: '\u001b[0m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  underline: '\u001b[4m',
};

export function formatStylish(input: FormatInput): string {
  const paint = (code: keyof typeof ANSI, text: string) => (input.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const byFile = new Map<string, Report[]>();
  for (const report of input.reports) {
    const list = byFile.get(report.file);
    if (list) list.push(report);
    else byFile.set(report.file, [report]);
  }
  const out: string[] = [];
  for (const [file, reports] of byFile) {
    out.push('', paint('underline', input.displayPath(file)));
    // A loop, not Math.max(...list): spreading a file's many reports into one call overflows the stack.
    let locWidth = 0;
    for (const r of reports) locWidth = Math.max(locWidth, `${r.line}:${r.column}`.length);
    for (const r of reports) {
      const loc = `${r.line}:${r.column}`.padEnd(locWidth);
      const severity =
        r.severity === 'error' ? paint('red', 'error  ') : r.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info   ');
      out.push(`  ${paint('dim', loc)}  ${severity}  ${r.message}  ${paint('dim', r.ruleId)}`);
      out.push(`  ${' '.repeat(locWidth)}  ${paint('dim', `help: ${r.help}`)}`);
    }
  }
  const errors = input.reports.filter((r) => r.severity === 'error').length;
  const warnings = input.reports.filter((r) => r.severity === 'warning').length;
  const infos = input.reports.length - errors - warnings;
  if (input.reports.length > 0) {
    const total = input.reports.length;
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`;
    out.push('', paint(errors > 0 ? 'red' : 'yellow', paint('bold', summary)));
  }
  if (input.suppressedCount > 0) out.push(paint('dim', `${input.suppressedCount} suppressed by lint-ignore comments`));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
