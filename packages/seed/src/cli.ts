/**
 * `pnpm seed`: fill a database that has the legacy schema with deterministic data and planted anomalies.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ANOMALY_KIND_NAMES, type AnomalyRates } from './anomalies/kinds.js';
import { correctedSchemaDir, explainEnvironmentalError, probeWritable, runCliMain } from '@leadmetrics/db';
import type { DomainModule } from './domains/index.js';
import type { Manifest } from './manifest.js';
import { detectSchema, seedDatabase } from './seed-database.js';
import { createProgressReporter } from './progress.js';
import { SeedRefusedError, assertLocal, redact } from './safety.js';
import { SCALES, type ScaleName } from './scales.js';

const HELP = `Usage: pnpm seed [options]

Fills a PostgreSQL database that has the legacy Leadmetrics schema (a fresh database plus
packages/db/prisma/migrations/0_baseline/migration.sql) with deterministic, realistic rows for every
model, plants the anomalies the migrations must handle (packages/seed/ANOMALIES.md), and writes a
manifest of them. A database with the corrected schema is filled too, without anomalies.

Options:
  --database-url <url>   database to fill (default: $DATABASE_URL)
  --scale <name>         ${Object.values(SCALES)
    .map((s) => `${s.name} (~${s.rows.toLocaleString('en-US')} rows)`)
    .join(', ')}; default demo
  --seed <integer>       random seed; the same seed gives byte-identical data (default 1)
  --rate <kind=share>    anomaly rate, a share between 0 and 1 (repeatable), e.g. --rate keyword_duplicates=0.1
  --schema <which>       legacy, corrected, auto, or a path to a schema file or folder (default auto: legacy when
                         the database has the legacy tables, corrected when it has every migration applied, as
                         after \`prisma migrate reset\`; the corrected schema is filled without planted anomalies)
  --out <dir>            write manifest.json into this directory (default: print it to stdout)
  --reset                empty every table of the schema first (TRUNCATE ... CASCADE) instead of refusing
                         a database that already holds rows
  --allow-remote         allow a host other than localhost / 127.0.0.1 / ::1 / a unix socket
  --quiet                no progress output
  -h, --help             show this help

Exit codes: 0 seeded, 1 refused or failed, 2 bad arguments or could not run (database out of reach, disk full,
a folder it cannot write), 130 interrupted (Ctrl-C: the load is undone first).
Anomaly kinds: ${ANOMALY_KIND_NAMES.join(', ')}.`;

function usageError(message: string): never {
  process.stderr.write(`seed: ${message}\nRun with --help for usage.\n`);
  process.exit(2);
}

type CliValues = Record<string, string | boolean | string[] | undefined>;

/** The command line as typed, or a usage error (exit 2). */
function parseCommandLine(argv: string[]): CliValues {
  try {
    return parseArgs({
      args: argv,
      options: {
        'database-url': { type: 'string' },
        scale: { type: 'string', default: 'demo' },
        seed: { type: 'string', default: '1' },
        rate: { type: 'string', multiple: true },
        out: { type: 'string' },
        schema: { type: 'string', default: 'auto' },
        reset: { type: 'boolean', default: false },
        'allow-remote': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    usageError((error as Error).message);
  }
}

/** The --rate kind=share pairs, each checked against the known anomaly kinds. */
function parseRates(entries: readonly string[]): AnomalyRates {
  const rates: AnomalyRates = {};
  for (const entry of entries) {
    const match = /^([a-z_]+)=([0-9.]+)$/.exec(entry);
    if (!match) usageError(`--rate expects kind=share, got "${entry}".`);
    if (!(ANOMALY_KIND_NAMES as string[]).includes(match[1]!)) usageError(`unknown anomaly kind "${match[1]}".`);
    rates[match[1] as keyof AnomalyRates] = Number(match[2]);
  }
  return rates;
}

/** Which schema the database holds (or --schema names), as the schema file and domain modules the seed uses. */
async function chooseSchema(
  databaseUrl: string,
  which: string,
): Promise<{ detected: string; schemaPath?: string; domains?: DomainModule[] }> {
  const detected = which === 'auto' ? await detectSchema(databaseUrl) : which;
  if (detected === null) {
    throw new Error(
      `${redact(databaseUrl)} has neither the legacy nor the corrected schema. Apply ` +
        'packages/db/prisma/migrations/0_baseline/migration.sql (legacy) or run the migrations (corrected) first.',
    );
  }
  if (detected === 'corrected') return { detected, schemaPath: correctedSchemaDir, domains: [] };
  if (detected !== 'legacy') return { detected, schemaPath: resolve(process.env.INIT_CWD ?? process.cwd(), detected) };
  return { detected };
}

/**
 * Ctrl-C (or SIGTERM) stops the load between two tables and undoes it; a second one stops at once. A large seed
 * interrupted half way must not leave a database without its keys. Returns the signal and a function that
 * removes the handlers.
 */
function interruptOnSignals(progress: ReturnType<typeof createProgressReporter> | undefined): { signal: AbortSignal; release(): void } {
  const interrupt = new AbortController();
  const onSignal = () => {
    if (interrupt.signal.aborted) process.exit(130);
    progress?.stop();
    process.stderr.write('seed: interrupted; undoing the load (press Ctrl-C again to stop at once)\n');
    interrupt.abort(new InterruptedError('the rows loaded so far were removed and every key restored'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: interrupt.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** The closing lines: rows, speed, what was planted, and where the manifest went. */
function reportLoad(manifest: Manifest, started: number, outDir: string | undefined): void {
  const seconds = (Date.now() - started) / 1000;
  const planted = Object.entries(manifest.anomalies)
    .map(([kind, a]) => `${kind}=${a.ids.length}`)
    .join(' ');
  process.stderr.write(
    `seed: ${manifest.totalRows} rows in ${Object.keys(manifest.tables).length} tables, ${seconds.toFixed(1)} s ` +
      `(${Math.round(manifest.totalRows / seconds)} rows/s); seed ${manifest.seed}, scale ${manifest.scale}\n` +
      `seed: planted ${planted || 'nothing (no domain modules for this schema)'}\n`,
  );
  if (outDir) process.stderr.write(`seed: manifest written to ${join(outDir, 'manifest.json')}\n`);
  else process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
}

/** The exit code and one line for a load that stopped: interrupted 130, environment 2, refused or failed 1. */
function reportFailure(error: unknown): number {
  if (error instanceof InterruptedError) {
    process.stderr.write(`seed: interrupted: ${error.message}\n`);
    return 130; // the shell's code for a run stopped by Ctrl-C
  }
  const environmental = explainEnvironmentalError(error, { writeHint: 'write the manifest elsewhere with --out <dir>' });
  if (environmental) {
    process.stderr.write(`seed: could not run: ${environmental}\n`);
    return 2;
  }
  const prefix = error instanceof SeedRefusedError ? 'refused' : 'failed';
  process.stderr.write(`seed: ${prefix}: ${(error as Error).message}\n`);
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  const values = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const databaseUrl = (values['database-url'] as string | undefined) ?? process.env.DATABASE_URL;
  if (!databaseUrl) usageError('no database: pass --database-url or set DATABASE_URL.');
  const scale = values.scale as string;
  if (!(scale in SCALES)) usageError(`unknown scale "${scale}"; use one of ${Object.keys(SCALES).join(', ')}.`);
  if (!/^-?\d+$/.test(values.seed as string)) usageError(`--seed must be an integer, got "${values.seed}".`);
  const rates = parseRates((values.rate as string[] | undefined) ?? []);

  // pnpm runs scripts inside the package folder; a relative --out means the folder the user typed it in.
  const outDir = values.out ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out as string) : undefined;
  const progress = values.quiet ? undefined : createProgressReporter();
  const started = Date.now();
  try {
    // Which schema: decided before anything is written, and only after the host guard said yes.
    assertLocal(databaseUrl, values['allow-remote'] as boolean);
    // The manifest is written after the load: a folder that cannot take it is said before, with nothing loaded.
    if (outDir) await probeWritable(outDir);
    const { detected, schemaPath, domains } = await chooseSchema(databaseUrl, values.schema as string);
    if (!values.quiet) process.stderr.write(`seed: ${detected} schema${detected === 'corrected' ? ' (no planted anomalies)' : ''}\n`);
    const interrupt = interruptOnSignals(progress);
    const manifest = await seedDatabase({
      schemaPath,
      domains,
      databaseUrl,
      scale: scale as ScaleName,
      seed: Number(values.seed),
      rates,
      reset: values.reset as boolean,
      allowRemote: values['allow-remote'] as boolean,
      outDir,
      onProgress: progress ? (p) => progress.update(p) : undefined,
      signal: interrupt.signal,
    }).finally(interrupt.release);
    progress?.stop();
    // The signal is looked at between tables only: past the last one the load completes and is kept.
    if (interrupt.signal.aborted) process.stderr.write('seed: the interrupt came after the last table; the load is complete and kept\n');
    reportLoad(manifest, started, outDir);
    return 0;
  } catch (error) {
    progress?.stop();
    return reportFailure(error);
  }
}

/** Why a load stopped when the user pressed Ctrl-C (or the process got SIGTERM). */
class InterruptedError extends Error {}

// Run when executed directly (node --import tsx src/cli.ts, bin/seed.mjs), not when imported by a test.
const invoked = process.argv[1] ?? '';
if (/cli\.(ts|js|mjs)$/.test(invoked) || /seed\.mjs$/.test(invoked)) {
  runCliMain('seed', () => main(process.argv.slice(2)), { handlesInterrupt: true });
}
