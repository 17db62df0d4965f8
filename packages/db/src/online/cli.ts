#!/usr/bin/env node
// `pnpm backfill`: the one command a team runs between `prisma migrate deploy` (expand) and
// `prisma migrate deploy` (contract). Exit codes: 0 done, 1 a check failed (status: a backfill is
// not finished), 2 could not run (refused before changing anything, or gave up after retries).
import { parseArgs } from 'node:util';
import { checkedServerVersion, describeDatabaseUrl } from '../provision.js';
import { runBackfill, type BackfillOptions } from './backfill.js';
import { OnlineRefusedError } from './errors.js';
import { createProgressPrinter, formatDuration } from './progress-output.js';
import { recoverFailedMigrations } from './recover.js';
import { releaseContracts } from './release.js';
import { phaseStatus } from './status.js';

const HELP = `Usage: pnpm backfill [run|status|release|recover] [options]

Zero-downtime adoption of the migrations (packages/db/prisma/ONLINE.md, RUNBOOK.md):
  1. pnpm --filter @leadmetrics/db prisma migrate deploy   applies every folder up to the pause; it stops
                                                          at the first contract folder, which refuses
  2. pnpm backfill run                                    fills the new structures in batches
  3. deploy the application that reads the new structures
  4. pnpm backfill release                                releases the contract folders
  5. pnpm --filter @leadmetrics/db prisma migrate deploy   applies the contract folders

Commands:
  run (default)  Run every pending backfill of the applied expand folders, batch by batch. Each batch is
                 one short transaction (lock_timeout, statement_timeout) that also saves the progress,
                 so after a crash or kill, running it again carries on where it stopped and repeats
                 nothing. Lock timeouts, deadlocks, lost connections and server restarts are retried
                 with exponential backoff. One runner per database: a second one refuses (or, with
                 --wait, waits for the first and then finds the work done).
  status         Show where every phased finding stands; exit 1 while a backfill is unfinished.
  release        After the application is deployed: allow the contract folders of the finished
                 backfills, and clear the refusal their guard left in _prisma_migrations.
  recover        After a killed or failed prisma migrate deploy (Prisma error P3009): decide from the
                 evidence each unfinished folder leaves whether it committed, and record it with
                 prisma migrate resolve; refuses when there is no evidence.

Options:
  --database-url <url>      The database (default: the DATABASE_URL environment variable).
  --only <f05,f13>          Only these findings (run, release).
  --batch-size <n>          Rows per batch to start with (default 2000); adapted to --target-batch-ms.
  --min-batch-size <n>      Lower bound of the adaptation (default 100; a batch cut at --max-batch-ms goes below it).
  --max-batch-size <n>      Upper bound of the adaptation (default 50000).
  --target-batch-ms <ms>    How long one batch should take (default 200).
  --max-batch-ms <ms>       The longest one batch may run and hold its row locks (default 800): a batch
                            that runs past it is cancelled, rolled back and tried again with half the keys,
                            down to one (a batch of one key that runs past it is given
                            --statement-timeout-ms at once: it cannot be split).
  --pause-ms <ms>           Pause between batches, for the application's own queries (default 20).
  --lock-timeout-ms <ms>    lock_timeout of every batch, at most --max-batch-ms (default 2000).
  --statement-timeout-ms <ms>  statement_timeout outside batches, and the most a batch of one key may be given (default 60000).
  --max-retries <n>         Retries of one batch before giving up with exit 2 (default 10).
  --wait                    Wait for another runner instead of refusing.
  --progress <bar|lines>    A bar redrawn in place (default on a terminal) or plain lines (default otherwise).
  -h, --help                This text.

Exit codes: 0 done, 1 a check failed (status), 2 could not run (nothing was changed by the refused step).`;

