// Prisma CLI configuration for @leadmetrics/db (`pnpm prisma <command>` or `npx prisma <command>`
// from this folder).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI runs a native schema-engine binary that it downloads from Prisma's binary host,
// which is out of reach offline. The CLI loads this file before it looks for the engine, so we
// point it at our bridge to the same engine compiled to WebAssembly (bin/schema-engine.cjs).
// A binary the user chose explicitly wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('./bin/schema-engine.cjs', import.meta.url));

export default defineConfig({
  // The corrected schema, one file per domain. The legacy schema is reached with
  // `--schema prisma/legacy/schema.prisma`.
  schema: 'prisma/schema',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx ../seed/src/cli.ts --scale demo',
  },
  // Plain reads, not env(): validate/format/generate need no database and must work without one.
  datasource: {
    url: process.env.DATABASE_URL,
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
