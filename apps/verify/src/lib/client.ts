// The generated Prisma client of the corrected schema. packages/db/generated/ is build output
// (not committed), so a clean clone has none: verify runs the package's own build script
// (bin/generate.mjs, what `pnpm --filter @leadmetrics/db build` runs), which holds a lock so two
// runs never write one folder at once, stages each client and renames it into place, and keeps a
// client whose schema has not changed.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { correctedSchemaDir, createPrismaClient, packageRoot, type PrismaClient } from '@leadmetrics/db';
import type { VerifyContext } from '../context.js';

const run = promisify(execFile);
const generateScript = path.join(packageRoot, 'bin', 'generate.mjs');
const clientEntry = path.join(packageRoot, 'generated', 'client', 'client.ts');

function newestSchemaChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.prisma'))
      .map((f) => statSync(path.join(dir, f)).mtimeMs),
  );
}

let generated: Promise<void> | undefined;

/**
 * Brings the generated clients up to date with their schemas, once per process. A client newer than
 * every schema file is used as it is, without writing anything (a checkout verify may only read).
 */
export async function ensureGeneratedClient(ctx: VerifyContext): Promise<void> {
  if (path.resolve(ctx.paths.correctedSchemaDir) !== path.resolve(correctedSchemaDir)) {
    ctx.log(`using the repository's generated client (its schema is packages/db/prisma/schema, not ${ctx.paths.correctedSchemaDir})`);
  }
  if (existsSync(clientEntry) && statSync(clientEntry).mtimeMs >= newestSchemaChange(correctedSchemaDir)) return;
  generated ??= (async () => {
    try {
      const { stdout } = await run(process.execPath, [generateScript], { cwd: packageRoot, maxBuffer: 16 * 1024 * 1024 });
      const said = stdout.trim().split('\n').filter(Boolean);
      if (said.some((line) => !line.includes('up to date'))) ctx.log('generated the Prisma clients (bin/generate.mjs)');
    } catch (error) {
      generated = undefined;
      const e = error as { code?: number; stdout?: string; stderr?: string; message: string };
      const output = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim() || e.message;
      throw new Error(`generating the Prisma clients failed (exit ${e.code ?? '?'}): ${output.slice(0, 1500)}`, { cause: error });
    }
  })();
  await generated;
}

export async function openClient(ctx: VerifyContext, url: string): Promise<PrismaClient> {
  const early = ctx.state.clientReady ? await ctx.state.clientReady : null;
  if (early) throw early;
  await ensureGeneratedClient(ctx);
  return createPrismaClient(url, { pool: { max: 4 } });
}
