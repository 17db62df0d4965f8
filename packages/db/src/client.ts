// The generated Prisma clients, connected through @prisma/adapter-pg (Prisma 7 needs no query
// engine binary). The generated code is imported only when a client is asked for, so this
// package loads, and its other tools work, before `pnpm --filter @leadmetrics/db build` ran.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient } from '../generated/client/client.js';
import type { PrismaClient as LegacyPrismaClient } from '../generated/legacy-client/client.js';

export type { PrismaClient, LegacyPrismaClient };

export interface ClientOptions {
  /** Passed to pg's pool; e.g. `max` connections. */
  pool?: { max?: number; connectionTimeoutMillis?: number };
}

async function loadGenerated<T>(relative: string, schemaHint: string): Promise<T> {
  const url = new URL(relative, import.meta.url);
  // tsx/vitest resolve the generated .ts file; plain node would need a compiled .js beside it.
  const candidates = [fileURLToPath(url).replace(/\.js$/, '.ts'), fileURLToPath(url)];
  if (!candidates.some((file) => existsSync(file))) {
    throw new Error(
      `The Prisma client for ${schemaHint} has not been generated (${relative.replace(/^\.\.\//, 'packages/db/')} is missing). ` +
        'Run `pnpm --filter @leadmetrics/db build` first.',
    );
  }
  return (await import(url.href)) as T;
}

function adapterFor(url: string, options: ClientOptions): PrismaPg {
  return new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000, ...options.pool });
}

/** A client for the corrected schema (prisma/schema). Call `$disconnect()` when done. */
export async function createPrismaClient(url: string, options: ClientOptions = {}): Promise<PrismaClient> {
  const generated = await loadGenerated<typeof import('../generated/client/client.js')>(
    '../generated/client/client.js',
    'the corrected schema (prisma/schema)',
  );
  return new generated.PrismaClient({ adapter: adapterFor(url, options) });
}

/** A client for the legacy schema (prisma/legacy/schema.prisma), for seeding the "before" database. */
export async function createLegacyPrismaClient(url: string, options: ClientOptions = {}): Promise<LegacyPrismaClient> {
  const generated = await loadGenerated<typeof import('../generated/legacy-client/client.js')>(
    '../generated/legacy-client/client.js',
    'the legacy schema (prisma/legacy/schema.prisma)',
  );
  return new generated.PrismaClient({ adapter: adapterFor(url, options) });
}
