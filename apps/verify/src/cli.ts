// `pnpm verify`: runs runVerify() with the command line's options, shows each step as it runs,
// and exits 0 only when every check passed (1 otherwise, 2 for a usage error).
import path from 'node:path';
import { explainFailure, probeWritable, runCliMain } from '@leadmetrics/db';
import { CliUsageError, HELP, parseArgs } from './cli-options.js';
import { seconds } from './report/format.js';
import { terminalVerdict } from './report/verdict.js';
import { VerifyUsageError, defaultReportDir, runVerify } from './run-verify.js';
import type { RunnerEvent } from './runner.js';

const MARK = { passed: '✓', failed: '✗', skipped: '–' } as const;
const REPORT_HINT = 'write the report elsewhere with --report <dir>';

async function main(): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let options;
  try {
    options = parseArgs(process.argv.slice(2), cwd);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`verify: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  // With --json, stdout carries only the JSON; the progress goes to stderr.
  const out = options.json ? process.stderr : process.stdout;
  const say = (line: string) => out.write(`${line}\n`);
  const reportDir = options.reportDir ?? defaultReportDir();
  say(`verify: scale ${options.scale ?? 'demo'}, seed ${options.seed ?? 1}${options.only ? `, --only ${options.only.join(',')}` : ''}`);
  const onEvent = (event: RunnerEvent) => {
    if (event.type === 'step-start') say(`\n▶ ${event.number}/${event.total} ${event.title}`);
    else if (event.type === 'log') say(`    ${event.line}`);
    else {
      const r = event.result;
      say(`${MARK[r.status]} ${r.number}/${event.total} ${r.id}: ${r.summary} (${seconds(r.durationMs)})`);
      for (const p of r.problems.slice(0, 8)) say(`    ✗ ${p.message.split('\n')[0]}${p.where ? `\n      at ${p.where}` : ''}`);
      if (r.problems.length > 8) say(`    ... ${r.problems.length - 8} more in the report`);
    }
  };

  // A report folder we cannot write would only show after the whole run: find out first.
  await probeWritable(reportDir);

  let result;
  try {
    result = await runVerify({ ...options, reportDir, onEvent });
  } catch (error) {
    if (error instanceof VerifyUsageError) {
      process.stderr.write(`verify: ${error.message}\n`);
      return 2;
    }
    // Nothing could be checked (e.g. the findings catalog is unreadable): say why in one line.
    process.stderr.write(`verify: ${explainFailure(error, { writeHint: REPORT_HINT })}\n`);
    return 2;
  }
  if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);

  say('');
  if (result.reportFiles) {
    const relative = path.relative(cwd, result.reportFiles.markdown);
    say(`report: ${relative.startsWith('..') ? result.reportFiles.markdown : relative} (and verify-report.json)`);
  }
  // The verdict is the last line, in the same numbers as the report's first line.
  say(terminalVerdict(result));

  if (result.database.kept && result.database.url) {
    say(`\n  database kept: ${result.database.url}`);
    if (result.database.provider !== '--database-url' && result.database.provider !== 'DATABASE_URL') {
      say(`  the server runs inside this process: press Ctrl-C to stop it and remove its files`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      await result.release();
    } else {
      say(`  drop it when done: DROP DATABASE "${result.database.name}" WITH (FORCE);`);
    }
  }
  if (result.steps.some((s) => s.cannotRun)) return 2;
  return result.ok ? 0 : 1;
}

runCliMain('verify', main, { writeHint: REPORT_HINT });
