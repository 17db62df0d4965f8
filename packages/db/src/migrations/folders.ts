// Reading the migration folders of prisma/migrations: which exist, what each README's front matter
// declares, and which folders a cherry-pick needs (its dependency closure).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsDir } from '../paths.js';
import { FrontMatterError, parseFrontMatter, type FrontMatter } from './front-matter.js';

/** The legacy schema's DDL: the first folder of every chain. It has no README (it is frozen). */
export const BASELINE_FOLDER = '0_baseline';

export interface MigrationFolder extends FrontMatter {
  name: string;
  /** Absolute path of the folder. */
  dir: string;
  /** Contents of migration.sql. */
  sql: string;
  /** Contents of down.sql, or null when the folder has none (the baseline). */
  downSql: string | null;
  /** Contents of validate.sql, or null when the folder has none. */
  validateSql: string | null;
  /** Path of README.md, or null (the baseline). */
  readmeFile: string | null;
  /** Line of each front-matter key in README.md, for error messages. */
  frontMatterLines: Record<string, number>;
}

/** Folder names in the order Prisma applies them (plain string order; `0_` sorts before the timestamps). */
export function listMigrationFolders(dir: string = migrationsDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

function readOptional(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Reads one folder: its SQL files and the README's front matter. Throws naming the file and line when something is off. */
export function readMigrationFolder(name: string, dir: string = migrationsDir): MigrationFolder {
  const folder = path.join(dir, name);
  const sqlFile = path.join(folder, 'migration.sql');
  if (!existsSync(sqlFile)) {
    const known = existsSync(dir) ? listMigrationFolders(dir) : [];
    throw new Error(`No migration folder "${name}" in ${dir} (no ${sqlFile}). Known folders: ${known.join(', ') || 'none'}`);
  }
  const readmeFile = path.join(folder, 'README.md');
  const readme = readOptional(readmeFile);
  let frontMatter: FrontMatter;
  let frontMatterLines: Record<string, number> = {};
  if (readme !== null) {
    ({ frontMatter, lineOf: frontMatterLines } = parseFrontMatter(readme, readmeFile));
  } else if (name === BASELINE_FOLDER) {
    frontMatter = {
      finding: null,
      title: 'The legacy schema as reviewed',
      risk: 'additive',
      dependsOn: [],
      resolves: [],
      locks: 'none beyond creating the tables',
      rollback: 'none: it is the starting point',
      phase: 'single',
      backfill: null,
    };
  } else {
    throw new Error(`${readmeFile}: missing. Every migration folder needs a README.md with front matter (see prisma/MIGRATIONS.md)`);
  }
  return {
    name,
    dir: folder,
    ...frontMatter,
    sql: readFileSync(sqlFile, 'utf8'),
    downSql: readOptional(path.join(folder, 'down.sql')),
    validateSql: readOptional(path.join(folder, 'validate.sql')),
    readmeFile: readme === null ? null : readmeFile,
    frontMatterLines,
  };
}

/**
 * Every folder `names` needs, themselves included, in the order Prisma applies them, 0_baseline
 * first. A dependency must exist on disk and sort before the folder that names it (Prisma applies
 * folders in name order, so anything else could never be honoured).
 */
export function dependencyClosure(names: readonly string[], dir: string = migrationsDir): string[] {
  const seen = new Set<string>([BASELINE_FOLDER]);
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const folder = readMigrationFolder(name, dir);
    const where = [folder.readmeFile ?? folder.dir, folder.frontMatterLines.dependsOn ?? 1] as const;
    for (const dependency of folder.dependsOn) {
      if (!existsSync(path.join(dir, dependency, 'migration.sql'))) {
        throw new FrontMatterError(...where, `"dependsOn" names "${dependency}", which is not a migration folder in ${dir}`);
      }
      if (dependency >= name) {
        throw new FrontMatterError(
          ...where,
          `"dependsOn" names "${dependency}", which sorts after "${name}"; Prisma applies folders in name order, so a dependency must have an earlier name`,
        );
      }
      pending.push(dependency);
    }
  }
  return [...seen].sort();
}
