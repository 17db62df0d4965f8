// The drift check's other side: a fresh database holding the corrected schema applied from
// scratch with the SQL `prisma migrate diff --from-empty --to-schema --script` prints, then the
// objects Prisma cannot declare (prisma/beyond-prisma.sql). It needs
// nothing from the migrated database, so step 3 starts building it while it seeds, and step 5
// only waits for it.
import { beyondPrismaSql, BEYOND_PRISMA_FILE, runPrisma, withPgClient } from '@leadmetrics/db';
import path from 'node:path';
import type { Database, VerifyContext } from '../context.js';
import { displayPath } from '../paths.js';
import type { Problem } from '../types.js';

export type FromScratch =
  { ok: true; database: Database; timings: Record<string, number> } | { ok: false; problem: Problem; timings: Record<string, number> };

async function build(ctx: VerifyContext): Promise<FromScratch> {
  const timings: Record<string, number> = {};
  const where = displayPath(ctx.paths.correctedSchemaDir);
  const database = await ctx.createDatabase('lm_verify_fresh');
  let started = performance.now();
  const diff = await runPrisma(['migrate', 'diff', '--from-empty', '--to-schema', ctx.paths.correctedSchemaDir, '--script'], {
    databaseUrl: database.url,
  });
  timings['migrate diff'] = performance.now() - started;
  if (diff.code !== 0) {
    const output = `${diff.stdout}\n${diff.stderr}`.trim().slice(0, 2000);
    return {
      ok: false,
      timings,
      problem: { message: `prisma migrate diff --from-empty --to-schema failed (exit ${diff.code}): ${output}`, where },
    };
  }
  started = performance.now();
  try {
    await withPgClient(database.url, (client) => client.query(diff.stdout));
  } catch (error) {
    return {
      ok: false,
      timings,
      problem: { message: `the SQL of prisma migrate diff --from-empty failed on an empty database: ${(error as Error).message}`, where },
    };
  }
  try {
    await withPgClient(database.url, (client) => client.query(beyondPrismaSql(ctx.paths.prismaDir)));
  } catch (error) {
    return {
      ok: false,
      timings,
      problem: {
        message: `${BEYOND_PRISMA_FILE} failed on the corrected schema built from scratch: ${(error as Error).message}`,
        where: displayPath(path.join(ctx.paths.prismaDir, BEYOND_PRISMA_FILE)),
      },
    };
  }
  timings['apply from scratch'] = performance.now() - started;
  return { ok: true, database, timings };
}

/** Starts (once) building the from-scratch database; never rejects, failures come back as a problem. */
export function fromScratch(ctx: VerifyContext): Promise<FromScratch> {
  ctx.state.fromScratch ??= build(ctx).catch((error: unknown) => ({
    ok: false as const,
    timings: {},
    problem: {
      message: `building the corrected schema from scratch failed: ${(error as Error).message}`,
      where: displayPath(ctx.paths.correctedSchemaDir),
    },
  }));
  return ctx.state.fromScratch;
}