function findings(value: string | undefined): number[] | undefined {
  if (!value) return undefined;
  return value.split(',').map((item) => {
    const match = /^f?0*([1-9][0-9]*)$/i.exec(item.trim());
    if (!match) throw new OnlineRefusedError(`--only: "${item}" is not a finding (write f05 or 5; several as f05,f13)`);
    return Number(match[1]);
  });
}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value)) throw new OnlineRefusedError(`--${name}: expected a whole number, got "${value}"`);
  return Number(value);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'database-url': { type: 'string' },
      only: { type: 'string' },
      'batch-size': { type: 'string' },
      'min-batch-size': { type: 'string' },
      'max-batch-size': { type: 'string' },
      'target-batch-ms': { type: 'string' },
      'max-batch-ms': { type: 'string' },
      'pause-ms': { type: 'string' },
      'lock-timeout-ms': { type: 'string' },
      'statement-timeout-ms': { type: 'string' },
      'max-retries': { type: 'string' },
      wait: { type: 'boolean' },
      progress: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const command = positionals[0] ?? 'run';
  if (!['run', 'status', 'release', 'recover'].includes(command) || positionals.length > 1) {
    throw new OnlineRefusedError(`unknown command "${positionals.join(' ')}"; the commands are run, status, release, recover (see --help)`);
  }
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new OnlineRefusedError('no database: pass --database-url <url> or set DATABASE_URL');
  const only = findings(values.only);
  process.stdout.write(`database: ${describeDatabaseUrl(databaseUrl)}\n`);
  // The phase bookkeeping and the folders' SQL need a server the migrations support; an older one stops here.
  await checkedServerVersion(databaseUrl, values['database-url'] ? '--database-url' : 'DATABASE_URL');

  if (command === 'status') return printStatus(databaseUrl);
  if (command === 'release') {
    const result = await releaseContracts(databaseUrl, { only });
    process.stdout.write(
      `released: ${result.released.join(', ') || 'none new'}${result.alreadyReleased.length ? `; already released: ${result.alreadyReleased.join(', ')}` : ''}\n`,
    );
    if (result.clearedGuardFailures.length)
      process.stdout.write(`cleared the guard refusal of: ${result.clearedGuardFailures.join(', ')}\n`);
    process.stdout.write('next: pnpm --filter @leadmetrics/db prisma migrate deploy (applies the contract folders)\n');
    return 0;
  }
  if (command === 'recover') {
    const actions = await recoverFailedMigrations(databaseUrl, { log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(
      actions.length
        ? 'recovered; next: pnpm --filter @leadmetrics/db prisma migrate deploy\n'
        : 'no unfinished migration; nothing to recover\n',
    );
    return 0;
  }
  return run(databaseUrl, only, values);
}

async function run(databaseUrl: string, only: number[] | undefined, values: Record<string, string | boolean | undefined>): Promise<number> {
  const mode = values.progress ?? (process.stdout.isTTY ? 'bar' : 'lines');
  if (mode !== 'bar' && mode !== 'lines') throw new OnlineRefusedError(`--progress: expected bar or lines, got "${String(mode)}"`);
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  const get = (name: string) => integer(name, values[name] as string | undefined);
  const options: BackfillOptions = {
    only,
    batchSize: get('batch-size'),
    minBatchSize: get('min-batch-size'),
    maxBatchSize: get('max-batch-size'),
    targetBatchMs: get('target-batch-ms'),
    maxBatchMs: get('max-batch-ms'),
    pauseMs: get('pause-ms'),
    lockTimeoutMs: get('lock-timeout-ms'),
    statementTimeoutMs: get('statement-timeout-ms'),
    maxRetries: get('max-retries'),
    wait: values.wait === true,
    signal: abort.signal,
    onProgress: createProgressPrinter(process.stdout, mode),
  };
  const results = await runBackfill(databaseUrl, options);
  for (const r of results) {
    process.stdout.write(
      `${r.expandFolder}: ${r.outcome}, ${r.rows.toLocaleString('en')} rows in ${r.batches} batches, ${r.retries} retries, ${formatDuration(r.seconds)}\n`,
    );
  }
  if (results.some((r) => r.outcome === 'stopped')) {
    process.stdout.write('stopped between two batches; run the same command again to carry on\n');
    return 130;
  }
  process.stdout.write('backfill complete. Next: deploy the application that reads the new structures, then `pnpm backfill release`\n');
  return 0;
}

async function printStatus(databaseUrl: string): Promise<number> {
  const statuses = await phaseStatus(databaseUrl);
  for (const s of statuses) {
    process.stdout.write(
      `f${String(s.finding).padStart(2, '0')} ${s.expandFolder}: ${s.stage}, ${s.backfillRows.toLocaleString('en')} rows backfilled; contract: ${s.contractFolders.join(', ') || 'none'}\n`,
    );
  }
  return statuses.some((s) => s.stage === 'expanded' || s.stage === 'backfilling') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`backfill: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
