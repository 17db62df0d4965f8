#!/usr/bin/env node
// `pnpm build` for @leadmetrics/db: generate the Prisma client of the corrected schema and, when
// the legacy schema is present, the legacy client too. Both go through bin/prisma.mjs, so no
// engine binary is downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const prisma = fileURLToPath(new URL('./prisma.mjs', import.meta.url));
const legacySchema = 'prisma/legacy/schema.prisma';

function generate(extraArgs) {
  const result = spawnSync(process.execPath, [prisma, 'generate', ...extraArgs], { cwd: packageRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

generate([]);
if (existsSync(new URL(`../${legacySchema}`, import.meta.url))) {
  generate(['--schema', legacySchema]);
} else {
  console.log(`${legacySchema} does not exist yet; skipping the legacy client.`);
}
