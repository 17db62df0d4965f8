// Which migration folders run before the pause and which after it, and what each phased finding
// consists of (its expand folder, its backfill, its contract folders), read from the folders'
// front matter (prisma/ONLINE.md).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { migrationsDir } from '../paths.js';
import { listMigrationFolders, readMigrationFolder, type MigrationFolder } from '../migrations/folders.js';
import { concurrentIndexStatement, KEEPS_ACCESS_EXCLUSIVE_MARKER, rowWorkAfterAccessExclusive } from '../migrations/sql-statements.js';
import type { BackfillDefinition } from './definition.js';

/** The infrastructure folder that creates the online_migration schema. */
export const ONLINE_PHASES_FOLDER = '20261129000000_online_phases';

export interface PhasedFinding {
  finding: number | null;
  expandFolder: string;
  /** Contract folders that wait for this expand folder's backfill, in application order. */
  contractFolders: string[];
  /** Path of backfill.ts, or null when the expand step needs no backfill (nothing to copy). */
  backfillFile: string | null;
}

/** Splits folder names (any order) into those applied before the pause and those after it, each in Prisma's order. */
export function splitAtPause(names: readonly string[], dir: string = migrationsDir): { beforePause: string[]; afterPause: string[] } {
  const ordered = [...new Set(names)].sort();
  const phaseOf = (name: string) => readMigrationFolder(name, dir).phase;
  return {
    beforePause: ordered.filter((name) => phaseOf(name) !== 'contract'),
    afterPause: ordered.filter((name) => phaseOf(name) === 'contract'),
  };
}

/** Every phased finding of the migrations folder, keyed by its expand folder. */
export function phasedFindings(dir: string = migrationsDir): PhasedFinding[] {
  const folders = listMigrationFolders(dir).map((name) => readMigrationFolder(name, dir));
  return folders
    .filter((folder) => folder.phase === 'expand')
    .map((expand) => ({
      finding: expand.finding,
      expandFolder: expand.name,
      contractFolders: folders.filter((f) => f.phase === 'contract' && f.backfill === expand.name).map((f) => f.name),
      backfillFile: existsSync(path.join(expand.dir, 'backfill.ts')) ? path.join(expand.dir, 'backfill.ts') : null,
    }));
}

/** Loads an expand folder's backfill.ts (its default export). */
export async function loadBackfillDefinition(file: string): Promise<BackfillDefinition> {
  const module = (await import(pathToFileURL(file).href)) as { default?: BackfillDefinition };
  const definition = module.default;
  if (!definition || !Array.isArray(definition.steps)) {
    throw new Error(`${file}: must export default { steps: [...], finishSql? } (a BackfillDefinition, see prisma/ONLINE.md)`);
  }
  return definition;
}

/**
 * Problems with the phase convention in the folders: a contract folder must name an existing
 * expand folder that sorts before it, depend on it, and sort after every folder that is not a
 * contract (so one `prisma migrate deploy` applies everything up to the pause and stops at the
 * first contract folder); an expand folder names itself; both call the bookkeeping functions. In
 * every folder, row work comes before the catalog changes that close a table (checkLockOrder).
 */
