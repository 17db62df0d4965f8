// `pnpm preflight --database-url <url> [--report <dir>] [--json]`: see cli-options.ts for the help text.
import path from 'node:path';
import { DatabaseUnreachableError } from '@leadmetrics/db';
import { CliUsageError, HELP, parsePreflightArgs } from './cli-options.js';
import { formatDuration } from './estimate.js';
import { renderMarkdown, writePreflightReports } from './report.js';
import { runPreflight } from './run.js';

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
  let result;
  try {
    result = await runPreflight({
      databaseUrl: options.databaseUrl!,
      exactCounts: options.exactCounts,
      statementTimeoutMs: options.statementTimeoutMs,
      lockTimeoutMs: options.lockTimeoutMs,
      jobs: options.jobs,
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      process.stderr.write(`preflight: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.reportDir) {
    // pnpm runs the script from apps/preflight; a relative --report is meant from where the user typed it.
    const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.reportDir);
    const files = await writePreflightReports(result, dir);
    process.stderr.write(`preflight: wrote ${files.markdown} and ${files.json}\n`);
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`preflight: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(2);
  },
);
