#!/usr/bin/env node
/**
 * Runs the CLI from its TypeScript source (src/cli.ts).
 *
 * Why not simply `node --import tsx`: registering tsx costs about 250 ms per process on our CI machines, more than
 * the whole lint. So the source is transpiled once with esbuild (the transpiler tsx itself uses) into one cached
 * file, keyed by the paths, sizes and modification times of the source files; later runs stat the sources and
 * import the cached file directly. Any edit to src/ changes the key and rebuilds on the next run.
 * Falls back to tsx when esbuild cannot be loaded, or always with LINT_SCHEMA_NO_CACHE=1.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(packageRoot, 'src');
const entry = join(srcDir, 'cli.ts');

/** A hash of every non-test source file's path, size and mtime (plus the Node version the bundle targets). */
function sourceKey() {
  const hash = createHash('sha1').update(process.version);
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  walk(srcDir);
  return hash.digest('hex').slice(0, 16);
}

function loadEsbuild() {
  const require = createRequire(import.meta.url);
  try {
    return require('esbuild');
  } catch {
    // esbuild is tsx's own dependency; resolve it from there so we need no second copy.
    return createRequire(require.resolve('tsx'))('esbuild');
  }
}

function cacheDirectory() {
  for (const dir of [join(packageRoot, 'node_modules', '.cache', 'lint-schema'), join(tmpdir(), 'lint-schema-cache')]) {
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      // not writable: try the next place
    }
  }
  return undefined;
}

async function loadCli() {
  if (process.env.LINT_SCHEMA_NO_CACHE !== '1') {
    const dir = cacheDirectory();
    if (dir) {
      const bundle = join(dir, `cli-${sourceKey()}.mjs`);
      let fresh = false;
      try {
        statSync(bundle);
        fresh = true;
      } catch {
        fresh = build(bundle, dir);
      }
      if (fresh) return import(pathToFileURL(bundle).href);
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(entry).href);
}

/** Bundles src/cli.ts into `bundle` (written to a temporary name first, so parallel runs never see half a file). */
function build(bundle, dir) {
  let esbuild;
  try {
    esbuild = loadEsbuild();
  } catch {
    return false;
  }
  const temporary = `${bundle}.${process.pid}.tmp`;
  try {
    esbuild.buildSync({
      entryPoints: [entry],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      packages: 'external',
      logLevel: 'silent',
    });
    renameSync(temporary, bundle);
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
  // Drop bundles of older sources.
  for (const name of readdirSync(dir)) {
    if (name.startsWith('cli-') && join(dir, name) !== bundle && !name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  }
  return true;
}

const { main } = await loadCli();
process.exitCode = main(process.argv.slice(2), undefined, packageRoot);
