// Locations inside @leadmetrics/db, computed from this file so nothing depends on the working
// directory or on where the repository is checked out.
import { fileURLToPath } from 'node:url';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const packageRoot = here('../');
/** The Prisma CLI wrapper that routes the schema engine through the wasm bridge. */
export const prismaCliWrapper = here('../bin/prisma.mjs');
/** The stand-in for the native schema-engine binary. */
export const schemaEngineBridge = here('../bin/schema-engine.cjs');
/** The corrected schema: a folder of *.prisma files, one per domain. */
export const correctedSchemaDir = here('../prisma/schema');
/** The schema as reviewed, frozen. */
export const legacySchemaFile = here('../prisma/legacy/schema.prisma');
export const migrationsDir = here('../prisma/migrations');
export const prismaConfigFile = here('../prisma.config.ts');
