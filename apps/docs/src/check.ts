// Compares generated docs with a folder on disk: what is stale (differs), missing (not written yet) and extra
// (on disk but no longer generated). `pnpm docs:check` and the docs test both use it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface DocsDiff {
  stale: string[];
  missing: string[];
  extra: string[];
}

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const next = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(next);
      else out.push(next);
    }
  };
  walk('');
  return out.sort();
}

export function diffDocs(generated: Map<string, string>, dir: string): DocsDiff {
  const onDisk = new Set(listFiles(dir));
  const diff: DocsDiff = { stale: [], missing: [], extra: [] };
  for (const [file, content] of generated) {
    if (!onDisk.has(file)) diff.missing.push(file);
    else if (readFileSync(path.join(dir, file), 'utf8') !== content) diff.stale.push(file);
  }
  for (const file of onDisk) if (!generated.has(file)) diff.extra.push(file);
  return diff;
}

export function isClean(diff: DocsDiff): boolean {
  return diff.stale.length + diff.missing.length + diff.extra.length === 0;
}

/** Lines naming each difference, for the terminal. */
export function describeDiff(diff: DocsDiff, dirLabel: string): string[] {
  return [
    ...diff.stale.map((f) => `stale:   ${dirLabel}/${f}`),
    ...diff.missing.map((f) => `missing: ${dirLabel}/${f}`),
    ...diff.extra.map((f) => `extra:   ${dirLabel}/${f} (no longer generated)`),
  ];
}
