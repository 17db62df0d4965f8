// Locations the generator reads and writes, computed from this file so nothing depends on the working directory
// or on where the repository is checked out. Everything written into docs/ uses paths relative to the repository
// root (see `repoRelative`), never a path of the machine that generated it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (apps/docs/src -> ../../..). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The generated reference; committed, rewritten as a whole by `pnpm docs:generate`. */
export const docsDir = path.join(repoRoot, 'docs');

/** `absolute` as a POSIX path relative to the repository root (`packages/db/prisma/schema/tenant.prisma`). */
export function repoRelative(absolute: string): string {
  return path.relative(repoRoot, path.resolve(absolute)).split(path.sep).join('/');
}

/** A Markdown link target from the generated file `fromDocsFile` (relative to docs/) to a repository path. */
export function linkFromDocs(fromDocsFile: string, repoPath: string): string {
  const fromDir = path.posix.dirname(path.posix.join('docs', fromDocsFile));
  return path.posix.relative(fromDir, repoPath) || '.';
}

/** Replaces every occurrence of the repository root in `text` (error messages) by a relative path. */
export function withoutMachinePaths(text: string): string {
  const root = repoRoot.endsWith(path.sep) ? repoRoot : repoRoot + path.sep;
  return text.split(root).join('');
}
