// Reports are committed: the repository's own location on this machine is taken out of every
// message (errors name files relative to the repository, as its documentation does).
import path from 'node:path';
import { migrationsDir } from './db.js';

// migrationsDir is <repository>/packages/db/prisma/migrations.
const repositoryRoot = path.resolve(migrationsDir, '..', '..', '..', '..');

export function withoutLocalPaths(message: string): string {
  return message.split(`${repositoryRoot}${path.sep}`).join('');
}
