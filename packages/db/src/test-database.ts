// Vitest helpers: every test file gets its own throw-away database on one shared server, so
// files run in parallel and nothing collides on a server shared with others.
//
// The server comes from the global setup (vitest-global-setup.ts, which provisions once per run
// and provides its URL), else from DATABASE_URL, else this file provisions one for itself.
import { afterAll, beforeAll, inject } from 'vitest';
import { createThrowawayDatabase, provisionPostgres, type PostgresProvider, type ProvisionedPostgres } from './provision.js';

export interface ProvidedPostgres {
  url: string;
  provider: PostgresProvider;
  serverVersion: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    leadmetricsPostgres?: ProvidedPostgres;
  }
}

export interface TestDatabase {
  /** URL of this file's own database (valid inside tests and hooks that run after beforeAll). */
  readonly url: string;
  readonly name: string;
  /** URL of a database on the server that is not this file's (for creating more throw-away databases). */
  readonly serverUrl: string;
  readonly provider: PostgresProvider;
  readonly serverVersion: string;
}

let ownServer: Promise<ProvisionedPostgres> | undefined;

/** The server the tests of this worker use. */
export async function testServer(): Promise<ProvidedPostgres> {
  const provided = inject('leadmetricsPostgres');
  if (provided) return provided;
  ownServer ??= provisionPostgres();
  const server = await ownServer;
  return { url: server.url, provider: server.provider, serverVersion: server.serverVersion };
}

/**
 * Call at the top of a test file (or describe block): creates a database before the tests and
 * drops it after them.
 */
export function useTestDatabase(options: { prefix?: string } = {}): TestDatabase {
  let state: { url: string; name: string; dispose(): Promise<void> } | undefined;
  let server: ProvidedPostgres | undefined;
  beforeAll(async () => {
    server = await testServer();
    state = await createThrowawayDatabase(server.url, { prefix: options.prefix });
  });
  afterAll(async () => {
    await state?.dispose();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useTestDatabase: ${what} is only available once beforeAll has run`);
    return value;
  };
  return {
    get url() {
      return ready(state, 'url').url;
    },
    get name() {
      return ready(state, 'name').name;
    },
    get serverUrl() {
      return ready(server, 'serverUrl').url;
    },
    get provider() {
      return ready(server, 'provider').provider;
    },
    get serverVersion() {
      return ready(server, 'serverVersion').serverVersion;
    },
  };
}

/** A further throw-away database on the test server, for tests that need several. */
export async function createTestDatabase(prefix?: string, options: { template?: string } = {}) {
  const server = await testServer();
  return createThrowawayDatabase(server.url, { prefix, template: options.template });
}

if (typeof afterAll === 'function') {
  // A server this worker provisioned for itself is stopped when its tests are done.
  afterAll(async () => {
    if (ownServer) await (await ownServer).dispose();
  });
}