export function checkPhaseConvention(dir: string = migrationsDir): string[] {
  const folders = listMigrationFolders(dir).map((name) => readMigrationFolder(name, dir));
  const problems: string[] = [];
  const where = (f: MigrationFolder, key: string) => `${f.readmeFile ?? f.dir}:${f.frontMatterLines[key] ?? 1}`;
  const lastBeforePause = folders.filter((f) => f.phase !== 'contract').at(-1)?.name ?? '';
  for (const folder of folders) {
    problems.push(...checkLockOrder(folder));
    if (folder.phase === 'expand') {
      if (folder.backfill !== folder.name)
        problems.push(`${where(folder, 'backfill')}: an expand folder names itself: "backfill: ${folder.name}"`);
      if (!folder.sql.includes(`"online_migration"."expanded"('${folder.name}'`)) {
        problems.push(
          `${folder.dir}/migration.sql: an expand folder must end with SELECT "online_migration"."expanded"('${folder.name}', <finding>);`,
        );
      }
      if (!folder.dependsOn.includes(ONLINE_PHASES_FOLDER))
        problems.push(`${where(folder, 'dependsOn')}: an expand folder depends on ${ONLINE_PHASES_FOLDER}`);
    }
    if (folder.phase !== 'contract') continue;
    const expand = folders.find((f) => f.name === folder.backfill);
    if (!expand || expand.phase !== 'expand')
      problems.push(`${where(folder, 'backfill')}: "backfill: ${folder.backfill}" is not an expand folder`);
    if (!folder.dependsOn.includes(folder.backfill!))
      problems.push(`${where(folder, 'dependsOn')}: a contract folder depends on its expand folder ${folder.backfill}`);
    if (folder.name < lastBeforePause)
      problems.push(`${folder.dir}: a contract folder must sort after every expand and single folder (it sorts before ${lastBeforePause})`);
    if (concurrentIndexStatement(folder.sql)) {
      problems.push(...checkConcurrentContractFolder(folder, folders));
      continue;
    }
    const guard = `"online_migration"."require_released"('${folder.backfill}', '${folder.name}')`;
    const firstStatement =
      folder.sql.split('\n').find((line) => /^\s*(SELECT|ALTER|CREATE|DROP|UPDATE|INSERT|DELETE|DO|LOCK)\b/i.test(line)) ?? '';
    if (!firstStatement.includes(guard))
      problems.push(`${folder.dir}/migration.sql: the first statement of a contract folder must be SELECT ${guard};`);
    // A finding may contract in several folders (each its own transaction, e.g. a key added NOT VALID in
    // one and validated in the next); only the last records the contract, so recover can tell them apart.
    const records = folder.sql.includes(`"online_migration"."contracted"('${folder.backfill}')`);
    const last = folders.filter((f) => f.phase === 'contract' && f.backfill === folder.backfill).at(-1) === folder;
    if (last && !records) {
      problems.push(
        `${folder.dir}/migration.sql: the last contract folder of ${folder.backfill} must end with SELECT "online_migration"."contracted"('${folder.backfill}');`,
      );
    }
    if (!last && records) {
      problems.push(
        `${folder.dir}/migration.sql: only the last contract folder of ${folder.backfill} records the contract; remove "online_migration"."contracted" here`,
      );
    }
  }
  return problems;
}

/**
 * A concurrent index folder may sit after the pause (an index that can only be built once the backfill
 * has merged the rows it would refuse). It is one statement, so it cannot carry the guard itself: it
 * must depend on a guarded contract folder of the same expand folder that sorts before it, so the
 * guard's refusal stops a deploy before the build.
 */
function checkConcurrentContractFolder(folder: MigrationFolder, folders: readonly MigrationFolder[]): string[] {
  const guarded = folders.filter(
    (f) =>
      f.phase === 'contract' &&
      f.backfill === folder.backfill &&
      f.name < folder.name &&
      folder.dependsOn.includes(f.name) &&
      !concurrentIndexStatement(f.sql) &&
      f.sql.includes(`"online_migration"."require_released"('${folder.backfill}'`),
  );
  return guarded.length > 0
    ? []
    : [
        `${folder.dir}: a concurrent index folder after the pause must depend on a contract folder of ${folder.backfill} that sorts before it and starts with the guard`,
      ];
}

/**
 * A folder runs as one transaction, so an ACCESS EXCLUSIVE lock is held from the statement that takes it
 * to the commit: a scan or a write after it keeps the application off that table for all of its time
 * (on a big table, seconds). Row work goes first and the catalog changes last; a folder that must hold
 * the lock through some work says why in a comment above the statement that takes it.
 */
function checkLockOrder(folder: MigrationFolder): string[] {
  const found = rowWorkAfterAccessExclusive(folder.sql);
  if (!found) return [];
  const firstWords = (text: string) => text.split(/\s+/).slice(0, 4).join(' ');
  return [
    `${folder.dir}/migration.sql:${found.work.line}: "${firstWords(found.work.text)} …" reads or writes rows after line ${found.lock.line} ` +
      `("${firstWords(found.lock.text)} …") took ACCESS EXCLUSIVE on ${found.table}, which it keeps to the commit: the application ` +
      `waits for all of that work. Move the catalog change after the row work, or say why it must come first in a comment ` +
      `"${KEEPS_ACCESS_EXCLUSIVE_MARKER} <why>" right above line ${found.lock.line}`,
  ];
}
