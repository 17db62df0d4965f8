// `pnpm --filter @leadmetrics/online online`: runs the chains under live traffic on copies of one
// seeded database and writes the report. Exit 0 when the runs completed (1 with --check when a
// target was missed), 2 when it could not run.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_MAPPING_FILE, SCALES, type ScaleName } from '@leadmetrics/seed';
import { singleTransactionChain, type Chain } from './chain.js';
import { copyOf, estimatedRows, existingTemplate, seededTemplate, type Database } from './databases.js';
import {
  checkedServerVersion,
  provisionPostgres,
  readMappingFile,
  runCliMain,
  ValueMappingError,
  withPgClient,
  writeValueMapping,
  type ProvisionedPostgres,
  type ValueMappingEntry,
} from './db.js';
import { runHarness, type HarnessOptions } from './harness.js';
import { migrationFoldersAt } from './git-folders.js';
import { phasedChain } from './phased.js';
import { buildReport, writeReport, type Environment, type OnlineReport } from './report.js';
import { DEFAULT_LIMITS, summarise, type RunSummary } from './summary.js';

const HELP = `Usage: pnpm --filter @leadmetrics/online online [options]

Runs the migration chain(s) while a legacy and a corrected application send traffic, on copies of
one seeded legacy database, and writes online-report.json, online-report.md and one SVG chart per
chain.

Options:
  --scale <name>        seed a template database at demo | small | medium | large (default demo)
  --template <db>       use this existing database (legacy schema, seeded) as the template instead
                        of seeding one; it is copied, never changed
  --database-url <url>  server to use (a database on it); default DATABASE_URL, else an embedded
                        PostgreSQL on a free port
  --chains <list>       comma-separated: phased, single (needs --single-ref), phased:<n>+<n>
                        (those findings cherry-picked from the phased chain, with the legacy
                        application serving throughout); default phased
  --single-ref <commit> commit of this repository whose migrations folder is today's
                        single-transaction chain (taken with git archive)
  --workers <n>         connections per application (default 4)
  --think-ms <n>        mean pause between two requests of a worker (default 10)
  --before <s>          legacy traffic alone before the chain (default 5)
  --pause <s>           both applications at the pause before contract (default 3)
  --after <s>           corrected traffic alone after the chain (default 3)
  --sample-ms <n>       pg_locks sampling interval (default 25)
  --legacy-transactions the legacy application writes a reminder and its counter, and reads and
                        rewrites a subscription's JSON log, inside one transaction each (default:
                        separate statements, as the review describes the legacy application)
  --mapping <file>      the value mapping (the format of pnpm preflight --write-mapping) loaded into
                        each copy before its chain, as an operator loads theirs (RUNBOOK.md); default
                        packages/seed/demo-mapping.json, which covers what the seed plants at any scale
  --out <dir>           where the report goes (default ./online-report)
  --note <text>         a line for the report's header (e.g. what else ran on the machine)
  --render <dir>        only write online-report.md and the charts again from <dir>/online-report.json
  --check               exit 1 when a target is missed
  --help                this text

Exit codes: 0 done, 1 a target missed (with --check), 2 could not run.`;

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`--${name} must be a non-negative number, got "${value}"`);
  return parsed;
}

class UsageError extends Error {}

