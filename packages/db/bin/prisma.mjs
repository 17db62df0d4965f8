#!/usr/bin/env node
// `pnpm prisma <command>` for this package: the installed Prisma CLI, with its schema engine
// pointed at our WebAssembly bridge (bin/schema-engine.cjs), so no engine binary is ever
// downloaded. prisma.config.ts does the same for a bare `npx prisma`; this wrapper also covers
// `--config` files that do not, and runs from any working directory.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('./schema-engine.cjs', import.meta.url));
// Prisma asks about telemetry and update checks over the network; both only slow an offline run.
process.env.CHECKPOINT_DISABLE ??= '1';
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1';

// Run the CLI in this process, as if it had been started as `prisma <args>`.
const cli = require.resolve('prisma/build/index.js');
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
require(cli);
