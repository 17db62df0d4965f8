/**
 * Finds the lint-schema code to run.
 *
 * An installed package runs its built JavaScript (dist/cli.cjs, one bundled file): no TypeScript runtime is needed
 * and nothing is written or cached at run time. In a checkout of the repository (src/ present) the built code runs
 * when it is at least as new as every source file; otherwise (never built, or src/ edited since) the source runs
 * through tsx, the workspace's TypeScript runner, so `pnpm lint:schema` works on a fresh clone and never runs stale
 * code.
 *
 * CommonJS on purpose, like the bin that requires it: an ES module entry point starts Node's module loader, which
 * cost about 5 ms of CPU on a command whose whole run on a usual schema is about 60 ms above Node's own start-up.
 */
'use strict';
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const packageRoot = join(__dirname, '..');
/** The bundled command (scripts/bundle-cli.mjs writes it, and the code cache beside it). */
const builtCli = join(packageRoot, 'dist', 'cli.cjs');
const builtCliCodeCache = join(packageRoot, 'dist', 'cli.cjs.v8-cache');
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
 * threads, but on the same cores) pays back: it cost 30 to 40 ms of CPU on a 3,500-line schema. A budget four to
 * five times larger lets short runs finish in the baseline tiers, while a large schema still gets its hot functions
 * optimised a little later. Set in the command's own process only, before its code is compiled (and before the code
 * cache is made, which V8 only accepts under the same flags); the library never touches the flags of the process
 * that imports it.
 */
function tuneForShortRuns() {
  setFlagsFromString('--interrupt-budget=300000');
}

/**
 * Compiles and runs the bundled command as a CommonJS module. The build stores V8's code cache of it (the bytecode
 * of every function a few sample runs used), so start-up skips parsing and compiling them; V8 checks that the cache
 * belongs to this exact file, Node version and flags, and compiles normally when it does not.
 */
function compileBuiltCli() {
  const source = readFileSync(builtCli, 'utf8');
  const cachedData = existsSync(builtCliCodeCache) ? readFileSync(builtCliCodeCache) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: builtCli,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, builtCli, dirname(builtCli));
  return { cli: module.exports, script };
}

/** The built CLI module (`main`, `processIO`) and its package root, or undefined when the source must run instead. */
function loadBuiltCli() {
  tuneForShortRuns();
  return builtIsCurrent() ? { cli: compileBuiltCli().cli, packageRoot } : undefined;
}

/** The CLI module and its package root: the built one when it is current, else the source through tsx. */
async function loadCli() {
  const built = loadBuiltCli();
  if (built) return built;
  if (!existsSync(sourceDir)) {
    throw new Error(`${builtCli} is missing: the package was not built; run pnpm --filter @leadmetrics/rules build`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return { cli: await import(pathToFileURL(join(sourceDir, 'cli.ts')).href), packageRoot };
}

/** One line on stderr and exit code 2 for a CLI that cannot even be loaded (an unbuilt or half-installed package, unreadable files). */
function failedToLoad(error) {
  const { code, path } = error ?? {};
  const reason =
    code && path
      ? `cannot read ${path} (${code}); check the installation and its permissions`
      : String(error?.message ?? error).split('\n')[0];
  process.stderr.write(`lint-schema: ${reason}\n`);
  if (process.env.LEADMETRICS_DEBUG) process.stderr.write(`${error?.stack ?? String(error)}\n`);
  process.exitCode = 2;
}

/**
 * Runs lint-schema's main with `run(cli, packageRoot)` and sets the exit code. The built command loads synchronously;
 * only a checkout whose dist/ is stale waits for the source to load. A failure to load is one line and exit code 2,
 * like every other failure to run.
 */
function runLintSchema(run) {
  const start = (loaded) => {
    process.exitCode = run(loaded.cli, loaded.packageRoot);
  };
  let built;
  try {
    built = loadBuiltCli();
  } catch (error) {
    failedToLoad(error);
    return;
  }
  if (built) start(built);
  else loadCli().then(start, failedToLoad);
}

exports.builtCliCodeCache = builtCliCodeCache;
exports.runLintSchema = runLintSchema;
exports.tuneForShortRuns = tuneForShortRuns;
exports.compileBuiltCli = compileBuiltCli;
exports.loadBuiltCli = loadBuiltCli;
exports.loadCli = loadCli;
