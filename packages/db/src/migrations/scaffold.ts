// `pnpm new-migration <finding-number | name>`: creates the next migration folder of packages/db/prisma/migrations
// with the four files every folder holds (see packages/db/prisma/MIGRATIONS.md): migration.sql, down.sql,
// validate.sql and a README.md whose front matter is filled from the findings catalog where it can be.
//
// The folder name sorts after every existing folder, because Prisma applies folders in name order: it is the
// current UTC time (YYYYMMDDHHMMSS, Prisma's format), or one second after the last folder when that is later.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFindingsCatalog, findingsCatalogFile, type Finding } from '../findings-catalog.js';
import { migrationsDir as defaultMigrationsDir, packageRoot } from '../paths.js';
import { listMigrationFolders, readMigrationFolder } from './folders.js';
import { MIGRATION_RISKS } from './front-matter.js';
import { runCliMain } from '../cli-main.js';

/** `absolute` relative to the repository root (two folders above this package), for messages. */
function repoRelative(absolute: string): string {
  return path.relative(path.resolve(packageRoot, '../..'), path.resolve(absolute)).split(path.sep).join('/');
}

const HELP = `Usage: pnpm new-migration <finding-number | name> [--name <words>] [--dir <migrations folder>]

Creates packages/db/prisma/migrations/<timestamp>_<name>/ with migration.sql, down.sql, validate.sql and README.md
(front matter first, as packages/db/prisma/MIGRATIONS.md describes).

  pnpm new-migration 12                      a folder for finding 12 of packages/db/catalog/findings.json:
                                             name f12_<words of its title>, finding, title and resolves filled in
  pnpm new-migration 12 --name keyword_unique  the same, named f12_keyword_unique
  pnpm new-migration add_invoice_notes       a folder that fixes no finding (finding: none)

Options:
  --name <words>   words for the folder name (lower case, digits and underscores)
  --dir <folder>   create it in this migrations folder instead of packages/db/prisma/migrations
  -h, --help       show this text

Exit codes: 0 created, 2 usage error (unknown finding, a folder for it exists already, bad name) or a folder
it cannot write (said in one line).
`;

export class ScaffoldError extends Error {}

const LEDGER_SUFFIX = '_migration_ledger';

/** Prisma's folder timestamp for a date, in UTC. */
export function timestampOf(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

function dateOf(timestamp: string): Date {
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) => Number(timestamp.slice(at, at + (i === 0 ? 4 : 2))));
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

/** The next folder timestamp: now, or one second after the latest existing timestamped folder if that is later. */
export function nextTimestamp(existing: string[], now: Date): string {
  const stamps = existing
    .map((name) => /^(\d{14})_/.exec(name)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
  const latest = stamps[stamps.length - 1];
  if (!latest) return timestampOf(now);
  const afterLatest = new Date(dateOf(latest).getTime() + 1000);
  return timestampOf(now > afterLatest ? now : afterLatest);
}

/** Folder-name words from a title: lower case, the first few words, underscores. */
export function nameWords(text: string, maxWords = 5): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('_');
}

export interface ScaffoldPlan {
  folder: string;
  files: Map<string, string>;
}

function frontMatter(finding: Finding | undefined, title: string, dependsOn: string[]): string {
  return [
    '---',
    `finding: ${finding ? finding.id : 'none'}`,
    `title: ${title}`,
    `risk: data-dependent            # one of: ${MIGRATION_RISKS.join(' | ')}`,
    `dependsOn: [${dependsOn.join(', ')}]`,
    `resolves: [${finding ? finding.anomalies.join(', ') : ''}]  # anomaly kinds of packages/db/catalog/findings.json this folder resolves`,
    'locks: TODO which lock on which table, and for how long (writes wait? reads go on?)',
    'rollback: TODO what down.sql restores, and what it cannot',
    '---',
  ].join('\n');
}

function readme(finding: Finding | undefined, title: string, dependsOn: string[]): string {
  return `${frontMatter(finding, title, dependsOn)}

# ${title}

## The problem

TODO: what is wrong in the schema today and what it costs${finding ? ` (finding ${finding.id}: ${finding.title})` : ''}.

## The change

TODO: what the schema looks like afterwards (tables, columns, constraints, index names).

## What happens to existing data

TODO: every row and value this folder touches, and where it goes: updated, merged, moved, nulled or quarantined.
Give the counts of a seeded demo run (\`pnpm seed -- --scale demo\`, then this folder) as a table of
table / action / rows / anomaly, the same numbers the folder writes to migration_ledger.

## Locks

TODO: each lock, on which table, from which statement to the commit. Keep \`SET LOCAL lock_timeout\`.

## Dependencies

${dependsOn.length === 0 ? 'None: the folder applies on the legacy schema alone.' : dependsOn.map((d) => `- \`${d}\`: TODO why`).join('\n')}

## Rollback

TODO: what down.sql restores, and what a rollback cannot restore.

## Squawk exceptions

TODO: run squawk on migration.sql and give, for every report left, the rule in backticks and why it is safe here;
write "None." when squawk reports nothing.
`;
}

function migrationSql(folder: string, finding: Finding | undefined): string {
  const anomaly = finding?.anomalies[0];
  return `-- ${finding ? `Finding ${finding.id}: ${finding.title}` : 'TODO: what this folder changes and why'}
