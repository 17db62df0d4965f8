/**
 * Writes dist/cli.cjs, the file the `lint-schema` command runs, as one bundled module (after `tsc` has written
 * dist/), and V8's code cache for it (dist/cli.cjs.v8-cache).
 *
 * Why one file: a command that lints a schema in tens of milliseconds spent about as long again resolving, reading
 * and compiling the thirty-odd modules of dist/ one by one. The bundle holds the same code (the CLI, the engine, the
 * rules, the formatters) and needs nothing else at run time: no dependency, no TypeScript runtime. The library entry
 * point (dist/index.js) stays a tree of modules for those who import the API.
 *
 * Why a code cache: compiling the functions a run uses was the next largest cost of a short run. The cache is made
 * here, once, by a separate process that runs the command on every rule's examples in every output format and then
 * asks V8 for the bytecode it compiled (see compileBuiltCli in bin/load-cli.cjs, which reads it back).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

async function bundle() {
  await build({
    absWorkingDir: packageRoot,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The CLI finds its package root from its own location; in a CommonJS bundle that is __filename.
    define: { 'import.meta.url': '__cliModuleUrl' },
    banner: { js: 'const __cliModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // Readable output: stack traces of unexpected errors (LEADMETRICS_DEBUG=1) should name real functions.
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** In a fresh process: run the bundle on sample schemas, then save the bytecode V8 compiled for it. */
async function writeCodeCache() {
  const loader = await import(pathToFileURL(join(packageRoot, 'bin', 'load-cli.cjs')).href);
  loader.tuneForShortRuns();
  const { cli, script } = loader.compileBuiltCli();
  const { rules } = await import(pathToFileURL(join(packageRoot, 'dist', 'index.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'lint-schema-code-cache-'));
  try {
    const files = [];
    for (const rule of rules) {
      for (const [kind, text] of Object.entries(rule.meta.examples ?? {})) {
        const file = join(dir, `${rule.meta.id}-${kind}.prisma`);
        writeFileSync(file, text);
        files.push(file);
      }
    }
    const silent = { stdout() {}, stderr() {}, cwd: dir, color: true };
    for (const format of ['stylish', 'json', 'sarif', 'github']) cli.main([...files, '--format', format], silent, { packageRoot });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(loader.builtCliCodeCache, script.createCachedData());
}

if (process.argv[2] === '--code-cache') {
  await writeCodeCache();
} else {
  await bundle();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--code-cache'], { stdio: 'inherit' });
  if (child.status !== 0) process.exit(child.status ?? 1);
}
