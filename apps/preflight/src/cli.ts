// `pnpm preflight --database-url <url> [--report <dir>] [--json] [--write-mapping <file>]` and
// `pnpm preflight load-mapping <file>`: see cli-options.ts for the help text.
import path from 'node:path';
import { probeWritable, runCliMain } from '@leadmetrics/db';
import { CliUsageError, HELP, parsePreflightArgs } from './cli-options.js';
import { formatDuration } from './estimate.js';
import { renderMarkdown, writePreflightReports } from './report.js';
import { loadMappingFile, writeMappingTemplate } from './mapping-file.js';
import { runPreflight } from './run.js';

/** A path as the user typed it: pnpm runs the script from apps/preflight, the user typed it from INIT_CWD. */
const fromUser = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function loadMapping(
  file: string,
  options: { databaseUrl: string; statementTimeoutMs?: number; lockTimeoutMs?: number; jobs?: number },
): Promise<number> {
  const { problems, entries } = await loadMappingFile({
    ...options,
    file: fromUser(file),
    displayName: file,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (problems.length > 0) {
    process.stderr.write(
      `preflight: the value mapping was not loaded (nothing was written):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    return 1;
  }
  process.stderr.write(
    `preflight: loaded ${entries.length} value mapping entr${entries.length === 1 ? 'y' : 'ies'} from ${file} into migration_value_mapping\n`,
  );
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parsePreflightArgs(argv);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`preflight: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.loadMapping) {
    return await loadMapping(options.loadMapping, {
      databaseUrl: options.databaseUrl!,
      statementTimeoutMs: options.statementTimeoutMs,
      lockTimeoutMs: options.lockTimeoutMs,
      jobs: options.jobs,
    });
  }
  const reportDir = options.reportDir ? fromUser(options.reportDir) : undefined;
  // A report folder we cannot write would only show after the whole run: find out first.
  if (reportDir) await probeWritable(reportDir);
  // An unreachable database and other environmental failures end in runCliMain: one line, exit code 2.
  const result = await runPreflight({
    databaseUrl: options.databaseUrl!,
    exactCounts: options.exactCounts,
    statementTimeoutMs: options.statementTimeoutMs,
    lockTimeoutMs: options.lockTimeoutMs,
    jobs: options.jobs,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (reportDir) {
    const files = await writePreflightReports(result, reportDir);
    process.stderr.write(`preflight: wrote ${files.markdown} and ${files.json}\n`);
  }
  if (options.writeMapping) {
    const open = await writeMappingTemplate(result, fromUser(options.writeMapping));
    process.stderr.write(`preflight: wrote ${options.writeMapping}: ${open} unmapped value(s) to fill in\n`);
  }
  if (options.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else if (!options.reportDir) process.stdout.write(renderMarkdown(result));
  const { safe, attention, blocked, estimateMs } = result.totals;
  process.stderr.write(
    `preflight: ${result.state.summary}\n` +
      `preflight: ${result.plan.length} pending: ${safe} safe, ${attention} need attention, ${blocked} blocked (about ${formatDuration(estimateMs)})\n`,
  );
  return result.ok ? 0 : 1;
}

runCliMain('preflight', () => main(process.argv.slice(2)), { writeHint: 'write the report elsewhere with --report <dir>' });
