// How the backfill command shows progress: a bar redrawn in place on a terminal, plain lines (at
// most one every few seconds per step, plus every start, retry and finish) when the output is a
// file or a pipe, so logs stay readable.
import type { BackfillProgress } from './backfill.js';

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function describe(p: BackfillProgress): string {
  const percent = p.rowsTotal > 0 ? Math.min(100, (100 * p.rowsDone) / p.rowsTotal) : 100;
  return (
    `${p.expandFolder} step ${p.step + 1}/${p.steps} ${p.label}: ${p.rowsDone.toLocaleString('en')}/${p.rowsTotal.toLocaleString('en')} rows ` +
    `(${percent.toFixed(0)}%), ${Math.round(p.rowsPerSecond).toLocaleString('en')} rows/s, batch ${p.batchSize}, ETA ${formatDuration(p.etaSeconds)}`
  );
}

export function createProgressPrinter(stream: NodeJS.WriteStream, mode: 'bar' | 'lines', everyMs = 5000): (p: BackfillProgress) => void {
  let lastLine = 0;
  let barShown = false;
  const line = (text: string) => {
    if (barShown) stream.write('\n');
    barShown = false;
    stream.write(`${text}\n`);
  };
  return (p) => {
    switch (p.kind) {
      case 'batch': {
        if (mode === 'bar') {
          const width = 30;
          const filled = p.rowsTotal > 0 ? Math.round((width * Math.min(p.rowsDone, p.rowsTotal)) / p.rowsTotal) : width;
          stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${describe(p)}\x1b[K`);
          barShown = true;
        } else if (Date.now() - lastLine >= everyMs) {
          lastLine = Date.now();
          line(describe(p));
        }
        return;
      }
      case 'start':
        lastLine = Date.now();
        return line(
          `${p.expandFolder}: step ${p.step + 1}/${p.steps} (${p.label}) starts at row ${p.rowsDone.toLocaleString('en')} of ${p.rowsTotal.toLocaleString('en')}`,
        );
      case 'step-done':
        return line(`${p.expandFolder}: step ${p.step + 1}/${p.steps} (${p.label}) done, ${p.rowsDone.toLocaleString('en')} rows`);
      case 'retry':
        return line(`${p.expandFolder}: batch retried, ${p.message}`);
      case 'finished':
        return line(`${p.expandFolder}: backfill finished`);
      case 'already-finished':
        return line(`${p.expandFolder}: backfill already ${p.message}; nothing to do`);
      case 'contracted':
        return line(`${p.expandFolder}: ${p.message}`);
    }
  };
}
