/**
 * Progress of a seeding run: a bar on an interactive terminal, plain lines otherwise (CI logs, pipes), so a long
 * run is never silent and a log is never flooded with carriage returns.
 */
import cliProgress from 'cli-progress';
import type { SeedProgress } from './seed-database.js';

export interface ProgressReporter {
  update(progress: SeedProgress): void;
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const interactive = Boolean(stream.isTTY) && !process.env.CI;
  if (interactive) {
    const bar = new cliProgress.SingleBar(
      { format: 'seeding [{bar}] {percentage}% | {value}/{total} rows | {table}', stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (p.phase === 'generate') {
          if (!started) {
            bar.start(Math.max(p.rowsPlanned, p.rowsDone), 0, { table: p.table });
            started = true;
          }
          if (p.rowsDone > bar.getTotal()) bar.setTotal(p.rowsDone);
          bar.update(p.rowsDone, { table: p.table });
        } else if (p.phase === 'finish') {
          if (started) bar.update({ table: p.step });
        }
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastPercent = -1;
  const started = Date.now();
  return {
    update(p) {
      if (p.phase === 'generate') {
        const percent = Math.floor((p.rowsDone / Math.max(1, p.rowsPlanned)) * 100);
        // One line per table for short runs, one per 10% for long ones.
        if (p.tablesTotal <= 20 || percent >= lastPercent + 10 || p.tablesDone === p.tablesTotal) {
          lastPercent = percent;
          stream.write(`seed: ${p.tablesDone}/${p.tablesTotal} tables, ${p.rowsDone} rows (${Math.min(100, percent)}%) - ${p.table}\n`);
        }
      } else if (p.phase === 'finish') {
        stream.write(`seed: ${p.step} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      }
    },
    stop() {},
  };
}
