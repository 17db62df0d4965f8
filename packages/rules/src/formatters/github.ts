/**
 * GitHub Actions workflow commands: each report becomes an annotation on the pull request's diff
 * (`::error file=...,line=...,col=...,title=rule::message`). Values are escaped as the runner expects.
 */
import type { FormatInput } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(input: FormatInput): string {
  const lines: string[] = [];
  for (const e of input.errors) {
    lines.push(
      `::error file=${escapeProperty(input.displayPath(e.pos.file))},line=${e.pos.line},col=${e.pos.column},title=parse error::${escapeData(e.detail)}`,
    );
  }
  for (const r of input.reports) {
    lines.push(
      `::${COMMAND[r.severity]} file=${escapeProperty(input.displayPath(r.file))},line=${r.line},col=${r.column},title=${escapeProperty(r.ruleId)}::${escapeData(`${r.message} ${r.help}`)}`,
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
