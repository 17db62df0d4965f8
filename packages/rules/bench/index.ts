/**
 * `pnpm bench` (in packages/rules): how fast lint-schema is, measured side by side in one run. It builds dist/
 * first, so the bin runs the built JavaScript as an installed package does.
 *
 * 1. Whole process: `lint-schema <schema>` against prisma-lint 0.13 with all of its rules on, on the same file,
 *    spawned alternately so both see the same machine load; on the legacy schema and on every `.prisma` file in
 *    BENCH_SCHEMAS (a folder of public schemas fetched beforehand: nothing is downloaded here). Target: ours <= 0.15x
 *    prisma-lint's time on each. Start-up: lint-schema on the legacy schema within 2x of a bare `node -e 0`.
 * 2. In process: lint() of the legacy schema after warm-up (median). Target: <= 20 ms.
 * 3. Scaling: schemas of 1x, 4x and 16x the legacy schema (renamed copies of its models and enums), linted in
 *    rounds of equal text volume (see benchScaling). Target: 16x the size in <= 17x the time.
 * 4. Any size: one process on a 50 MB schema (renamed copies of the legacy schema) and on 30,000 similar models
 *    under one parent, with wall time, CPU time and peak memory from /usr/bin/time. Target: under 15 s and 1 GB.
 *
 * Targets are printed beside the measurements; the bench does not fail on them (timings depend on the machine).
 * Environment: BENCH_ONLY=process,in-process,scaling,size (a subset of the sections), BENCH_PROCESS_RUNS (default
 * 10), BENCH_RUNS (default 40), BENCH_SCHEMAS (folder of extra schemas for section 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, allRules } from '../src/engine.js';
import { buildGraph } from '../src/graph.js';
import { parseSchema } from '../src/parser.js';
import type { Rule } from '../src/types.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LEGACY = join(PACKAGE_ROOT, '..', 'db', 'prisma', 'legacy', 'schema.prisma');
const OUR_BIN = join(PACKAGE_ROOT, 'bin', 'lint-schema.cjs');
/** prisma-lint's executable, resolved when section 1 needs it (a missing devDependency then says so in one line). */
function prismaLintBin(): string {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve('prisma-lint/package.json');
  } catch {
    throw new BenchSetupError('prisma-lint, the tool section 1 compares against, is not installed: run pnpm install again');
  }
  return join(packageJson.replace(/package\.json$/, ''), 'dist', 'cli.js');
}

const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 10);
const IN_PROCESS_RUNS = Number(process.env.BENCH_RUNS ?? 40);

/** Every prisma-lint 0.13 rule, each with a configuration that makes it do real work on a typical schema. */
const PRISMA_LINT_CONFIG = {
  rules: {
    'ban-unbounded-string-type': ['error'],
    'enum-name-pascal-case': ['error'],
    'enum-value-case': ['error', { style: 'snake', case: 'upper' }],
    'enum-value-snake-case': ['error', { case: 'upper' }],
    'field-name-camel-case': ['error'],
    'field-name-grammatical-number': ['error', { ifList: 'plural' }],
    'field-name-mapping-snake-case': ['error'],
    'field-order': ['error', { order: ['id', '...', 'createdAt', 'updatedAt'] }],
    'forbid-field': ['error', { forbid: ['uuid'] }],
    'forbid-required-ignored-field': ['error'],
    'model-name-grammatical-number': ['error', { style: 'singular' }],
    'model-name-mapping-snake-case': ['error'],
    'model-name-pascal-case': ['error'],
    'model-name-prefix': ['error', { prefix: '' }],
    'require-default-empty-arrays': ['error'],
    'require-field-index': ['error', { forAllRelations: true }],
    'require-field-type': ['error', { require: [{ ifName: 'id', type: 'String' }] }],
    'require-field': ['error', { require: ['id', 'createdAt'] }],
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function verdict(ok: boolean): string {
  return ok ? 'meets target' : 'MISSES target';
}

/**
 * The environment of every timed process: this one's, less NODE_EXTRA_CA_CERTS. With that variable set, every Node
 * process reads and parses the extra certificates before it runs anything: on the development machine that tripled
 * a bare `node -e 0` (about 25 ms of CPU without it, 75 ms with it), so the floor of the start-up ratio said more
 * about the certificate file than about Node, and the ratio looked twice as good as it is where the variable is not
 * set (CI, most users). None of the timed commands opens a network connection.
 */
const TIMED_ENV: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete TIMED_ENV.NODE_EXTRA_CA_CERTS;

const BASH = existsSync('/bin/bash') ? '/bin/bash' : undefined;
/** What bash's `time` appends to stderr: the child's real, user and system seconds, to the millisecond. */
const TIME_LINE = /\n?@time (\S+) (\S+) (\S+)\n?$/;

/**
 * Wall and CPU time (user + system) of one Node process, both from bash's `time` keyword, which reads the child's
 * resource usage to the millisecond (GNU time prints hundredths, too coarse for a 50 ms process). Without bash: wall
 * time from here and no CPU time (NaN).
 */
function timeSpawn(args: string[]): { elapsed: number; cpu: number; status: number | null; stdout: string; stderr: string } {
  const command = BASH ?? process.execPath;
  const commandArgs = BASH ? ['-c', `TIMEFORMAT=$'\\n@time %3R %3U %3S'; time "$@"`, 'bash', process.execPath, ...args] : args;
  const started = performance.now();
  const result = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: TIMED_ENV,
  });
  const measured = TIME_LINE.exec(result.stderr);
  if (!measured) return { elapsed: performance.now() - started, cpu: Number.NaN, ...result };
  const [real, user, system] = measured.slice(1).map((value) => Number(value) * 1000);
  return {
    elapsed: real,
    cpu: user + system,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.slice(0, measured.index),
  };
}

