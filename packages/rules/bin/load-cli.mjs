/**
 * Finds the lint-schema code to run.
 *
 * An installed package runs its built JavaScript (dist/): nothing is compiled at run time and no TypeScript
 * runtime is needed. In a checkout of the repository (src/ present) the built code runs when it is at least as new
 * as every source file; otherwise (never built, or src/ edited since) the source runs through tsx, the workspace's
 * TypeScript runner, so `pnpm lint:schema` works on a fresh clone and never runs stale code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const builtCli = join(packageRoot, 'dist', 'cli.js');
const sourceDir = join(packageRoot, 'src');

/** The newest modification time of the non-test TypeScript files under `dir`. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  if (!existsSync(builtCli)) return false;
  if (!existsSync(sourceDir)) return true;
  return statSync(builtCli).mtimeMs >= newestSource(sourceDir);
}

/**
 * A lint of a usual schema takes a few tens of milliseconds. With V8's default budget the parser's loops are handed
 * to the optimising compiler within the first milliseconds, and the process exits before that work (on other
 * threads, but on the same cores) pays back: it cost about a third of the CPU time of a run on a 3,500-line schema.
 * A budget four to five times larger lets short runs finish in the baseline tiers, while a large schema still gets
 * its hot functions optimised a little later. Set in the command's own process only, before its code is compiled;
 * the library never touches the flags of the process that imports it.
 */
function tuneForShortRuns() {
  setFlagsFromString('--interrupt-budget=300000');
}

/** The CLI module (`main`, `processIO`) and the package root it belongs to. */
export async function loadCli() {
  tuneForShortRuns();
  if (builtIsCurrent()) return { cli: await import(pathToFileURL(builtCli).href), packageRoot };
  if (!existsSync(sourceDir)) {
    throw new Error(`lint-schema: ${builtCli} is missing; the package was not built (pnpm --filter @leadmetrics/rules build)`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return { cli: await import(pathToFileURL(join(sourceDir, 'cli.ts')).href), packageRoot };
}