-- Prisma runs this whole file as one transaction: if any statement fails, nothing of it stays.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- TODO: the DDL. Get Prisma's version with
--   pnpm --filter @leadmetrics/db prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema --script
-- and keep Prisma's default constraint and index names.

DO $$
DECLARE
  m CONSTANT text := '${folder}';
  affected integer;
BEGIN
  -- TODO: move the existing data. Copy every value that cannot be mapped into "migration_quarantine"
  -- (migration, tableName, rowId, columnName, value, reason, tenantId) before nulling or deleting it.
  affected := 0;
  GET DIAGNOSTICS affected = ROW_COUNT;

  -- One ledger row per thing done to existing data; rows after = rows before + inserted - deleted, per table.
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'TODO_table', 'updated', affected, ${anomaly ? `'${anomaly}'` : 'NULL'}, 'TODO: short words');

  RAISE NOTICE '%: TODO_table: % rows updated', m, affected;
END $$;
`;
}

function downSql(folder: string): string {
  return `-- The way back to the state before ${folder}: the schema exactly, the data as far as it can be restored
-- (put quarantined values back from "migration_quarantine" where this folder moved them there).
SET LOCAL lock_timeout = '5s';

-- TODO: undo the DDL.

DELETE FROM "migration_ledger" WHERE "migration" = '${folder}';
`;
}

function validateSql(folder: string): string {
  return `-- Returns rows only when something is wrong after ${folder}; an empty result is the proof.
-- One SELECT per promise the folder makes, each naming the problem and the offending row.
SELECT 'TODO: the problem' AS problem, NULL::text AS detail
 WHERE false;
`;
}

export function planScaffold(args: { target: string; name?: string }, migrationsDir: string, catalogFile: string, now: Date): ScaffoldPlan {
  const existing = existsSync(migrationsDir) ? listMigrationFolders(migrationsDir) : [];
  let finding: Finding | undefined;
  let words: string;
  const number = /^f?0*(\d+)$/i.exec(args.target);
  if (number) {
    const id = Number(number[1]);
    const catalog = loadFindingsCatalog(catalogFile);
    finding = catalog.findings.find((f) => f.id === id);
    if (!finding) {
      throw new ScaffoldError(
        `finding ${id} is not in ${repoRelative(catalogFile)} (it has ${catalog.findings.map((f) => f.id).join(', ')}); add it there first`,
      );
    }
    for (const name of existing) {
      try {
        if (readMigrationFolder(name, migrationsDir).finding === id) {
          throw new ScaffoldError(`finding ${id} already has a folder: ${name}; edit that one, or add a folder without a finding`);
        }
      } catch (error) {
        if (error instanceof ScaffoldError) throw error;
        // A folder whose README does not parse yet cannot claim the finding; its own checks will say so.
      }
    }
    words = `f${String(id).padStart(2, '0')}_${args.name ?? nameWords(finding.title)}`;
  } else {
    words = args.name ? `${args.target}_${args.name}` : args.target;
  }
  if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(words)) {
    throw new ScaffoldError(`"${words}" cannot be a folder name: use lower-case letters, digits and single underscores`);
  }
  const folder = `${nextTimestamp(existing, now)}_${words}`;
  const ledger = existing.find((name) => name.endsWith(LEDGER_SUFFIX));
  const dependsOn = finding && finding.anomalies.length > 0 && ledger ? [ledger] : [];
  const title = finding ? finding.title : words.replace(/_/g, ' ');
  return {
    folder,
    files: new Map([
      ['migration.sql', migrationSql(folder, finding)],
      ['down.sql', downSql(folder)],
      ['validate.sql', validateSql(folder)],
      ['README.md', readme(finding, title, dependsOn)],
    ]),
  };
}

export function main(argv: string[], now = new Date()): number {
  const positional: string[] = [];
  let name: string | undefined;
  let dir = defaultMigrationsDir;
  const base = process.env.INIT_CWD ?? process.cwd();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (arg === '--name' || arg === '--dir') {
      const value = argv[++i];
      if (!value) return usage(`${arg} needs a value`);
      if (arg === '--name') name = value;
      else dir = path.resolve(base, value);
    } else if (arg.startsWith('-')) {
      return usage(`unknown option "${arg}"`);
    } else positional.push(arg);
  }
  if (positional.length !== 1) return usage('give one finding number or one folder name');
  try {
    const plan = planScaffold({ target: positional[0]!, name }, dir, findingsCatalogFile, now);
    const folderDir = path.join(dir, plan.folder);
    // Not recursive for the folder itself: Node reports a read-only parent as ENOENT when recursive.
    mkdirSync(dir, { recursive: true });
    mkdirSync(folderDir);
    for (const [file, content] of plan.files) writeFileSync(path.join(folderDir, file), content);
    process.stdout.write(
      `Created ${path.relative(base, folderDir) || '.'}/ with ${[...plan.files.keys()].join(', ')}.\n` +
        'Next: write the change and its data handling, replace every TODO (the README front matter first), then\n' +
        '  pnpm --filter @leadmetrics/verify exec vitest run test/migrations   # cherry-pick, squawk and chain tests\n' +
        `  pnpm verify                                                         # the whole proof\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) return usage(error.message, false);
    throw error;
  }
}

function usage(message: string, withHelp = true): number {
  process.stderr.write(`new-migration: ${message}\n${withHelp ? `\n${HELP}` : ''}`);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCliMain('new-migration', () => main(process.argv.slice(2)));
}
