#!/usr/bin/env node
// `pnpm build` for @leadmetrics/db: generate the Prisma client of the corrected schema and, when
// the legacy schema is present, the legacy client too. Both go through bin/prisma.mjs, so no
// engine binary is downloaded.
//
// Safe to run several times at once and after an interrupted run: `prisma generate` empties and
// rewrites its output folder, so two runs into one folder (turbo's build and typecheck of
// dependent packages start together) fail with ENOTEMPTY or leave a mix. Here one run at a time
// holds a lock; each client is generated into a fresh staging folder beside its target and
// renamed into place; a client whose sources have not changed since it was generated is kept.
// A run waits for another one for LEADMETRICS_GENERATE_WAIT_SECONDS (default 600), then stops with one
// line naming the process that holds the lock.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const prisma = fileURLToPath(new URL('./prisma.mjs', import.meta.url));
const generatedDir = path.join(packageRoot, 'generated');
const lockDir = path.join(generatedDir, '.generate.lock');
const STAMP = '.generated-from';

const clients = [
  { name: 'client', schema: 'prisma/schema', required: true },
  { name: 'legacy-client', schema: 'prisma/legacy/schema.prisma', required: false },
];

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A failure the user can act on: printed as one line, exit code 2. */
class GenerateError extends Error {}

/** mkdir is atomic: whoever creates the folder holds the lock. A lock whose holder died is taken over. */
function acquireLock() {
  mkdirSync(generatedDir, { recursive: true });
  const waitSeconds = Number(process.env.LEADMETRICS_GENERATE_WAIT_SECONDS ?? 600);
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      // the holder is between mkdir and writing its pid, or just released the lock
    }
    const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if ((Number.isInteger(holder) && !isRunning(holder)) || (Number.isNaN(holder) && age > 30_000)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new GenerateError(
        `another run (pid ${holder}) has held ${lockDir} for ${waitSeconds} s: wait for it to end, or remove that folder if no such process runs`,
      );
    }
    sleep(250);
  }
}

function releaseLock() {
  rmSync(lockDir, { recursive: true, force: true });
}

/** Everything a client is generated from: its schema files, the generator's version, this script. */
function sourceHash(schema) {
  const hash = createHash('sha256');
  const absolute = path.join(packageRoot, schema);
  const files = statSync(absolute).isDirectory()
    ? readdirSync(absolute)
        .filter((f) => f.endsWith('.prisma'))
        .sort()
        .map((f) => path.join(absolute, f))
    : [absolute];
  for (const file of files) hash.update(file.slice(packageRoot.length)).update(readFileSync(file));
  const require = createRequire(import.meta.url);
  hash.update(JSON.parse(readFileSync(require.resolve('prisma/package.json'), 'utf8')).version);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex');
}

/**
 * A copy of the schema at the same relative place inside `stagingDir`, so its generator's relative
 * `output` lands inside `stagingDir` too and the generated text is what an in-place run writes.
 */
function stageSchema(schema, stagingDir) {
  const copy = path.join(stagingDir, schema);
  cpSync(path.join(packageRoot, schema), copy, { recursive: true });
  return copy;
}

function generate({ name, schema }) {
  const target = path.join(generatedDir, name);
  const hash = sourceHash(schema);
  if (existsSync(path.join(target, STAMP)) && readFileSync(path.join(target, STAMP), 'utf8') === hash) {
    console.log(`generated/${name} is up to date with ${schema}.`);
    return;
  }
  const stagingDir = path.join(generatedDir, `.staging-${name}-${process.pid}`);
  rmSync(stagingDir, { recursive: true, force: true });
  const stagedOutput = path.join(stagingDir, 'generated', name);
  const result = spawnSync(process.execPath, [prisma, 'generate', '--schema', stageSchema(schema, stagingDir)], {
    cwd: packageRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(stagedOutput)) {
    rmSync(stagingDir, { recursive: true, force: true });
    if (result.status === 0)
      console.error(
        `prisma generate wrote nothing to ${path.relative(packageRoot, stagedOutput)}: does ${schema} still say output = "../../generated/${name}"?`,
      );
    process.exitCode = result.status || 1;
    return;
  }
  writeFileSync(path.join(stagedOutput, STAMP), hash);
  // Swap: the old folder moves aside in one rename, the new one takes its place in another.
  const retired = path.join(generatedDir, `.retired-${name}-${process.pid}`);
  if (existsSync(target)) renameSync(target, retired);
  renameSync(stagedOutput, target);
  rmSync(retired, { recursive: true, force: true });
  rmSync(stagingDir, { recursive: true, force: true });
}

/** Staging and retired folders of runs that were interrupted (we hold the lock, so none is live). */
function removeLeftovers() {
  for (const entry of readdirSync(generatedDir)) {
    if (entry.startsWith('.staging-') || entry.startsWith('.retired-'))
      rmSync(path.join(generatedDir, entry), { recursive: true, force: true });
  }
}

try {
  acquireLock();
} catch (error) {
  const reason =
    error instanceof GenerateError
      ? error.message
      : `cannot create ${error.path ?? generatedDir} (${error.code ?? error.message}): packages/db must be writable, the generated clients live there`;
  console.error(`generate: ${reason}`);
  process.exit(2);
}
try {
  removeLeftovers();
  for (const client of clients) {
    if (!client.required && !existsSync(path.join(packageRoot, client.schema))) {
      console.log(`${client.schema} does not exist yet; skipping the ${client.name}.`);
      continue;
    }
    generate(client);
    if (process.exitCode) break;
  }
} finally {
  releaseLock();
}
