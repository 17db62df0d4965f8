/**
 * `pnpm --filter @leadmetrics/verify bench:faults [--seed N] [--kills N] [--restarts N]`: the full
 * fault schedule on the phased chain (default 20 kill -9 of the running step and 5 immediate server
 * restarts, seed 1), each on a fresh copy of the seeded demo database, on a PostgreSQL server this
 * command starts and stops itself. Prints one line per fault and writes faults-report.json in the
 * current folder (or --out). Exit 0 when every round recovered cleanly, 1 when one did not, 2 when it could not run.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runFaultSchedule } from '../src/faults/index.js';
import { buildLegacyDatabase } from '../src/legacy-database.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      kills: { type: 'string' },
      restarts: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: pnpm --filter @leadmetrics/verify bench:faults [--seed N] [--kills N (20)] [--restarts N (5)] [--out faults-report.json]',
    );
    return 0;
  }
  const seed = Number(values.seed ?? 1);
  const kills = Number(values.kills ?? 20);
  const restarts = Number(values.restarts ?? 5);
  const started = performance.now();
  const report = await runFaultSchedule({
    seed,
    kills,
    restarts,
    buildLegacy: async (url) => {
      await buildLegacyDatabase(url);
    },
    log: (line) => console.log(line),
  });
  const summary = {
    ...report,
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100), node: process.version },
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  await writeFile(values.out ?? 'faults-report.json', `${JSON.stringify(summary, null, 2)}\n`);
  const interrupted = report.outcomes.filter((o) => o.interrupted).length;
  console.log(
    `\n${report.outcomes.length} faults (seed ${seed}): ${interrupted} interrupted the run, ${report.problems} problem(s) after recovery; load average ${summary.machine.loadAverage.join(' ')}`,
  );
  return report.problems === 0 ? 0 : 1;
}

// Ctrl-C or a kill: leave through process.exit, so the server this bench started is stopped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:faults: ${(error as Error).stack ?? error}`);
    process.exitCode = 2;
  },
);
