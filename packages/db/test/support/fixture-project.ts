// A throw-away Prisma project in the OS temp dir: a prisma.config.ts, a schema and (optionally)
// migrations, on which tests run the real Prisma CLI through the bridge.
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runPrisma, type PrismaRunResult, type RunPrismaOptions } from '../../src/prisma-cli.js';

/** A config with no imports: the temp dir has no node_modules to resolve `prisma/config` from. */
const CONFIG = `export default {
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined },
};
`;

export const DATASOURCE_BLOCK = 'datasource db {\n  provider = "postgresql"\n}\n';

export interface FixtureProject {
  dir: string;
  schemaPath: string;
  migrationsDir: string;
  run(args: readonly string[], options?: RunPrismaOptions): Promise<PrismaRunResult>;
  write(relative: string, content: string): Promise<void>;
  read(relative: string): Promise<string>;
  /** Names of the migration folders, sorted as Prisma applies them. */
  migrationNames(): Promise<string[]>;
  dispose(): Promise<void>;
}

export async function createFixtureProject(files: { schema: string; migrations?: Record<string, string> }): Promise<FixtureProject> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lm-prisma-fixture-'));
  const project: FixtureProject = {
    dir,
    schemaPath: path.join(dir, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(dir, 'prisma', 'migrations'),
    run: (args, options = {}) => runPrisma(args, { ...options, cwd: dir }),
    write: async (relative, content) => {
      const file = path.join(dir, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    },
    read: (relative) => readFile(path.join(dir, relative), 'utf8'),
    migrationNames: async () =>
      (await readdir(project.migrationsDir, { withFileTypes: true }).catch(() => []))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
  await project.write('prisma.config.ts', CONFIG);
  await project.write('prisma/schema.prisma', files.schema);
  if (files.migrations) {
    await project.write('prisma/migrations/migration_lock.toml', 'provider = "postgresql"\n');
    for (const [name, sql] of Object.entries(files.migrations)) await project.write(`prisma/migrations/${name}/migration.sql`, sql);
  }
  return project;
}
