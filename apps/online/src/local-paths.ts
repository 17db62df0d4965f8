// Reports are committed: where the repository (or a temporary copy of its migrations) sits on this
// machine is taken out of every message, so errors name files relative to the repository, as its
// documentation does.
import os from 'node:os';
import path from 'node:path';
import { migrationsDir } from './db.js';

// migrationsDir is <repository>/packages/db/prisma/migrations.
const repositoryRoot = path.resolve(migrationsDir, '..', '..', '..', '..');

/** Prefix of the temporary folders the migrations of a git commit are unpacked into (git-folders.ts). */
export const COMMIT_FOLDERS_PREFIX = 'lm-online-single-';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const temporaryCopy = new RegExp(
  `${escapeRegExp(path.join(os.tmpdir(), COMMIT_FOLDERS_PREFIX))}[^${escapeRegExp(path.sep)}]+${escapeRegExp(path.sep)}`,
  'g',
);

export function withoutLocalPaths(message: string): string {
  return message.split(`${repositoryRoot}${path.sep}`).join('').replace(temporaryCopy, '');
}
