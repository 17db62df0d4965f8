// Regenerates legacy-chain.json from the migration folders:
//   pnpm --filter @leadmetrics/preflight exec tsx src/reference/generate.ts [--database-url <server url>]
// The server (default: DATABASE_URL, else an embedded PostgreSQL) only hosts a throw-away database.
import { writeFileSync } from 'node:fs';
import { provisionPostgres } from '@leadmetrics/db';
import { buildReference, stringifyReference } from './build.js';
import { referenceFile } from './reference.js';

const args = process.argv.slice(2);
const urlIndex = args.indexOf('--database-url');
const explicit = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
const server = explicit ? undefined : await provisionPostgres({ log: (line) => console.error(line) });
try {
  const data = await buildReference(explicit ?? server!.url, { log: (line) => console.error(line) });
  writeFileSync(referenceFile, stringifyReference(data));
  console.error(`wrote ${referenceFile}`);
} finally {
  await server?.dispose();
}
