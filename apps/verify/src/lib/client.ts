// The generated Prisma client of the corrected schema. packages/db/generated/ is build output
// (not committed), so a clean clone has none: verify generates it when it is missing or older
// than the schema files, the way `pnpm --filter @leadmetrics/db build` would.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { correctedSchemaDir, createPrismaClient, packageRoot, runPrisma, type PrismaClient } from '@leadmetrics/db';
import type { VerifyContext } from '../context.js';

const clientEntry = path.join(packageRoot, 'generated', 'client', 'client.ts');

function newestSchemaChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.prisma'))
      .map((f) => statSync(path.join(dir, f)).mtimeMs),
  );
}

let generated: Promise<void> | undefined;

/** Generate the client unless it is newer than every corrected schema file. */
export async function ensureGeneratedClient(ctx: VerifyContext): Promise<void> {
  if (path.resolve(ctx.paths.correctedSchemaDir) !== path.resolve(correctedSchemaDir)) {
    ctx.log(`using the repository's generated client (its schema is packages/db/prisma/schema, not ${ctx.paths.correctedSchemaDir})`);
  }
  const fresh = existsSync(clientEntry) && statSync(clientEntry).mtimeMs >= newestSchemaChange(correctedSchemaDir);
  if (fresh) return;
  generated ??= (async () => {
    ctx.log('generating the Prisma client of the corrected schema (prisma generate)');
    const result = await runPrisma(['generate'], { databaseUrl: null });
    if (result.code !== 0) {
      throw new Error(
        `prisma generate failed for packages/db/prisma/schema (exit ${result.code}): ${`${result.stdout}\n${result.stderr}`.trim().slice(0, 1500)}`,
      );
    }
  })().finally(() => {
    generated = undefined;
  });
  await generated;
}

export async function openClient(ctx: VerifyContext, url: string): Promise<PrismaClient> {
  const early = ctx.state.clientReady ? await ctx.state.clientReady : null;
  if (early) throw early;
  await ensureGeneratedClient(ctx);
  return createPrismaClient(url, { pool: { max: 4 } });
}
