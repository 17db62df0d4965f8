// squawk (npm squawk-cli), the PostgreSQL migration linter, over a folder's migration.sql, and the
// exceptions its README gives for the reports that remain.
//
// squawk runs with --assume-in-transaction because that is how the file is executed: Prisma sends
// each migration.sql as one transaction. Without the flag squawk would ask for IF [NOT] EXISTS on
// every statement "in case the migration fails part way", which a transaction already rules out.
// The exception is a file that is one CREATE/DROP INDEX CONCURRENTLY statement: PostgreSQL runs it
// outside any transaction (prisma/ONLINE.md), so squawk sees it that way too.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { migrationsDir } from '../paths.js';
import { concurrentIndexStatement } from './sql-statements.js';

const run = promisify(execFile);

export interface SquawkReport {
  rule: string;
  /** 1-based line of migration.sql. */
  line: number;
  message: string;
  help: string | null;
}

function squawkEntryPoint(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('squawk-cli/package.json')), 'js', 'bin', 'squawk');
}

/** squawk's reports on each of `files` (one squawk run per kind of file), keyed by the file path as given. */
export async function squawkFiles(files: readonly string[]): Promise<Map<string, SquawkReport[]>> {
  const outsideTransaction = files.filter((file) => existsSync(file) && concurrentIndexStatement(readFileSync(file, 'utf8')));
  const inTransaction = files.filter((file) => !outsideTransaction.includes(file));
  const out = new Map<string, SquawkReport[]>(files.map((file) => [file, []]));
  for (const [group, flags] of [
    [inTransaction, ['--assume-in-transaction']],
    [outsideTransaction, []],
  ] as const) {
    for (const [file, reports] of await squawkRun(group, flags)) out.set(file, reports);
  }
  return out;
}

async function squawkRun(files: readonly string[], flags: readonly string[]): Promise<Map<string, SquawkReport[]>> {
  const out = new Map<string, SquawkReport[]>(files.map((file) => [file, []]));
  if (files.length === 0) return out;
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [squawkEntryPoint(), ...flags, '--reporter', 'json', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    // squawk exits 1 when it reports anything; the JSON is still on stdout.
    const e = error as { stdout?: string; stderr?: string; code?: number };
    if (e.code !== 1 || !e.stdout)
      throw new Error(`squawk failed on ${files.join(', ')}: ${e.stderr || (error as Error).message}`, { cause: error });
    stdout = e.stdout;
  }
  const reports = JSON.parse(stdout || '[]') as { file: string; rule_name: string; line: number; message: string; help: string | null }[];
  for (const r of reports) {
    const file = files.find((f) => f === r.file || path.resolve(f) === path.resolve(r.file));
    if (file === undefined) throw new Error(`squawk reported on ${r.file}, which it was not asked about`);
    // squawk's JSON line numbers start at 0.
    out.get(file)!.push({ rule: r.rule_name, line: r.line + 1, message: r.message, help: r.help ?? null });
  }
  return out;
}

/** squawk's reports on one SQL file (an empty list when it finds nothing). */
export async function squawkFile(file: string): Promise<SquawkReport[]> {
  return (await squawkFiles([file])).get(file)!;
}

/** squawk's reports on a folder's migration.sql. */
export function squawkMigration(name: string, dir: string = migrationsDir): Promise<SquawkReport[]> {
  return squawkFile(path.join(dir, name, 'migration.sql'));
}

/** squawk's reports on the migration.sql of each named folder, in one squawk run. */
export async function squawkMigrations(names: readonly string[], dir: string = migrationsDir): Promise<Map<string, SquawkReport[]>> {
  const files = new Map(names.map((name) => [name, path.join(dir, name, 'migration.sql')]));
  const reports = await squawkFiles([...files.values()]);
  return new Map(names.map((name) => [name, reports.get(files.get(name)!)!]));
}

/**
 * The squawk rules a folder's README excuses: every `rule-name` written in backticks inside a
 * section whose heading mentions squawk (e.g. "## Squawk exceptions"), each next to its reason.
 * A rule is excused for the whole file, so the README must say why for every place it fires.
 */
export function squawkExceptions(name: string, dir: string = migrationsDir): Set<string> {
  const readme = path.join(dir, name, 'README.md');
  if (!existsSync(readme)) return new Set();
  const rules = new Set<string>();
  let inSection = false;
  let sectionLevel = 0;
  for (const line of readFileSync(readme, 'utf8').split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (/squawk/i.test(heading[2]!)) {
        inSection = true;
        sectionLevel = level;
      } else if (inSection && level <= sectionLevel) {
        inSection = false;
      }
      continue;
    }
    if (!inSection) continue;
    for (const match of line.matchAll(
      /`((?:ban|require|prefer|adding|changing|constraint|disallowed|renaming|transaction)-[a-z0-9-]+)`/g,
    )) {
      rules.add(match[1]!);
    }
  }
  return rules;
}

/** Reports of a folder's migration.sql that its README does not excuse. */
export async function unexcusedSquawkReports(name: string, dir: string = migrationsDir): Promise<SquawkReport[]> {
  const excused = squawkExceptions(name, dir);
  return (await squawkMigration(name, dir)).filter((report) => !excused.has(report.rule));
}
