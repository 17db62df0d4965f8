// The SQL of prisma/beyond-prisma.sql: objects of the corrected schema that Prisma's schema language
// cannot declare (an index on an expression, a trigger). A database built from the corrected schema
// from scratch needs it after `prisma migrate diff --from-empty --to-schema`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file's name inside a prisma folder (the repository's or a test's copy). */
export const BEYOND_PRISMA_FILE = 'beyond-prisma.sql';

const defaultPrismaDir = fileURLToPath(new URL('../prisma', import.meta.url));

/** The file's SQL for the prisma folder `prismaDir`; empty when that folder has no such file. */
export function beyondPrismaSql(prismaDir: string = defaultPrismaDir): string {
  const file = path.join(prismaDir, BEYOND_PRISMA_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
