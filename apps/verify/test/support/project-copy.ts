// A temporary copy of the parts of the repository verify reads (packages/db/prisma and the
// findings catalog), for tests that break things on purpose without touching the real files.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultCatalogFile, defaultPrismaDir } from '../../src/paths.js';

export interface ProjectCopy {
  dir: string;
  prismaDir: string;
  catalogFile: string;
  reportDir: string;
  /** Path inside the copied prisma folder. */
  file(relative: string): string;
  append(relative: string, text: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function copyProject(): Promise<ProjectCopy> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-verify-copy-'));
  const prismaDir = path.join(dir, 'prisma');
  const catalogFile = path.join(dir, 'findings.json');
  await cp(defaultPrismaDir, prismaDir, { recursive: true });
  await cp(defaultCatalogFile, catalogFile);
  const file = (relative: string) => path.join(prismaDir, relative);
  return {
    dir,
    prismaDir,
    catalogFile,
    reportDir: path.join(dir, 'report'),
    file,
    append: async (relative, text) => writeFile(file(relative), `${await readFile(file(relative), 'utf8')}\n${text}\n`),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
