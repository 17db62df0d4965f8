// Building a legacy database with data takes seconds, so a test file builds it once as a TEMPLATE and every
// test gets its own copy (CREATE DATABASE ... TEMPLATE is a file copy), which also lets tests run side by side.
import type { ThrowawayDatabase } from '../provision.js';
import { createTestDatabase } from '../test-database.js';

export interface TemplateDatabase<T> extends ThrowawayDatabase {
  /** What the build step returned (e.g. the seed manifest). */
  data: T;
  /** A new database with this one's content; dispose it when done. */
  clone(prefix?: string): Promise<ThrowawayDatabase>;
}

/** Builds a database with `build` (which must close its connections) and offers copies of it. */
export async function templateDatabase<T>(prefix: string, build: (url: string) => Promise<T>): Promise<TemplateDatabase<T>> {
  const template = await createTestDatabase(prefix);
  let data: T;
  try {
    data = await build(template.url);
  } catch (error) {
    await template.dispose();
    throw error;
  }
  return {
    ...template,
    data,
    clone: (clonePrefix = `${prefix}_copy`) => createTestDatabase(clonePrefix, { template: template.name }),
  };
}
