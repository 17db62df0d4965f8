// Today's single-transaction chain is what the migrations folder held before its findings were
// split into expand, backfill and contract: to run it beside the phased chain on the same data, the
// folders are taken from a git commit of this repository into a temporary directory.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { migrationsDir, temporaryFolder } from './db.js';
import { COMMIT_FOLDERS_PREFIX } from './local-paths.js';

const repositoryRoot = path.resolve(migrationsDir, '..', '..', '..', '..');
const MIGRATIONS_IN_REPOSITORY = path.relative(repositoryRoot, migrationsDir).split(path.sep).join('/');

export interface FoldersAtCommit {
  dir: string;
  dispose(): Promise<void>;
}

/** The migration folders as they were at `ref` (a commit, branch or tag of this repository). */
export async function migrationFoldersAt(ref: string): Promise<FoldersAtCommit> {
  const archive = spawnSync('git', ['-C', repositoryRoot, 'archive', '--format=tar', ref, MIGRATIONS_IN_REPOSITORY], {
    maxBuffer: 256 * 2 ** 20,
  });
  if (archive.status !== 0) {
    throw new Error(
      `git archive ${ref} ${MIGRATIONS_IN_REPOSITORY} failed: ${archive.error?.message ?? archive.stderr.toString().trim()} (is ${ref} a commit of this repository, and git installed?)`,
    );
  }
  // Removed as the process ends too, should Ctrl-C stop the harness before it disposes of it.
  const folder = temporaryFolder(COMMIT_FOLDERS_PREFIX);
  const target = folder.dir;
  const untar = spawnSync('tar', ['-x', '-C', target], { input: archive.stdout });
  if (untar.status !== 0) {
    await folder.remove();
    throw new Error(`tar could not unpack the migrations of ${ref}: ${untar.stderr.toString().trim()}`);
  }
  return { dir: path.join(target, ...MIGRATIONS_IN_REPOSITORY.split('/')), dispose: folder.remove };
}
