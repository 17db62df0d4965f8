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

/** The CLI module (`main`, `processIO`) and the package root it belongs to. */
export async function loadCli() {
  if (builtIsCurrent()) return { cli: await import(pathToFileURL(builtCli).href), packageRoot };
  if (!existsSync(sourceDir)) {
    throw new Error(`${builtCli} is missing: the package was not built; run pnpm --filter @leadmetrics/rules build`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return { cli: await import(pathToFileURL(join(sourceDir, 'cli.ts')).href), packageRoot };
}

/**
 * Runs lint-schema's main with `run(cli, packageRoot)` and sets the exit code; a CLI that cannot even be loaded (an
 * unbuilt or half-installed package, unreadable files) is one line and exit code 2, like every other failure to run.
 */
export async function runLintSchema(run) {
  let loaded;
  try {
    loaded = await loadCli();
  } catch (error) {
    const { code, path } = error ?? {};
    const reason =
      code && path
        ? `cannot read ${path} (${code}); check the installation and its permissions`
        : String(error?.message ?? error).split('\n')[0];
    process.stderr.write(`lint-schema: ${reason}\n`);
    if (process.env.LEADMETRICS_DEBUG) process.stderr.write(`${error?.stack ?? String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = run(loaded.cli, loaded.packageRoot);
}