// ---------------------------------------------------------------- 1. whole process

/**
 * Medians of alternating whole-process runs of lint-schema, prisma-lint and a bare `node -e 0` on one schema file.
 * The bare Node process is the floor of any Node command: on a small schema it is most of both tools' time, so the
 * row says how close to that floor the target lies.
 */
function compareProcesses(
  schema: string,
  config: string,
): { ours: number; theirs: number; bare: number; ourCpu: number; bareCpu: number; violations: number } {
  const ours = [OUR_BIN, schema];
  const theirs = [prismaLintBin(), '--config', config, '--no-color', schema];
  // Warm-up: fills the OS file cache for both.
  const ourFirst = timeSpawn(ours);
  const theirFirst = timeSpawn(theirs);
  if (ourFirst.status === 2) throw new Error(`lint-schema failed on ${schema}:\n${ourFirst.stderr}`);
  // prisma-lint prints its violations (to stderr) as `  error <message> <rule>` lines; none means it did not lint.
  const violations = `${theirFirst.stdout}\n${theirFirst.stderr}`.split('\n').filter((line) => /^\s*error /.test(line)).length;
  if (violations === 0)
    throw new Error(`prisma-lint reported nothing on ${schema}; did its config load?\n${theirFirst.stderr.slice(0, 2000)}`);
  const runs = {
    ours: [] as { elapsed: number; cpu: number }[],
    theirs: [] as { elapsed: number }[],
    bare: [] as { elapsed: number; cpu: number }[],
  };
  for (let i = 0; i < PROCESS_RUNS; i++) {
    // Alternate which goes first so neither always runs on a machine the other just warmed or loaded.
    if (i % 2 === 0) {
      runs.ours.push(timeSpawn(ours));
      runs.theirs.push(timeSpawn(theirs));
      runs.bare.push(timeSpawn(['-e', '0']));
    } else {
      runs.bare.push(timeSpawn(['-e', '0']));
      runs.theirs.push(timeSpawn(theirs));
      runs.ours.push(timeSpawn(ours));
    }
  }
  return {
    ours: median(runs.ours.map((r) => r.elapsed)),
    theirs: median(runs.theirs.map((r) => r.elapsed)),
    bare: median(runs.bare.map((r) => r.elapsed)),
    ourCpu: median(runs.ours.map((r) => r.cpu)),
    bareCpu: median(runs.bare.map((r) => r.cpu)),
    violations,
  };
}

