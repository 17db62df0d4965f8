// Synchronous clean-up that runs when the process ends without the normal stop(): on exit, and on
// Ctrl-C / SIGTERM / SIGHUP. signal-exit decides whether a signal ends the process (it does when
// no one else handles it) and cooperates with the other copies of itself our dependencies load;
// plain process.on('SIGINT') handlers would each wait for the other to end the process.
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onExit } from 'signal-exit';

const cleanups = new Set<() => void>();
let removeHook: (() => void) | undefined;

function runAll(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // the process is ending: one failed clean-up must not stop the others
    }
  }
}

/** Registers `cleanup` to run synchronously if the process ends first; returns the unregister function. */
export function cleanUpOnExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  removeHook ??= onExit(runAll);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0 && removeHook) {
      removeHook();
      removeHook = undefined;
    }
  };
}

// Asynchronous clean-up for a command that is interrupted (Ctrl-C, SIGTERM): what cannot be undone synchronously
// while the process ends, such as dropping a database it made on someone's server. runCliMain awaits these before it
// exits; the synchronous hooks above (stopping a server we started, removing its folder) still run afterwards.
const interruptCleanups = new Set<() => Promise<unknown>>();

/** Registers `cleanup` to be awaited if the command is interrupted; returns the unregister function. */
export function cleanUpOnInterrupt(cleanup: () => Promise<unknown>): () => void {
  interruptCleanups.add(cleanup);
  return () => {
    interruptCleanups.delete(cleanup);
  };
}

/** Runs every registered interrupt clean-up at once; settles when all have, or after `limitMs` (a server gone quiet). */
export async function runInterruptCleanups(limitMs: number): Promise<void> {
  const pending = [...interruptCleanups].map((cleanup) => Promise.resolve().then(cleanup));
  interruptCleanups.clear();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(pending),
    new Promise((resolve) => {
      timer = setTimeout(resolve, limitMs);
    }),
  ]);
  clearTimeout(timer);
}

export interface TemporaryFolder {
  dir: string;
  /** Removes the folder (and forgets the exit hook). Safe to call twice. */
  remove(): Promise<void>;
}

/** A fresh folder under the OS temp dir (`<prefix>XXXXXX`), removed by remove() or, failing that, as the process ends. */
export function temporaryFolder(prefix: string): TemporaryFolder {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const forget = cleanUpOnExit(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    remove: async () => {
      // The exit hook stays until the folder is gone: a Ctrl-C that ends the process while this removal is under
      // way (a child killed by the same Ctrl-C lands a command in its finally block) must still find it.
      await rm(dir, { recursive: true, force: true });
      forget();
    },
  };
}