/** The operator's value mapping, checked before anything runs (a bad file is a usage error naming each problem). */
function readMapping(file: string | undefined): ValueMappingEntry[] {
  const resolved = file ? path.resolve(process.env.INIT_CWD ?? process.cwd(), file) : DEMO_MAPPING_FILE;
  try {
    return readMappingFile(resolved, file ?? 'packages/seed/demo-mapping.json');
  } catch (error) {
    if (error instanceof ValueMappingError) throw new UsageError(`--mapping: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`--mapping: no file ${resolved}`);
    throw error;
  }
}

/** The chains to run, and what to clean up after them (the folders taken from git). */
async function chainsToRun(list: string, singleRef: string | undefined, cleanups: (() => Promise<void>)[]): Promise<Chain[]> {
  const chains: Chain[] = [];
  for (const name of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const cherryPick = /^phased:(\d+(?:\+\d+)*)$/.exec(name);
    if (name === 'phased') chains.push(phasedChain());
    else if (cherryPick) chains.push(phasedChain({ findings: cherryPick[1]!.split('+').map(Number) }));
    else if (name === 'single') {
      if (!singleRef) {
        throw new UsageError(
          "--chains single needs --single-ref <commit>: the commit whose migrations folder is today's single-transaction chain (see the README)",
        );
      }
      const folders = await migrationFoldersAt(singleRef);
      cleanups.push(folders.dispose);
      const chain = singleTransactionChain(folders.dir);
      chains.push({ ...chain, description: `${chain.description} (the folders at ${singleRef})` });
    } else throw new UsageError(`--chains: unknown chain "${name}" (phased, single, phased:<finding>+<finding>)`);
  }
  if (chains.length === 0) throw new UsageError('--chains: nothing to run');
  return chains;
}

const OPTIONS = {
  scale: { type: 'string', default: 'demo' },
  template: { type: 'string' },
  'database-url': { type: 'string' },
  chains: { type: 'string', default: 'phased' },
  'single-ref': { type: 'string' },
  workers: { type: 'string' },
  'think-ms': { type: 'string' },
  before: { type: 'string' },
  pause: { type: 'string' },
  after: { type: 'string' },
  'sample-ms': { type: 'string' },
  out: { type: 'string', default: 'online-report' },
  note: { type: 'string' },
  check: { type: 'boolean', default: false },
  render: { type: 'string' },
  'legacy-transactions': { type: 'boolean', default: false },
  mapping: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** One chain on its own copy of the template, dropped afterwards. */
async function runOnCopy(
  serverUrl: string,
  template: Database,
  chain: Chain,
  options: Omit<HarnessOptions, 'databaseUrl' | 'chain'>,
  mapping: readonly ValueMappingEntry[],
): Promise<RunSummary> {
  const copy = await copyOf(serverUrl, template, chain.name);
  try {
    await writeValueMapping(copy.url, mapping);
    console.error(`online: ${chain.name}: ${chain.description}`);
    return summarise(await runHarness({ databaseUrl: copy.url, chain, ...options, log: (line) => console.error(`online: ${line}`) }));
  } finally {
    await copy.dispose();
  }
}

function machineFacts(): Environment['machine'] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
  };
}

export async function main(args: string[]): Promise<number> {
  const startedAt = new Date().toISOString();
  const { values } = parseArgs({ args, options: OPTIONS });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.render) {
    const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.render);
    const report = JSON.parse(await readFile(path.join(dir, 'online-report.json'), 'utf8')) as OnlineReport;
    for (const file of await writeReport(dir, report)) console.log(file);
    return 0;
  }
  if (!(values.scale! in SCALES)) throw new UsageError(`--scale must be one of ${Object.keys(SCALES).join(', ')}, got "${values.scale}"`);
  const harnessOptions = {
    workers: number(values.workers, 4, 'workers'),
    thinkMs: number(values['think-ms'], 10, 'think-ms'),
    beforeSeconds: number(values.before, 5, 'before'),
    pauseSeconds: number(values.pause, 3, 'pause'),
    afterSeconds: number(values.after, 3, 'after'),
    samplerIntervalMs: number(values['sample-ms'], 25, 'sample-ms'),
    legacyTransactions: values['legacy-transactions']!,
  };
  const mapping = readMapping(values.mapping);
  const outDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out!);
  // Whatever fails from here on (a server out of reach, too), the folders taken from git are removed again.
  const cleanups: (() => Promise<void>)[] = [];
  let server: ProvisionedPostgres | null = null;
  let template: Database | undefined;
  try {
    const chains = await chainsToRun(values.chains!, values['single-ref'], cleanups);
    server = values['database-url'] ? null : await provisionPostgres({ log: (line) => console.error(`online: ${line}`) });
    const serverUrl = values['database-url'] ?? server!.url;
    // A server of the user's own is held to the versions the migrations support before anything is made on it.
    if (values['database-url']) await checkedServerVersion(serverUrl, '--database-url');
    const loadStart = os.loadavg();
    const serverVersion = await withPgClient(
      serverUrl,
      async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string,
    );
    if (values.template) template = existingTemplate(serverUrl, values.template);
    else {
      console.error(`online: seeding a template database at scale ${values.scale}`);
      template = await seededTemplate(serverUrl, values.scale as ScaleName);
    }
    const summaries: RunSummary[] = [];
    for (const chain of chains) summaries.push(await runOnCopy(serverUrl, template, chain, harnessOptions, mapping));
    const environment: Environment = {
      scale: values.template ? `${values.scale} (template ${values.template})` : values.scale!,
      databaseRows: await estimatedRows(template.url),
      server: `PostgreSQL ${serverVersion}`,
      provider: server?.provider ?? 'given --database-url',
      machine: machineFacts(),
      loadAverage: { start: loadStart.map((l) => Number(l.toFixed(2))), end: os.loadavg().map((l) => Number(l.toFixed(2))) },
      startedAt,
      ...(values.note && { note: values.note }),
    };
    const report = buildReport(summaries, environment, DEFAULT_LIMITS);
    for (const file of await writeReport(outDir, report)) console.log(file);
    for (const target of report.targets)
      console.log(
        `${target.met === false ? 'MISSED' : target.met ? 'met   ' : 'n/a   '} ${target.name}: ${target.actual} (wanted ${target.target})${target.why ? ` - ${target.why}` : ''}`,
      );
    return values.check && report.targets.some((t) => t.met === false) ? 1 : 0;
  } finally {
    if (!values.template) await template?.dispose();
    await server?.dispose();
    for (const cleanup of cleanups) await cleanup();
  }
}

/**
 * Runs `main` as a command: exit code 2 with a one-line message for bad arguments and for an environment that lets
 * it down; on Ctrl-C the databases it made are dropped and the server it started is stopped, exit code 130.
 */
export function runAsCommand(args: string[]): void {
  runCliMain('online', async () => {
    try {
      return await main(args);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`online: ${error.message}`);
      return 2;
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runAsCommand(process.argv.slice(2));
