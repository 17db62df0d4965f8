// Synchronous clean-up that runs when the process ends without the normal stop(): on exit, and on
// Ctrl-C / SIGTERM / SIGHUP. signal-exit decides whether a signal ends the process (it does when
// no one else handles it) and cooperates with the other copies of itself our dependencies load;
// plain process.on('SIGINT') handlers would each wait for the other to end the process.
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
