// Where verify finds the project's own files, computed from this file so nothing depends on the
// working directory or on where the repository is checked out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const verifyRoot = here('../');
export const repoRoot = here('../../../');
/** packages/db/prisma: legacy/schema.prisma, schema/*.prisma, migrations/. */
export const defaultPrismaDir = here('../../../packages/db/prisma');
/** The value mapping the repository ships for the seed; verify loads it before it migrates, as an operator loads theirs. */
export const demoMappingFile = here('../../../packages/seed/demo-mapping.json');
/** The findings catalog: finding -> rules -> migration -> anomalies. */
export const defaultCatalogFile = here('../../../packages/db/catalog/findings.json');

/** The three things verify reads inside a prisma folder (the repository's or a test's copy). */
export interface PrismaPaths {
  prismaDir: string;
  legacySchema: string;
  correctedSchemaDir: string;
  migrationsDir: string;
}

export function prismaPaths(prismaDir: string = defaultPrismaDir): PrismaPaths {
  const dir = path.resolve(prismaDir);
  return {
    prismaDir: dir,
    legacySchema: path.join(dir, 'legacy', 'schema.prisma'),
    correctedSchemaDir: path.join(dir, 'schema'),
    migrationsDir: path.join(dir, 'migrations'),
  };
}

/** A path as the report shows it: relative to the repository when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
