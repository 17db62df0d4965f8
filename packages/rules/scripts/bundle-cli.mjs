/**
 * Writes dist/cli.js, the file the `lint-schema` command runs, as one bundled module (after `tsc` has written dist/).
 *
 * Why one file: a command that lints a schema in tens of milliseconds spent about as long again resolving, reading
 * and compiling the thirty-odd modules of dist/ one by one. The bundle holds the same code (the CLI, the engine, the
 * rules, the formatters) and needs nothing else at run time: no dependency, no TypeScript runtime. The library entry
 * point (dist/index.js) stays a tree of modules for those who import the API.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: packageRoot,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Readable output: stack traces of unexpected errors (LEADMETRICS_DEBUG=1) should name real functions.
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
