// Loads tsx, the TypeScript runner every command of this repository starts with
// (`node --import @leadmetrics/db/register-tsx src/cli.ts`).
//
// tsx keeps a compile cache in the OS temp dir, and when it cannot create it there (TMPDIR read-only, missing,
// full) it stops with a stack trace before the command has run a line of its own. Without a temp dir we can write
// to, the cache is turned off (TSX_DISABLE_CACHE): the command then runs, a little slower, and says itself, in
// one line, what it cannot do there.
import { mkdtempSync, rmdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function tempDirWritable() {
  try {
    rmdirSync(mkdtempSync(path.join(os.tmpdir(), 'lm-tsx-probe-')));
    return true;
  } catch {
    return false;
  }
}

// Set before tsx starts its loader thread, which takes its environment from this process at that moment.
if (!process.env.TSX_DISABLE_CACHE && !tempDirWritable()) process.env.TSX_DISABLE_CACHE = '1';
await import('tsx');