function benchWholeProcess(): void {
  const dir = mkdtempSync(join(tmpdir(), 'lint-schema-bench-'));
  try {
    const config = join(dir, '.prismalintrc.json');
    writeFileSync(config, JSON.stringify(PRISMA_LINT_CONFIG, null, 2));
    const extra = process.env.BENCH_SCHEMAS;
    const schemas = [
      LEGACY,
      ...(extra
        ? readdirSync(extra)
            .filter((n) => n.endsWith('.prisma'))
            .sort()
            .map((n) => join(extra, n))
        : []),
    ];
    console.log('1. Whole process (median of %d alternating runs each; prisma-lint with all 18 rules)', PROCESS_RUNS);
    if (!extra) console.log('   (BENCH_SCHEMAS not set: only the legacy schema; see the README for the public schemas to fetch)');
    let legacy = { ours: 0, bare: 0, ourCpu: 0, bareCpu: 0 };
    for (const schema of schemas) {
      const { ours, theirs, bare, ourCpu, bareCpu, violations } = compareProcesses(schema, config);
      if (schema === LEGACY) legacy = { ours, bare, ourCpu, bareCpu };
      const ratio = ours / theirs;
      console.log(
        `   ${relative(process.cwd(), schema).padEnd(40)} lint-schema ${ms(ours)}, prisma-lint ${ms(theirs)} (${violations} violations): ${ratio.toFixed(3)}x (target <= 0.15x: ${verdict(ratio <= 0.15)}); node -e 0 alone ${ms(bare)} = ${(bare / theirs).toFixed(3)}x`,
      );
    }
    const startRatio = legacy.ours / legacy.bare;
    const cpuRatio = legacy.ourCpu / legacy.bareCpu;
    console.log(
      `   start-up: node -e 0 ${ms(legacy.bare)}; lint-schema on the legacy schema is ${startRatio.toFixed(2)}x that (target <= 2x: ${verdict(startRatio <= 2)})`,
    );
    console.log(
      `   start-up CPU: node -e 0 ${ms(legacy.bareCpu)}, lint-schema ${ms(legacy.ourCpu)}: ${cpuRatio.toFixed(2)}x (target <= 2x: ${verdict(cpuRatio <= 2)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 2. in process

/** Median wall-clock and CPU time of lint() after warm-up. CPU time shows the cost when other work shares the machine. */
function timeLint(text: string, runs: number): { wall: number; cpu: number } {
  for (let i = 0; i < 10; i++) lint({ text, file: 'schema.prisma', config: {} });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    lint({ text, file: 'schema.prisma', config: {} });
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function optionsOf(rule: Rule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([name, spec]) => [name, spec.default]));
}

function benchInProcess(text: string): void {
  const total = timeLint(text, IN_PROCESS_RUNS);
  const parseTimes: number[] = [];
  const graphTimes: number[] = [];
  for (let i = 0; i < IN_PROCESS_RUNS; i++) {
    const a = performance.now();
    const ast = parseSchema(text, 'schema.prisma');
    const b = performance.now();
    buildGraph([ast], { strict: true });
    graphTimes.push(performance.now() - b);
    parseTimes.push(b - a);
  }
  // Each rule on a fresh graph (rules may cache per graph), so one rule's time does not hide in another's.
  const ruleTimes = allRules().map((rule) => {
    const times: number[] = [];
    for (let i = 0; i < Math.max(5, IN_PROCESS_RUNS >> 2); i++) {
      const graph = buildGraph([parseSchema(text, 'schema.prisma')], { strict: true });
      const started = performance.now();
      rule.check({ graph, options: optionsOf(rule), report() {} });
      times.push(performance.now() - started);
    }
    return { id: rule.meta.id, time: median(times) };
  });
  ruleTimes.sort((a, b) => b.time - a.time);
  console.log('\n2. In-process lint() of the legacy schema (median of %d runs after warm-up)', IN_PROCESS_RUNS);
  console.log(`   total: ${ms(total.wall)} wall, ${ms(total.cpu)} CPU  (target <= 20 ms: ${verdict(total.wall <= 20)})`);
  console.log(
    `   parse ${ms(median(parseTimes))}, graph ${ms(median(graphTimes))}; slowest rules: ${ruleTimes
      .slice(0, 5)
      .map((r) => `${r.id} ${ms(r.time)}`)
      .join(', ')}`,
  );
}

// ---------------------------------------------------------------- 3. scaling

/** The legacy schema with its model, view, type and enum blocks repeated `factor` times under new names. */
function scaledSchema(text: string, factor: number): string {
  const ast = parseSchema(text, 'schema.prisma');
  const lines = text.split('\n');
  const isHeader = (line: number) =>
    ast.blocks.some((b) => (b.kind === 'datasource' || b.kind === 'generator') && line >= b.pos.line && line <= b.endLine);
  const header: string[] = [];
  const body: string[] = [];
  lines.forEach((line, i) => (isHeader(i + 1) ? header : body).push(line));
  const names = ast.blocks.filter((b) => b.kind !== 'datasource' && b.kind !== 'generator').map((b) => b.name);
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  const bodyText = body.join('\n');
  const copies = [bodyText];
  for (let k = 1; k < factor; k++) {
    // Type names get a lower-case suffix (`Tenantv2`): a capitalised one (`TenantCopy2`) would add a word shared by
    // every model of a copy, and name-comparing rules would then report pairs no real schema has. Table names in
    // @@map("...") get one too, since they must stay unique in one database.
    copies.push(bodyText.replace(pattern, `$1v${k}`).replace(/@@map\("([^"]+)"\)/g, `@@map("$1_v${k}")`));
  }
  return `${header.join('\n')}\n${copies.join('\n')}`;
}

/**
 * Each round lints the same volume of text three ways, back to back: the 1x schema 16 times, the 4x schema 4 times,
 * the 16x schema once. Equal volumes make garbage collection count fairly on every side (16 small runs pay for
 * their collections too, instead of a median that skips the runs where one happened), and back-to-back rounds see
 * the same machine load. The scaling ratio of a round is (time of one 16x lint) / (time of one 1x lint, averaged
 * over its 16 runs); the bench prints the median over the rounds.
 */
function benchScaling(text: string): void {
  const rounds = Math.max(5, IN_PROCESS_RUNS >> 2);
  console.log(`\n3. Scaling (renamed copies of the legacy schema; ${rounds} rounds, each lints 16x the legacy text at every size)`);
  const sizes = [1, 4, 16].map((factor) => {
    const scaled = scaledSchema(text, factor);
    const result = lint({ text: scaled, config: {} });
    if (result.errors.length > 0) throw new Error(`the ${factor}x schema does not parse: ${result.errors[0].message}`);
    return {
      factor,
      text: scaled,
      lines: scaled.split('\n').length,
      models: result.graph!.models.length,
      perLint: [] as number[],
      cpu: [] as number[],
    };
  });
  // Warm-up: every size once per round shape, so the JIT has seen all of them.
  for (const size of sizes) for (let i = 0; i < 16 / size.factor; i++) lint({ text: size.text, file: 'schema.prisma', config: {} });
  for (let round = 0; round < rounds; round++) {
    for (const size of sizes) {
      const runs = 16 / size.factor;
      const startedCpu = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < runs; i++) lint({ text: size.text, file: 'schema.prisma', config: {} });
      const used = process.cpuUsage(startedCpu);
      size.perLint.push((performance.now() - started) / runs);
      size.cpu.push((used.user + used.system) / 1000 / runs);
    }
  }
  const base = sizes[0];
  const ratios = (size: (typeof sizes)[number], of: 'perLint' | 'cpu') => median(size[of].map((t, round) => t / base[of][round]));
  for (const size of sizes) {
    console.log(
      `   ${String(size.factor).padStart(2)}x: ${String(size.lines).padStart(6)} lines, ${String(size.models).padStart(5)} models: ` +
        `${ms(median(size.perLint))} wall per lint (${ratios(size, 'perLint').toFixed(2)}x), ${ms(median(size.cpu))} CPU (${ratios(size, 'cpu').toFixed(2)}x)`,
    );
  }
  const big = sizes[2];
  const ratio = ratios(big, 'perLint');
  console.log(
    `   16x size took ${ratio.toFixed(2)}x the wall time, ${ratios(big, 'cpu').toFixed(2)}x the CPU time (median over rounds; target <= 17x: ${verdict(ratio <= 17)})`,
  );
}

// ---------------------------------------------------------------- 4. any size

/** 30,000 models of one shape under one parent: what made rules quadratic (every child compared with every sibling). */
function similarModels(count: number): string {
  const header = 'datasource db {\n  provider = "postgresql"\n}\n';
  const parent = `model Tenant {\n  id String @id\n${Array.from({ length: count }, (_, i) => `  reports${i} Report${i}Entry[]`).join('\n')}\n}\n`;
  const children = Array.from(
    { length: count },
    (_, i) =>
      `model Report${i}Entry {\n  id String @id @default(cuid())\n  tenantId String\n  tenant Tenant @relation(fields: [tenantId], references: [id])\n  status String // draft | sent\n  items Json\n  userId String\n  @@unique([userId])\n}\n`,
  );
  return header + parent + children.join('');
}

/** Wall time, CPU time and peak memory of one lint-schema process, from /usr/bin/time (wall only without it). */
function measureProcess(schema: string): string {
  const args = [OUR_BIN, schema, '--format', 'json'];
  if (!existsSync('/usr/bin/time')) return `${ms(timeSpawn(args).elapsed)} wall (no /usr/bin/time for CPU and memory)`;
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], {
    encoding: 'utf8',
    env: TIMED_ENV,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status === 2) throw new Error(`lint-schema failed on ${schema}:\n${result.stderr.slice(0, 2000)}`);
  const [wall, user, system, kilobytes] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const ok = wall < 15 && kilobytes < 1024 * 1024;
  return `${wall.toFixed(1)} s wall, ${(user + system).toFixed(1)} s CPU, ${(kilobytes / 1024).toFixed(0)} MB peak (target < 15 s and < 1 GB: ${verdict(ok)})`;
}

function benchSize(text: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'lint-schema-size-'));
  try {
    const factor = Math.ceil((50 * 1024 * 1024) / text.length);
    const big = join(dir, 'fifty-megabytes.prisma');
    writeFileSync(big, scaledSchema(text, factor));
    const similar = join(dir, 'similar-models.prisma');
    writeFileSync(similar, similarModels(30_000));
    console.log('\n4. Any size (one process each, JSON output)');
    console.log(`   ${factor}x the legacy schema (${((text.length * factor) / 1024 / 1024).toFixed(0)} MB): ${measureProcess(big)}`);
    console.log(`   30,000 similar models under one parent: ${measureProcess(similar)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SECTIONS = ['process', 'in-process', 'scaling', 'size'];

/** A setting or an installation the bench cannot run with; its message is the one line the user sees. */
class BenchSetupError extends Error {}

/** The sections BENCH_ONLY names, each checked, and BENCH_SCHEMAS read once: all before any measurement. */
function checkSettings(): Set<string> {
  const only = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(',')).split(',').map((name) => name.trim()));
  const unknown = [...only].filter((name) => !SECTIONS.includes(name));
  if (unknown.length > 0) throw new BenchSetupError(`BENCH_ONLY names ${unknown.join(', ')}: use any of ${SECTIONS.join(', ')}`);
  for (const name of ['BENCH_PROCESS_RUNS', 'BENCH_RUNS']) {
    const value = process.env[name];
    if (value !== undefined && !/^[1-9]\d*$/.test(value))
      throw new BenchSetupError(`${name} is "${value}": use a whole number of 1 or more`);
  }
  const extra = process.env.BENCH_SCHEMAS;
  if (extra && only.has('process')) {
    try {
      readdirSync(extra);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new BenchSetupError(`BENCH_SCHEMAS is ${extra}, which cannot be read as a folder (${code}): fix the path or unset it`);
    }
  }
  return only;
}

/** One line for a failure to run: a setting, the installation, a file the system would not let us read or write. */
function explainBenchFailure(error: unknown): string {
  if (error instanceof BenchSetupError) return error.message;
  const { code, path, syscall, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (code && path) return `cannot ${syscall ?? 'read'} ${path} (${code}); check the path, its permissions and the free space`;
  return `unexpected error: ${(message ?? String(error)).split('\n')[0]} (run again with LEADMETRICS_DEBUG=1 to see where it came from)`;
}

function runBench(): void {
  const only = checkSettings();
  const text = readFileSync(LEGACY, 'utf8');
  console.log(
    `lint-schema bench: ${relative(join(PACKAGE_ROOT, '..', '..'), LEGACY)} (${text.split('\n').length} lines), ${allRules().length} rules, ` +
      `node ${process.version}, ${cpus().length} CPUs, load average ${load()}\n`,
  );
  if (process.env.NODE_EXTRA_CA_CERTS && (only.has('process') || only.has('size')))
    console.log('NODE_EXTRA_CA_CERTS is set here; the timed processes run without it (see TIMED_ENV)\n');
  if (only.has('process')) benchWholeProcess();
  if (only.has('in-process')) benchInProcess(text);
  if (only.has('scaling')) benchScaling(text);
  if (only.has('size')) benchSize(text);
  console.log(`\nload average at the end: ${load()} (timings on a busy machine run long; the CPU times are less affected)`);
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

// Exit codes as for every command here: 0 done, 2 could not run (one line, no stack trace unless LEADMETRICS_DEBUG=1).
try {
  runBench();
} catch (error) {
  process.stderr.write(`bench: ${explainBenchFailure(error)}\n`);
  if (process.env.LEADMETRICS_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 2;
}
