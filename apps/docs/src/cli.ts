// `pnpm docs:generate` / `pnpm docs:check`: writes or checks the generated reference in docs/.
import { mkdirSync, readFileSync, rmSync, rmdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCliMain } from '@leadmetrics/db';
import { describeDiff, diffDocs, isClean, listFiles } from './check.js';
import { generateDocs } from './generate.js';
import { docsDir, repoRelative, withoutMachinePaths } from './paths.js';

const HELP = `Usage: pnpm docs:generate | pnpm docs:check [--out <dir>]

Generates the onboarding reference from the corrected schema (packages/db/prisma/schema), the legacy schema,
the migration folders' README front matter, the findings catalog and the rules' metadata:
  docs/index.md              domain map: every domain page and every model, models A to Z, the review's findings
  docs/domains/<domain>.md   one page per schema file: models, fields, relations (ON DELETE), indexes, enums
  docs/diagrams/*.svg        ER diagrams (Graphviz dot, compiled to WebAssembly), split when a domain is large
  docs/migrations.md         one row per migration folder
  docs/rules.md              the rule catalog
  docs/findings/<id>.md      before/after per finding

Options:
  --check       generate in memory and compare with docs/; exit 1 listing stale, missing and extra files
  --out <dir>   write to (or check) <dir> instead of docs/
  -h, --help    show this text

Exit codes: 0 done (or up to date), 1 docs/ is out of date (--check), 2 usage error or unreadable sources.
`;

interface Options {
  check: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { check: false, out: docsDir };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue; // pnpm passes it through when the user writes `pnpm docs:generate -- --check`
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--check') options.check = true;
    else if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new UsageError('--out needs a folder');
      options.out = path.resolve(process.env.INIT_CWD ?? process.cwd(), value);
    } else throw new UsageError(`unknown argument "${arg}"`);
  }
  return options;
}

class UsageError extends Error {}

/** Writes `files` into `dir`, removing files that are no longer generated; returns what changed. */
export function writeDocs(files: Map<string, string>, dir: string): { written: string[]; removed: string[] } {
  const written: string[] = [];
  for (const [file, content] of files) {
    const target = path.join(dir, file);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    written.push(file);
  }
  const removed = listFiles(dir).filter((file) => !files.has(file));
  for (const file of removed) rmSync(path.join(dir, file));
  removeEmptyFolders(dir);
  return { written, removed };
}

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = path.join(dir, entry.name);
    removeEmptyFolders(sub);
    if (readdirSync(sub).length === 0) rmdirSync(sub);
  }
}

export async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`docs: ${error.message}\n\n${HELP}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const started = performance.now();
  let generated;
  try {
    generated = await generateDocs(undefined, (domain, index, total) =>
      process.stdout.write(`docs: drawing the ${domain} diagrams (${index} of ${total})\n`),
    );
  } catch (error) {
    process.stderr.write(`docs: cannot generate: ${withoutMachinePaths((error as Error).message)}\n`);
    return 2;
  }
  for (const warning of generated.warnings) process.stderr.write(`warning: ${warning}\n`);
  const label = repoRelative(options.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (options.check) {
    const diff = diffDocs(generated.files, options.out);
    if (isClean(diff)) {
      process.stdout.write(`${label}/ is up to date (${generated.files.size} files, ${seconds}s).\n`);
      return 0;
    }
    process.stderr.write(
      `${label}/ is out of date:\n${describeDiff(diff, label)
        .map((l) => `  ${l}`)
        .join('\n')}\nRun \`pnpm docs:generate\` and commit the result.\n`,
    );
    return 1;
  }
  mkdirSync(options.out, { recursive: true });
  const { written, removed } = writeDocs(generated.files, options.out);
  process.stdout.write(`${label}/: ${generated.files.size} files, ${written.length} written, ${removed.length} removed (${seconds}s).\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCliMain('docs', () => main(process.argv.slice(2)), { writeHint: 'make the folder writable or write elsewhere with --out <dir>' });
}
